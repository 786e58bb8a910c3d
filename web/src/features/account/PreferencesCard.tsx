import { Radio, Space, Typography } from 'antd';
import { TranslationOutlined } from '@ant-design/icons';
import { LOCALES, type Locale } from '@qiantai/contracts';
import { useLocale } from '../../app/i18n/locale-context';
import { useLanguageSwitch } from '../../app/i18n/use-language-switch';
import { PageCard } from '../common/PageCard';

export function PreferencesCard() {
  const { t, locale } = useLocale();
  const switchLanguage = useLanguageSwitch();
  return (
    <PageCard
      title={
        <Space>
          <TranslationOutlined />
          {t('account.language')}
        </Space>
      }
    >
      <Radio.Group
        value={locale}
        onChange={(e) => void switchLanguage(e.target.value as Locale)}
        options={LOCALES.map((l) => ({ value: l, label: t(`lang.${l}`) }))}
        aria-label={t('account.language')}
      />
      <Typography.Paragraph type="secondary" style={{ margin: '12px 0 0' }}>
        {t('account.languageHint')}
      </Typography.Paragraph>
    </PageCard>
  );
}
