import { useT } from '../../i18n/hooks/useT';
import type { Light } from '../utils/light.types';

const COLORS: Record<Light, string> = { red: '#f5222d', yellow: '#faad14', green: '#52c41a' };

/** A coloured dot and its word (a plain span: antd's Badge costs 4 KB gzipped on the inbox route). */
export function LightTag({ light, withText = true }: { light: Light | null | undefined; withText?: boolean }) {
  const t = useT();
  if (!light) return null;
  return (
    <span data-light={light} style={{ display: 'inline-flex', alignItems: 'center', gap: 6, whiteSpace: 'nowrap' }}>
      <span style={{ width: 8, height: 8, borderRadius: '50%', background: COLORS[light], display: 'inline-block' }} />
      {withText && t(`light.${light}`)}
    </span>
  );
}
