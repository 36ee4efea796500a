// Local-time helpers. "The day" of the log is the CM's local calendar day, so timestamps keep the local
// UTC offset (e.g. 2026-12-01T20:15:00.000+01:00) and the day is simply their first ten characters.

const pad = (n: number, width = 2) => String(Math.abs(n)).padStart(width, '0');

/** ISO 8601 with the machine's local offset, e.g. "2026-12-01T20:15:03.120-03:00". */
export function localIsoTimestamp(date: Date = new Date()): string {
  const offsetMinutes = -date.getTimezoneOffset();
  const sign = offsetMinutes >= 0 ? '+' : '-';
  return (
    `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}` +
    `T${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}.${pad(date.getMilliseconds(), 3)}` +
    `${sign}${pad(Math.trunc(offsetMinutes / 60))}:${pad(offsetMinutes % 60)}`
  );
}

/** The local calendar day "YYYY-MM-DD" of a date. */
export function localDay(date: Date = new Date()): string {
  return localIsoTimestamp(date).slice(0, 10);
}

/** The local day of a timestamp written by localIsoTimestamp (its own offset decides the day). */
export function dayOfTimestamp(timestamp: string): string {
  return timestamp.slice(0, 10);
}
