import { MAX_DELAY_MS } from './backoffDelay.ts';

/** Turn a Retry-After header (delay-seconds or HTTP-date) into milliseconds to wait, capped; undefined when absent or unreadable. */
export function parseRetryAfter(value: string | null, nowMs: number): number | undefined {
  if (value === null) return undefined;
  const trimmed = value.trim();
  let ms: number;
  if (/^\d+$/.test(trimmed)) {
    ms = Number(trimmed) * 1000;
  } else {
    // HTTP-dates all open with a day name; without this check Date.parse would read "-5" as a year.
    if (!/^[A-Za-z]{3}/.test(trimmed)) return undefined;
    const at = Date.parse(trimmed);
    if (Number.isNaN(at)) return undefined;
    ms = Math.max(0, at - nowMs);
  }
  // Capped so a misconfigured or hostile receiver cannot park a release build for hours.
  return Math.min(ms, MAX_DELAY_MS);
}
