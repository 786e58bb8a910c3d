import { Flex, Typography } from 'antd';
import { useT } from '../i18n/locale-context';

export function Brand({ collapsed = false }: { collapsed?: boolean }) {
  const t = useT();
  return (
    <Flex align="center" gap={10} style={{ height: 56, padding: collapsed ? '0 20px' : '0 20px' }}>
      <img src="/favicon.svg" alt="" width={28} height={28} />
      {!collapsed && (
        <Typography.Text strong style={{ fontSize: 17, whiteSpace: 'nowrap' }}>
          {t('app.fullName')}
        </Typography.Text>
      )}
    </Flex>
  );
}
