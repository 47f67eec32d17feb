import { Button } from 'antd';
import { useI18n } from '../hooks/useT';

export function LocaleSwitch() {
  const { locale, setLocale, t } = useI18n();
  return (
    <Button type="text" size="small" onClick={() => setLocale(locale === 'en' ? 'zh-CN' : 'en')} data-testid="locale-switch">
      {t('app.language')}
    </Button>
  );
}
