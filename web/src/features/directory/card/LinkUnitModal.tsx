import { Col, Form, Row } from 'antd';
import type { z } from 'zod';
import { endPersonUnitBodySchema, linkPersonUnitBodySchema, type PersonUnit } from '@qiantai/contracts';
import { useT } from '../../../app/i18n/locale-context';
import { DateField } from '../../common/DateField';
import { directoryApi } from '../directory-api';
import type { PersonRole } from '../directory-format';
import { UnitSelect } from '../RecordSelects';
import { RecordFormModal } from '../../common/form/RecordFormModal';
import { LinkFields } from './LinkFields';

interface Values {
  unitId: string;
  role: PersonRole;
  from: string | null;
  until: string | null;
}

/** Link a person to a unit as owner, tenant, household member or emergency contact. */
export function LinkUnitModal({
  personId,
  open,
  onClose,
  onSaved,
}: {
  personId: string;
  open: boolean;
  onClose(): void;
  onSaved(): void;
}) {
  const t = useT();
  return (
    <RecordFormModal<Values, z.input<typeof linkPersonUnitBodySchema>, PersonUnit>
      open={open}
      title={t('directory.link.create')}
      onClose={onClose}
      initialValues={{ role: 'owner', from: null, until: null }}
      fields={['unitId', 'role', 'from', 'until']}
      schema={linkPersonUnitBodySchema}
      conflictField="unitId"
      toBody={(v) => ({ unitId: v.unitId, role: v.role, from: v.from ?? null, until: v.until ?? null })}
      save={(body) => directoryApi.linkUnit(personId, body)}
      savedMessage={t('common.saved')}
      onSaved={() => {
        onSaved();
        onClose();
      }}
    >
      {() => (
        <Row gutter={16}>
          <Col span={14}>
            <Form.Item
              name="unitId"
              label={t('directory.link.unit')}
              rules={[
                { required: true, message: t('common.requiredChoice', { field: t('directory.link.unit') }) },
              ]}
            >
              <UnitSelect />
            </Form.Item>
          </Col>
          <LinkFields roleSpan={10} />
        </Row>
      )}
    </RecordFormModal>
  );
}

/** End a residence on a date; the link stays as history. */
export function EndLinkModal({
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
    <RecordFormModal<{ until: string }, { until: string }, PersonUnit>
      open={link !== null}
      title={t('directory.link.endTitle', { unit: link?.unitCode ?? '' })}
      onClose={onClose}
      fields={['until']}
      schema={endPersonUnitBodySchema}
      toBody={(v) => ({ until: v.until })}
      save={(body) => directoryApi.endLink(link!.personId, link!.id, body.until)}
      savedMessage={t('common.saved')}
      onSaved={() => {
        onSaved();
        onClose();
      }}
    >
      {() => (
        <Form.Item
          name="until"
          label={t('directory.link.until')}
          rules={[
            { required: true, message: t('common.requiredChoice', { field: t('directory.link.until') }) },
          ]}
        >
          <DateField />
        </Form.Item>
      )}
    </RecordFormModal>
  );
}
