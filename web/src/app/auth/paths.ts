export const LOGIN_PATH = '/login';
export const CHANGE_PASSWORD_PATH = '/change-password';

/** Login URL that brings the user back to where they were heading. */
export function loginUrl(intended: string): string {
  const keep = intended && intended !== '/' && !intended.startsWith(LOGIN_PATH);
  return keep ? `${LOGIN_PATH}?next=${encodeURIComponent(intended)}` : LOGIN_PATH;
}

/** Only same-site paths are followed after sign-in, never an absolute URL from the query string. */
export function safeNext(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') ? next : '/';
}
