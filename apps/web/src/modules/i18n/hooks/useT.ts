import { useContext } from 'react';
import { I18nContext, type I18nValue } from '../components/I18nProvider';

export function useI18n(): I18nValue {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n outside <I18nProvider>');
  return value;
}

export function useT(): I18nValue['t'] {
  return useI18n().t;
}
