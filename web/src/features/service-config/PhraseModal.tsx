import { Input, InputNumber, Row, Select } from 'antd';
import type { z } from 'zod';
import {
  createServicePhraseBodySchema,
  PHRASE_STAGES,
  updateServicePhraseBodySchema,
  type PhraseStage,
  type ServicePhrase,
} from '@qiantai/contracts';
import { useT } from '../../app/i18n/locale-context';
import { CreateOrEditModal } from '../common/form/CreateOrEditModal';
import { codeOptions, Field, requiredRules } from '../common/form/fields';
import { serviceConfigApi } from './service-config-api';

type Values = { stage: PhraseStage; text: string; textEn?: string; sort?: number };
const FIELDS = ['stage', 'text', 'textEn', 'sort'];

export function PhraseModal({
  propertyId,
  editing,
  onClose,
  onSaved,
}: {
  propertyId: string;
  editing: ServicePhrase | 'new' | null;
  onClose(): void;
  onSaved(): void;
}) {
  const t = useT();
  const rules = requiredRules(t);
  const body = (v: Values) => ({ stage: v.stage, text: v.text, textEn: v.textEn ?? '', sort: v.sort ?? 100 });
  return (
    <CreateOrEditModal<
      Values,
      ServicePhrase,
      z.input<typeof createServicePhraseBodySchema>,
      z.input<typeof updateServicePhraseBodySchema>,
      ServicePhrase
    >
      open={editing !== null}
      onClose={onClose}
      record={editing === 'new' ? null : editing}
      fields={FIELDS}
      width={640}
      savedMessage={t('serviceConfig.saved')}
      onSaved={onSaved}
      edit={(p) => ({
        title: t('serviceConfig.phrase.editTitle'),
        schema: updateServicePhraseBodySchema,
        toValues: (fresh) => fresh,
        toBody: body,
        save: (b) => serviceConfigApi.updatePhrase(p.id, b),
      })}
      create={{
        title: t('serviceConfig.phrase.add'),
        initialValues: { stage: 'greeting', sort: 100 },
        schema: createServicePhraseBodySchema,
        toBody: (v) => ({ propertyId, ...body(v) }),
        save: (b) => serviceConfigApi.createPhrase(b),
      }}
    >
      {() => (
        <Row gutter={16}>
          <Field
            name="stage"
            label={t('serviceConfig.phrase.stage')}
            rules={[rules.choice(t('serviceConfig.phrase.stage'))]}
          >
            <Select options={codeOptions(PHRASE_STAGES, t, 'serviceConfig.phrase.stage')} />
          </Field>
          <Field name="sort" label={t('serviceConfig.sort')} extra={t('serviceConfig.sortHint')}>
            <InputNumber min={0} max={9999} style={{ width: '100%' }} />
          </Field>
          <Field
            span={24}
            name="text"
            label={t('serviceConfig.phrase.text')}
            rules={[rules.text(t('serviceConfig.phrase.text'))]}
          >
            <Input.TextArea maxLength={200} autoSize={{ minRows: 2, maxRows: 4 }} autoFocus />
          </Field>
          <Field span={24} name="textEn" label={t('serviceConfig.phrase.textEn')}>
            <Input.TextArea maxLength={300} autoSize={{ minRows: 2, maxRows: 4 }} />
          </Field>
        </Row>
      )}
    </CreateOrEditModal>
  );
}
