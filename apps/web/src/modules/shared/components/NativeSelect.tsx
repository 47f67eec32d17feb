import './native-select.css';

interface Option<T extends string> {
  value: T;
  label: string;
}

interface Props<T extends string> {
  value: T | undefined;
  onChange: (value: T | undefined) => void;
  options: Option<T>[];
  /** Shown as the empty choice; with it the select can be cleared. */
  placeholder?: string;
  ariaLabel: string;
  width?: number;
  testId?: string;
}

/**
 * A native <select> styled like antd's inputs: phones show their own picker, and the inbox route saves the
 * ~23 KB gzipped of antd's Select (rc-select + virtual list). Pages loaded later use antd's Select.
 */
export function NativeSelect<T extends string>({ value, onChange, options, placeholder, ariaLabel, width, testId }: Props<T>) {
  return (
    <select
      className="duban-native-select"
      aria-label={ariaLabel}
      value={value ?? ''}
      onChange={(e) => onChange((e.target.value || undefined) as T | undefined)}
      style={{ width }}
      data-testid={testId}
    >
      {placeholder !== undefined && <option value="">{placeholder}</option>}
      {options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </select>
  );
}
