import { Segmented } from 'antd';
import { LOCALES, type Locale } from '@qiantai/contracts';
import { useLocale } from '../i18n/locale-context';
import { useLanguageSwitch } from '../i18n/use-language-switch';

/** Both names are always written in their own language, so anyone can find theirs. */
export function LanguageSwitch({ size = 'middle' }: { size?: 'small' | 'middle' }) {
  const { locale, t } = useLocale();
  const switchLanguage = useLanguageSwitch();
  return (
    <Segmented<Locale>
      aria-label={t('lang.label')}
      size={size}
      value={locale}
      onChange={(next) => void switchLanguage(next)}
      options={LOCALES.map((l) => ({ value: l, label: t(`lang.${l}`) }))}
    />
  );
}
