import { Flex, Tag, Typography } from 'antd';
import { CarOutlined, HomeOutlined, UserOutlined } from '@ant-design/icons';
import type { SearchResult } from '@qiantai/contracts';
import { useT } from '../../app/i18n/locale-context';
import { Highlight } from './Highlight';

const ICONS = {
  person: <UserOutlined style={{ color: '#1f6feb' }} />,
  unit: <HomeOutlined style={{ color: '#13a8a8' }} />,
  vehicle: <CarOutlined style={{ color: '#d46b08' }} />,
};

/** One result: icon, the matched title, its context (phones come masked) and what matched. */
export function LookupResultRow({ result, query }: { result: SearchResult; query: string }) {
  const t = useT();
  return (
    <Flex align="center" gap={10} data-testid="lookup-result" style={{ padding: '2px 0' }}>
      <span aria-label={t(`lookup.group.${result.type}`)}>{ICONS[result.type]}</span>
      <div style={{ minWidth: 0, flex: 1 }}>
        <Typography.Text strong>
          <Highlight text={result.title} query={query} />
        </Typography.Text>
        {result.subtitle && (
          <Typography.Text type="secondary" ellipsis style={{ display: 'block', fontSize: 12 }}>
            <Highlight text={result.subtitle} query={query} />
          </Typography.Text>
        )}
      </div>
      <Tag style={{ marginInlineEnd: 0, fontSize: 11 }}>{t(`lookup.matched.${result.matched}`)}</Tag>
    </Flex>
  );
}
