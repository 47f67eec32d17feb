import { App as AntApp, ConfigProvider } from 'antd';
// The ES builds: antd/locale/* are CommonJS re-exports whose default the bundler hands over wrapped.
import enUS from 'antd/es/locale/en_US';
import zhCN from 'antd/es/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { createContext, useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { formatMessage } from '../utils/format-message.util';
import { en } from '../utils/messages.en';
import { zh, type MessageKey } from '../utils/messages.zh';

export type Locale = 'zh-CN' | 'en';

export interface I18nValue {
  locale: Locale;
  setLocale: (locale: Locale) => void;
  t: (key: MessageKey, values?: Record<string, string | number>) => string;
}

export const I18nContext = createContext<I18nValue | null>(null);

const STORAGE_KEY = 'duban.locale';

function initialLocale(): Locale {
  // Chinese unless the user chose English before: the people using Duban read Chinese first.
  return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'zh-CN';
}

export function I18nProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(initialLocale);

  const setLocale = useCallback((next: Locale) => {
    localStorage.setItem(STORAGE_KEY, next);
    setLocaleState(next);
  }, []);

  useEffect(() => {
    dayjs.locale(locale === 'en' ? 'en' : 'zh-cn');
    document.documentElement.lang = locale;
  }, [locale]);

  const value = useMemo<I18nValue>(() => {
    const messages = locale === 'en' ? en : zh;
    return { locale, setLocale, t: (key, values) => formatMessage(messages[key] ?? key, values) };
  }, [locale, setLocale]);

  return (
    <I18nContext.Provider value={value}>
      <ConfigProvider locale={locale === 'en' ? enUS : zhCN} theme={{ token: { colorPrimary: '#b7292e' } }}>
        <AntApp>{children}</AntApp>
      </ConfigProvider>
    </I18nContext.Provider>
  );
}
