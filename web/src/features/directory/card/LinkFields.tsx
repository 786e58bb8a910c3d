import { Col, Form, Select } from 'antd';
import { PERSON_ROLES } from '@qiantai/contracts';
import { useT } from '../../../app/i18n/locale-context';
import { DateField } from '../../common/DateField';

/** A residence's role and its move-in / move-out dates, as linking and correcting a link ask them. */
export function LinkFields({ roleSpan }: { roleSpan: number }) {
  const t = useT();
  return (
    <>
      <Col span={roleSpan}>
        <Form.Item name="role" label={t('directory.person.role')}>
          <Select options={PERSON_ROLES.map((r) => ({ value: r, label: t(`directory.role.${r}`) }))} />
        </Form.Item>
      </Col>
      <Col span={12}>
        <Form.Item name="from" label={t('directory.link.from')}>
          <DateField />
        </Form.Item>
      </Col>
      <Col span={12}>
        <Form.Item name="until" label={t('directory.link.until')}>
          <DateField />
        </Form.Item>
      </Col>
    </>
  );
}
