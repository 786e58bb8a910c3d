import { Col, Form, Row, Select } from 'antd';
import type { z } from 'zod';
import { PERSON_ROLES, updatePersonUnitBodySchema, type PersonUnit } from '@qiantai/contracts';
import { useT } from '../../../app/i18n/locale-context';
import { DateField } from '../DateField';
import { directoryApi } from '../directory-api';
import type { PersonRole } from '../directory-format';
import { RecordFormModal } from '../RecordFormModal';

interface Values {
  role: PersonRole;
  from: string | null;
  until: string | null;
}

/** Correct a residence: its role, move-in and move-out dates (an empty date is cleared). */
export function EditLinkModal({
  link,
  onClose,
  onSaved,
}: {
  link: PersonUnit | null;
  onClose(): void;
  onSaved(): void;
}) {
  const t = useT();
  return (
    <RecordFormModal<Values, z.input<typeof updatePersonUnitBodySchema>, PersonUnit>
      open={link !== null}
      title={t('directory.link.editTitle', { unit: link?.unitCode ?? '' })}
      onClose={onClose}
      initialValues={link ? { role: link.role, from: link.from, until: link.until } : undefined}
      fields={['role', 'from', 'until']}
      schema={updatePersonUnitBodySchema}
      conflictField="role"
      toBody={(v) => ({ role: v.role, from: v.from ?? null, until: v.until ?? null })}
      save={(body) => directoryApi.updateLink(link!.personId, link!.id, body)}
      savedMessage={t('directory.saved')}
      onSaved={() => {
        onSaved();
        onClose();
      }}
    >
      {() => (
        <Row gutter={16}>
          <Col span={24}>
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
        </Row>
      )}
    </RecordFormModal>
  );
}
