// Personal data in full, as no answer but a reveal may carry it: an 11-digit mainland mobile or an
// 18-character resident ID number. A number counts only where it is not part of a longer run of hex
// digits: record ids (UUIDs) and timestamps are not personal data, and their digits would otherwise
// pass for a mobile.
const IN_FULL = [
  /(?<![0-9a-fA-F])1[3-9]\d{9}(?![0-9a-fA-F])/g,
  /(?<![0-9a-fA-F])\d{17}[\dXx](?![0-9a-fA-F])/g,
];

/**
 * Every full mobile or ID number in an answer: a response's text, its parsed JSON or a spreadsheet's
 * cells. Only text is searched (in JSON, numbers are timestamps and counts, never personal data).
 */
export function unmaskedPersonalData(answer: unknown): string[] {
  if (typeof answer === 'string') return IN_FULL.flatMap((re) => answer.match(re) ?? []);
  if (Array.isArray(answer)) return answer.flatMap(unmaskedPersonalData);
  if (answer && typeof answer === 'object') return Object.values(answer).flatMap(unmaskedPersonalData);
  return [];
}
