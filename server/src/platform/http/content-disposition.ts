/**
 * An attachment header with the UTF-8 name (RFC 5987 / 6266, filename*) and an ASCII fallback for
 * clients that only read filename: 住户名单-锦绣花园-20261128.xlsx reaches a browser intact.
 */
export function attachment(fileName: string, asciiFallback: string = fileName): string {
  return disposition('attachment', fileName, asciiFallback);
}

/** The same for a file the browser should show (a photo) rather than save. */
export function inline(fileName: string): string {
  return disposition('inline', fileName, fileName);
}

function disposition(kind: 'attachment' | 'inline', fileName: string, asciiFallback: string): string {
  const ascii = asciiFallback.replace(/[^\x20-\x7e]/g, '_').replace(/[\\"]/g, '_');
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `${kind}; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
