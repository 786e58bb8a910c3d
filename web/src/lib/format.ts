// Property staff read times in China Standard Time wherever the browser happens to be.
export const DISPLAY_TIME_ZONE = 'Asia/Shanghai';
const SHANGHAI_OFFSET_MS = 8 * 3_600_000; // no daylight saving since 1991

const dateTimeFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: DISPLAY_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/** "2026-11-27 09:05:00" in Asia/Shanghai: the same unambiguous shape in both languages. */
export function formatDateTime(ms: number | null | undefined): string {
  if (ms === null || ms === undefined) return '';
  const parts = Object.fromEntries(dateTimeFormat.formatToParts(new Date(ms)).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}:${parts.second}`;
}

/** Start of a calendar day in Asia/Shanghai, as epoch milliseconds. */
export function shanghaiDayStart(year: number, monthIndex: number, day: number): number {
  return Date.UTC(year, monthIndex, day) - SHANGHAI_OFFSET_MS;
}
