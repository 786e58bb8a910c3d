import type { ErrorCode, FieldIssue, Locale } from '@qiantai/contracts';

/** An error answered by the API (or a network failure, with code NETWORK and status 0). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode | 'NETWORK',
    message: string,
    readonly details: unknown,
    readonly requestId: string | null,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  /** Field errors of a VALIDATION_FAILED answer, already in the user's language. */
  fieldIssues(): FieldIssue[] {
    if (!Array.isArray(this.details)) return [];
    return this.details.filter(
      (d): d is FieldIssue => typeof d?.path === 'string' && typeof d?.message === 'string',
    );
  }

  /** The machine-readable reason some 403s carry (PASSWORD_CHANGE_REQUIRED, CSRF_TOKEN_MISMATCH). */
  reason(): string | null {
    const d = this.details as { reason?: unknown } | null | undefined;
    return typeof d?.reason === 'string' ? d.reason : null;
  }
}

type AuthProblem = 'unauthenticated' | 'password-change-required';

// Module state rather than React state: every call needs these, including calls made outside components.
const state: {
  locale: Locale;
  csrfToken: string | null;
  onAuthProblem: (problem: AuthProblem) => void;
  networkErrorMessage: string;
} = {
  locale: 'zh-CN',
  csrfToken: null,
  onAuthProblem: () => {},
  networkErrorMessage: 'Network error',
};

export const apiSession = {
  setLocale(locale: Locale, networkErrorMessage: string) {
    state.locale = locale;
    state.networkErrorMessage = networkErrorMessage;
  },
  setCsrfToken(token: string | null) {
    state.csrfToken = token;
  },
  onAuthProblem(handler: (problem: AuthProblem) => void) {
    state.onAuthProblem = handler;
  },
};

const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

type Query = Record<string, string | number | boolean | null | undefined>;

export function withQuery(path: string, query: Query): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `${path}?${text}` : path;
}

interface SendOptions {
  /** A raw body (a file) instead of JSON; its type goes in content-type. */
  raw?: { body: Blob; type: string; headers?: Record<string, string> };
  /** Lets a caller drop a request that a newer one has replaced (the desk lookup as you type). */
  signal?: AbortSignal;
}

async function send(method: string, path: string, body: unknown, opts: SendOptions): Promise<Response> {
  const headers: Record<string, string> = { accept: 'application/json', 'accept-language': state.locale };
  if (opts.raw) Object.assign(headers, { 'content-type': opts.raw.type }, opts.raw.headers);
  else if (body !== undefined) headers['content-type'] = 'application/json';
  if (WRITES.has(method) && state.csrfToken) headers['x-csrf-token'] = state.csrfToken;

  let response: Response;
  try {
    response = await fetch(`/api/v1${path}`, {
      method,
      headers,
      credentials: 'same-origin',
      signal: opts.signal,
      body: opts.raw ? opts.raw.body : body === undefined ? undefined : JSON.stringify(body),
    });
  } catch (error) {
    if (opts.signal?.aborted) throw error;
    throw new ApiError(0, 'NETWORK', state.networkErrorMessage, undefined, null);
  }
  if (response.ok) return response;
  throw await toApiError(response);
}

async function request<T>(method: string, path: string, body?: unknown, opts: SendOptions = {}): Promise<T> {
  return (await (await send(method, path, body, opts)).json()) as T;
}

/** The file name the server gave in content-disposition (RFC 5987 filename* first). */
function fileNameOf(response: Response, fallback: string): string {
  const header = response.headers.get('content-disposition') ?? '';
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(header)?.[1];
  if (encoded) return decodeURIComponent(encoded);
  return /filename="([^"]+)"/i.exec(header)?.[1] ?? fallback;
}

/** Saves a file answered by the API (contracts, Excel) through the browser's download. */
async function download(path: string, query: Query = {}, fallbackName = 'download'): Promise<void> {
  const response = await send('GET', withQuery(path, query), undefined, {});
  const url = URL.createObjectURL(await response.blob());
  const link = Object.assign(document.createElement('a'), {
    href: url,
    download: fileNameOf(response, fallbackName),
  });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

async function toApiError(response: Response): Promise<ApiError> {
  const payload = (await response.json().catch(() => null)) as {
    error?: { code: ErrorCode; message: string; details?: unknown; requestId?: string };
  } | null;
  const e = payload?.error;
  const error = new ApiError(
    response.status,
    e?.code ?? 'INTERNAL',
    e?.message ?? `HTTP ${response.status}`,
    e?.details,
    e?.requestId ?? null,
  );
  if (response.status === 401) state.onAuthProblem('unauthenticated');
  if (response.status === 403 && error.reason() === 'PASSWORD_CHANGE_REQUIRED')
    state.onAuthProblem('password-change-required');
  return error;
}

export const api = {
  get: <T>(path: string, query: Query = {}, opts: { signal?: AbortSignal } = {}) =>
    request<T>('GET', withQuery(path, query), undefined, opts),
  post: <T>(path: string, body?: unknown) => request<T>('POST', path, body ?? {}),
  put: <T>(path: string, body: unknown) => request<T>('PUT', path, body),
  patch: <T>(path: string, body: unknown) => request<T>('PATCH', path, body),
  delete: <T>(path: string) => request<T>('DELETE', path),
  /** Posts a file as the raw request body (the API takes uploads that way, not as multipart). */
  upload: <T>(path: string, file: Blob, type: string, headers?: Record<string, string>) =>
    request<T>('POST', path, undefined, { raw: { body: file, type, headers } }),
  download,
};
