const DURATION = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?$/;
// A month is a twelfth of a year, so P12M and P1Y compare equal.
const UNITS = [
  ['year', 365],
  ['month', 365 / 12],
  ['week', 7],
  ['day', 1],
] as const;

/** Approximate length of an ISO 8601 duration (P6Y, P18M) in days; good enough to say which of two is longer. */
export function durationDays(period: string): number {
  const match = DURATION.exec(period);
  if (match === null) throw new Error(`"${period}" is not an ISO 8601 duration such as P6Y; the schema should have rejected it.`);
  return UNITS.reduce((days, [, size], index) => days + Number(match[index + 1] ?? 0) * size, 0);
}

/** An ISO 8601 duration in words: P1Y6M becomes "1 year 6 months". */
export function describeDuration(period: string): string {
  const match = DURATION.exec(period);
  if (match === null) return period;
  const parts = UNITS.flatMap(([unit], index) => {
    const count = Number(match[index + 1] ?? 0);
    return count === 0 ? [] : [`${count} ${unit}${count === 1 ? '' : 's'}`];
  });
  return parts.length === 0 ? '0 days' : parts.join(' ');
}
