import { useT } from '../../../app/i18n/locale-context';
import { TimedReveal } from '../../common/TimedReveal';
import { directoryApi, type RevealField } from '../directory-api';

/** A person's masked phone or ID number, revealed for a while through the people module's reveal route. */
export function RevealableValue({
  personId,
  field,
  masked,
  onRevealed,
}: {
  personId: string;
  field: RevealField;
  masked: string | null;
  onRevealed?(): void;
}) {
  const t = useT();
  const reveal = async () => {
    const { value } = await directoryApi.reveal(personId, field);
    return Array.isArray(value) ? value.join('、') : (value ?? '');
  };
  return (
    <TimedReveal
      masked={masked}
      reveal={reveal}
      label={t(`directory.reveal.field.${field}`)}
      testId={field}
      onRevealed={onRevealed}
    />
  );
}
