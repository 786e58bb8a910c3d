import { codeLabel, type Translate } from '../../app/i18n/catalogues';

/** A job kind in words (each feature labels its own kinds); a kind this version does not know stays raw. */
export const jobKindLabel = (kind: string, t: Translate): string => codeLabel(t, 'jobs.kind', kind);
