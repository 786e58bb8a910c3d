import type { CSSProperties, ReactNode } from 'react';
import { Card } from 'antd';

const bodyStyle: CSSProperties = { padding: 20 };

/** The white surface page content sits on. */
export function PageCard({
  children,
  title,
  extra,
}: {
  children: ReactNode;
  title?: ReactNode;
  extra?: ReactNode;
}) {
  return (
    <Card
      title={title}
      extra={extra}
      styles={{ body: bodyStyle }}
      variant="borderless"
      style={{ boxShadow: '0 1px 2px rgba(16,24,40,.06)' }}
    >
      {children}
    </Card>
  );
}
