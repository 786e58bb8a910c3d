// What an uploaded file (a lease contract, a photo of a leak) really is, from its first bytes: the
// declared type and the file name are only claims, and a renamed executable must not be stored and
// handed out as a "PDF".
export const STORED_FILE_TYPES = ['application/pdf', 'image/jpeg', 'image/png', 'image/webp'] as const;
export type StoredFileType = (typeof STORED_FILE_TYPES)[number];

export const STORED_FILE_MAX_BYTES = 10 * 1024 * 1024;

const startsWith = (buf: Buffer, bytes: readonly number[], at = 0) =>
  buf.length >= at + bytes.length && bytes.every((b, i) => buf[at + i] === b);
const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));

export function sniffFileType(buf: Buffer): StoredFileType | null {
  if (startsWith(buf, ascii('%PDF-'))) return 'application/pdf';
  if (startsWith(buf, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(buf, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith(buf, ascii('RIFF')) && startsWith(buf, ascii('WEBP'), 8)) return 'image/webp';
  return null;
}

const EXTENSIONS: Record<StoredFileType, string> = {
  'application/pdf': '.pdf',
  'image/jpeg': '.jpg',
  'image/png': '.png',
  'image/webp': '.webp',
};

/**
 * A safe file name to store and offer for download: the client sends it percent-encoded (headers
 * carry ASCII), so 租赁合同.pdf survives; path parts and control characters are dropped.
 */
export function storedFileName(raw: string | undefined, type: StoredFileType, fallback = 'file'): string {
  let name = '';
  try {
    name = decodeURIComponent(raw ?? '');
  } catch {
    name = raw ?? '';
  }
  const base = name.split(/[\\/]/).pop() ?? '';
  // Control characters and quotes would break the Content-Disposition header on download.
  // eslint-disable-next-line no-control-regex
  const clean = base.replace(/[\u0000-\u001f\u007f"]/g, '');
  name = clean.trim().slice(0, 120);
  return name || `${fallback}${EXTENSIONS[type]}`;
}
