import { Row } from 'antd';
import type { z } from 'zod';
import { updatePersonUnitBodySchema, type PersonUnit } from '@qiantai/contracts';
import { useT } from '../../../app/i18n/locale-context';
import { directoryApi } from '../directory-api';
import type { PersonRole } from '../directory-format';
import { RecordFormModal } from '../../common/form/RecordFormModal';
import { LinkFields } from './LinkFields';

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
      savedMessage={t('common.saved')}
      onSaved={() => {
        onSaved();
        onClose();
      }}
    >
      {() => (
        <Row gutter={16}>
          <LinkFields roleSpan={24} />
        </Row>
      )}
    </RecordFormModal>
  );
}
