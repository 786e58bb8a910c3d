import type { ReactNode } from 'react';
import { Card, Flex, Typography } from 'antd';
import { LanguageSwitch } from '../../app/shell/LanguageSwitch';
import { useT } from '../../app/i18n/locale-context';

const backdrop = {
  minHeight: '100vh',
  padding: 24,
  background: 'linear-gradient(160deg, #e8f0fe 0%, #f4f6fa 55%, #eef3f9 100%)',
};

/** The signed-out pages: the product's name and purpose above one focused card. */
export function AuthLayout({ title, children }: { title: string; children: ReactNode }) {
  const t = useT();
  return (
    <Flex vertical align="center" style={backdrop}>
      <Flex justify="flex-end" style={{ width: '100%' }}>
        <LanguageSwitch />
      </Flex>
      <Flex vertical align="center" style={{ marginTop: '8vh', width: '100%', maxWidth: 420 }}>
        <Flex align="center" gap={12}>
          <img src="/favicon.svg" alt="" width={44} height={44} />
          <Typography.Title level={2} style={{ margin: 0 }}>
            {t('app.fullName')}
          </Typography.Title>
        </Flex>
        <Typography.Paragraph type="secondary" style={{ textAlign: 'center', margin: '12px 0 24px' }}>
          {t('app.tagline')}
        </Typography.Paragraph>
        <Card style={{ width: '100%', boxShadow: '0 8px 24px rgba(16,24,40,.08)' }} variant="borderless">
          <Typography.Title level={4} style={{ marginTop: 0, marginBottom: 20 }}>
            {title}
          </Typography.Title>
          {children}
        </Card>
        <Typography.Text type="secondary" style={{ marginTop: 32, fontSize: 12 }}>
          {t('app.footer')}
        </Typography.Text>
      </Flex>
    </Flex>
  );
}
