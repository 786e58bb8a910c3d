import type { FormInstance } from 'antd';
import type { ReactNode } from 'react';
import { useT } from '../../../app/i18n/locale-context';
import { RecordFormModal, type RecordFormProps } from './RecordFormModal';

type Mode<V, B, R> = Pick<RecordFormProps<V, B, R>, 'title' | 'initialValues' | 'schema' | 'save'> & {
  toBody(values: V): B;
};

interface Props<V, T extends { version: number }, C, U extends { version: number }, R> {
  open: boolean;
  onClose(): void;
  /** The record being edited; null creates a new one. */
  record: T | null;
  fields: readonly string[];
  conflictField?: string;
  /** "Saved" unless told otherwise. */
  savedMessage?: string;
  width?: number;
  /** Called with what the server saved; the dialog then closes. */
  onSaved(result: R): void;
  create: Mode<V, C, R>;
  /** The edit's body without the version: that is the record's, or the fresh one after a reload. */
  edit(record: T): Omit<Mode<V, Omit<U, 'version'>, R>, 'initialValues' | 'save'> & {
    save(body: U): Promise<R>;
    /** The form values of a record: the one opened, and the fresh one after a 409 reload. */
    toValues(record: T): Partial<V>;
    /** Reads the record again after someone else saved it (no reload when absent). */
    fetchFresh?(): Promise<T>;
  };
  children(form: FormInstance<V>): ReactNode;
}

/**
 * One dialog for creating and editing a record (directory, phone book, service settings): the edit
 * carries the record's version.
 */
export function CreateOrEditModal<
  V extends object,
  T extends { version: number },
  C,
  U extends { version: number },
  R,
>({ record, create, edit, onSaved, savedMessage, ...rest }: Props<V, T, C, U, R>) {
  const t = useT();
  const common = { ...rest, savedMessage: savedMessage ?? t('common.saved') };
  const onSavedThenClose = (result: R) => {
    onSaved(result);
    common.onClose();
  };
  if (!record)
    return (
      <RecordFormModal<V, C, R>
        {...common}
        {...create}
        toBody={(v) => create.toBody(v)}
        onSaved={onSavedThenClose}
      />
    );
  const { toValues, fetchFresh, toBody, ...mode } = edit(record);
  return (
    <RecordFormModal<V, U, R>
      {...common}
      {...mode}
      initialValues={toValues(record)}
      version={record.version}
      // U is exactly these changes plus the version, which TypeScript cannot see through Omit.
      toBody={(v, version) => ({ ...toBody(v), version }) as U}
      reload={
        fetchFresh &&
        (async () => {
          const fresh = await fetchFresh();
          return { values: toValues(fresh), version: fresh.version };
        })
      }
      onSaved={onSavedThenClose}
    />
  );
}
