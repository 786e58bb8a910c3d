import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/harness.js';
import { loggableUrl } from './request-log.js';

const MOBILE = '13912345678';
const ID_NUMBER = '11010519491231002X';

let t: TestApp;
const lines: string[] = [];
beforeAll(async () => {
  t = await startTestApp({ config: { logLevel: 'info' }, logStream: { write: (line) => lines.push(line) } });
});
afterAll(() => t.close());

describe('the request log', () => {
  it('records what was asked for without the phones, ID numbers and names searched for', async () => {
    const [p1] = await t.propertyIds();
    const desk = await t.login('frontdesk');
    const searches = [
      `/api/v1/directory/search?propertyId=${p1}&q=${MOBILE}`,
      `/api/v1/directory/search?propertyId=${p1}&q=${ID_NUMBER}`,
      `/api/v1/people?propertyId=${p1}&q=${encodeURIComponent('李宁')}&page=2`,
      `/api/v1/no-such-route/${MOBILE}`,
    ];
    for (const url of searches) await desk.request('GET', url);
    const log = lines.join('');
    expect(log).toContain('/api/v1/directory/search?propertyId=');
    expect(log).toContain(`/api/v1/people?propertyId=${p1}&q=…&page=2`);
    for (const secret of [MOBILE, ID_NUMBER, '李宁', encodeURIComponent('李宁'), MOBILE.slice(-8)])
      expect(log).not.toContain(secret);
  });
});

describe('loggableUrl', () => {
  it('keeps ids and small numbers, and masks every other query value and long digit runs', () => {
    expect(loggableUrl('/api/v1/people/0192b7d4-1c1e-7000-8000-000000000001?full=1')).toBe(
      '/api/v1/people/0192b7d4-1c1e-7000-8000-000000000001?full=1',
    );
    expect(loggableUrl(`/x?q=${MOBILE}&q=lining&tail=5678`)).toBe('/x?q=…&q=…&tail=5678');
    expect(loggableUrl(`/api/${ID_NUMBER}/y`)).toBe('/api/…/y');
    expect(loggableUrl('/api/%31%33%39%31%32%33%34%35%36%37%38')).toBe('/api/…');
  });
});
