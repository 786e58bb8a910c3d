import { useCallback, useMemo, useState, type ReactNode } from 'react';
import { ConfigProvider } from 'antd';
import enUS from 'antd/es/locale/en_US';
import zhCN from 'antd/es/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import type { Locale } from '@qiantai/contracts';
import { apiSession } from '../../lib/api';
import { theme } from '../theme';
import { translator } from './catalogues';
import { LocaleContext, type LocaleState } from './locale-context';
import { initialLocale, saveLocale } from './locale-storage';

const antdLocales = { 'zh-CN': zhCN, en: enUS } as const;
const dayjsLocales = { 'zh-CN': 'zh-cn', en: 'en' } as const;

function applyLocale(locale: Locale) {
  const t = translator(locale);
  apiSession.setLocale(locale, t('common.networkError'));
  dayjs.locale(dayjsLocales[locale]);
  document.documentElement.lang = locale;
  document.title = t('app.fullName');
}

export function LocaleProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(() => {
    const first = initialLocale();
    applyLocale(first);
    return first;
  });

  const setLocale = useCallback((next: Locale) => {
    saveLocale(next);
    applyLocale(next);
    setLocaleState(next);
  }, []);

  const value = useMemo<LocaleState>(
    () => ({ locale, setLocale, t: translator(locale) }),
    [locale, setLocale],
  );

  return (
    <LocaleContext.Provider value={value}>
      <ConfigProvider locale={antdLocales[locale]} theme={theme}>
        {children}
      </ConfigProvider>
    </LocaleContext.Provider>
  );
}
