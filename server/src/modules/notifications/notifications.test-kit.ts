import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import type { Agent, TestApp } from '../../test/harness.js';
import { notify, type NotifyInput } from './notifications.service.js';

// Real receivers on this machine for the channels' tests: an SMTP server (smtp-server) and an HTTP
// server standing in for the WeCom robot and the SMS gateway. Nothing leaves the machine.

export interface ReceivedMail {
  from: string;
  to: string[];
  subject: string;
  text: string;
  headers: Record<string, string>;
}

/** RFC 2047 encoded words (=?UTF-8?B?…?= / =?UTF-8?Q?…?=), as mail clients show them. */
function decodeWords(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?utf-8\?([bq])\?([^?]*)\?=/gi, (_, enc: string, data: string) =>
      enc.toLowerCase() === 'b'
        ? Buffer.from(data, 'base64').toString('utf8')
        : Buffer.from(
            data
              .replace(/_/g, ' ')
              .replace(/=([0-9a-f]{2})/gi, (_m, h: string) => String.fromCharCode(parseInt(h, 16))),
            'latin1',
          ).toString('utf8'),
    );
}

function decodeBody(body: string, encoding: string | undefined): string {
  if (encoding === 'base64') return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  if (encoding === 'quoted-printable') {
    const bytes = body
      .replace(/=\r?\n/g, '')
      .replace(/=([0-9A-F]{2})/gi, (_m, h: string) => String.fromCharCode(parseInt(h, 16)));
    return Buffer.from(bytes, 'latin1').toString('utf8');
  }
  return body;
}

/** Splits a single-part message into decoded headers and text. */
export function parseMail(raw: string): Pick<ReceivedMail, 'subject' | 'text' | 'headers'> {
  const split = raw.indexOf('\r\n\r\n');
  const head = raw.slice(0, split).replace(/\r\n[ \t]+/g, ' ');
  const headers: Record<string, string> = {};
  for (const line of head.split('\r\n')) {
    const colon = line.indexOf(':');
    if (colon > 0) headers[line.slice(0, colon).toLowerCase()] = decodeWords(line.slice(colon + 1).trim());
  }
  const text = decodeBody(raw.slice(split + 4), headers['content-transfer-encoding']?.toLowerCase());
  return { subject: headers.subject ?? '', text, headers };
}

export interface SmtpReceiver {
  port: number;
  mails: ReceivedMail[];
  /** Resolves when `count` mails have arrived. */
  waitFor(count: number, timeoutMs?: number): Promise<ReceivedMail[]>;
  close(): Promise<void>;
}

export async function startSmtp(opts: { user?: string; password?: string } = {}): Promise<SmtpReceiver> {
  const mails: ReceivedMail[] = [];
  let wake: () => void = () => undefined;
  const server = new SMTPServer({
    // Plain SMTP on loopback: no certificate to trust in a test.
    disabledCommands: opts.user ? ['STARTTLS'] : ['STARTTLS', 'AUTH'],
    allowInsecureAuth: true,
    authOptional: !opts.user,
    logger: false,
    onAuth(auth, _session, callback) {
      if (auth.username === opts.user && auth.password === opts.password)
        callback(null, { user: auth.username });
      else callback(new Error('Invalid username or password'));
    },
    onData(stream, session, callback) {
      let raw = '';
      stream.setEncoding('utf8');
      stream.on('data', (chunk: string) => (raw += chunk));
      stream.on('end', () => {
        mails.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((r) => r.address),
          ...parseMail(raw),
        });
        wake();
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
  return {
    port,
    mails,
    waitFor(count, timeoutMs = 5000) {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`${mails.length} of ${count} mails arrived`)),
          timeoutMs,
        );
        const check = () => {
          if (mails.length >= count) {
            clearTimeout(timer);
            resolve(mails);
          } else wake = check;
        };
        check();
      });
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

export interface HttpRequestSeen {
  path: string;
  headers: IncomingHttpHeaders;
  body: unknown;
}

/** An HTTP server that records each POST and answers what `answer` says (200 {errcode:0} by default). */
export interface HttpReceiver {
  url: string;
  requests: HttpRequestSeen[];
  answer: (req: HttpRequestSeen) => { status: number; body: unknown };
  close(): Promise<void>;
}

export async function startHttpReceiver(): Promise<HttpReceiver> {
  const receiver: HttpReceiver = {
    url: '',
    requests: [],
    answer: () => ({ status: 200, body: { errcode: 0, errmsg: 'ok' } }),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
  const server: Server = createServer((req, res) => {
    let raw = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (raw += chunk));
    req.on('end', () => {
      const seen = {
        path: req.url ?? '',
        headers: req.headers,
        body: raw ? (JSON.parse(raw) as unknown) : null,
      };
      receiver.requests.push(seen);
      const { status, body } = receiver.answer(seen);
      res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  receiver.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return receiver;
}

/** A port nothing listens on: a channel pointed there is down. */
export async function deadPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Saves one settings section as an administrator, with the version currently stored. */
export async function saveSection(
  admin: Agent,
  propertyId: string,
  section: Record<string, unknown> & { section: string },
) {
  const current = await admin.request('GET', `/api/v1/admin/notification-settings?propertyId=${propertyId}`);
  const version = current.json<Record<string, { version: number }>>()[section.section]!.version;
  const res = await admin.request('PUT', '/api/v1/admin/notification-settings', {
    propertyId,
    version,
    ...section,
  });
  if (res.statusCode !== 200) throw new Error(`save ${section.section}: ${res.statusCode} ${res.body}`);
  return res;
}

export const sample = (propertyId: string, over: Partial<NotifyInput> = {}): NotifyInput => ({
  propertyId,
  event: 'service.escalated',
  recipients: { roles: ['manager'] },
  title: { zh: '工单超时升级 KF-20261127-0001', en: 'Escalated: KF-20261127-0001' },
  body: { zh: '报修已超过处理时限', en: 'A repair is past its deadline' },
  link: '/service/records/r1',
  entity: { type: 'service_record', id: 'r1' },
  ...over,
});

/** notify() as a module calls it, in a transaction of its own. */
export async function notifyNow(t: TestApp, input: NotifyInput) {
  const ctx = t.runtime.systemContext();
  await ctx.db.transaction().execute((trx) => notify({ ...ctx, db: trx }, input));
}

/** Runs every job due now, as the loop would, until none is left. */
export async function runDue(t: TestApp) {
  while ((await t.runtime.deps.jobs.tick()) > 0);
}
