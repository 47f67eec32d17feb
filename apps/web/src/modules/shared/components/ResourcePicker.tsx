import { AutoComplete, Input } from 'antd';
import { useState } from 'react';

/** Pick a known id or type a new one (Enter opens it); ids are checked like the server checks them. */
export function ResourcePicker({ value, options, placeholder, onOpen }: { value?: string; options: string[]; placeholder: string; onOpen: (id: string) => void }) {
  const [text, setText] = useState(value ?? '');
  const open = (id: string) => {
    const trimmed = id.trim();
    if (/^[A-Za-z0-9][A-Za-z0-9._-]{0,120}$/.test(trimmed)) onOpen(trimmed);
  };
  return (
    <AutoComplete
      value={text}
      options={options.map((id) => ({ value: id }))}
      onChange={setText}
      onSelect={open}
      filterOption={(input, option) => (option?.value ?? '').includes(input)}
      style={{ minWidth: 240 }}
    >
      <Input.Search placeholder={placeholder} enterButton onSearch={open} data-testid="resource-picker" />
    </AutoComplete>
  );
}
