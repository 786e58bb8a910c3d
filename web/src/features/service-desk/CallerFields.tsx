import { Col, Form, Input, Row, Typography } from 'antd';
import { phoneSchema } from '@qiantai/contracts';
import { useT } from '../../app/i18n/locale-context';
import { zodRule } from '../../lib/zod-rules';

/** Someone must be named: the server refuses a record with neither a person nor a name or phone. */
const callerRequired =
  (message: string) =>
  ({ getFieldValue }: { getFieldValue(name: string): unknown }) => ({
    validator: async (_rule: unknown, name: unknown) => {
      const phone = getFieldValue('customerPhone');
      if (!String(name ?? '').trim() && !String(phone ?? '').trim()) throw new Error(message);
    },
  });

/** An unregistered caller or visitor, by name and phone (or the unknown caller at a unit). */
export function CallerFields() {
  const t = useT();
  return (
    <div style={{ marginTop: 16 }}>
      <Typography.Text type="secondary" style={{ display: 'block', marginBottom: 8 }}>
        {t('serviceDesk.customer.unregistered')}
      </Typography.Text>
      <Row gutter={12}>
        <Col xs={24} md={12}>
          <Form.Item
            name="customerName"
            label={t('serviceDesk.customer.name')}
            dependencies={['customerPhone']}
            rules={[callerRequired(t('serviceDesk.customer.required'))]}
            style={{ marginBottom: 0 }}
          >
            <Input
              data-desk-flow="callerName"
              maxLength={50}
              placeholder={t('serviceDesk.customer.namePlaceholder')}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            name="customerPhone"
            label={t('serviceDesk.customer.phone')}
            rules={[zodRule(phoneSchema, t)]}
            style={{ marginBottom: 0 }}
          >
            <Input data-desk-flow="callerPhone" type="tel" maxLength={30} inputMode="tel" />
          </Form.Item>
        </Col>
      </Row>
    </div>
  );
}
