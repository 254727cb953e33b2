/** The streams and environment a command uses, passed in so tests can capture them. */
export interface CliIo {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
  env: Record<string, string | undefined>;
}

/** Today's date as YYYY-MM-DD in UTC: the CLI's default for "today"; the library never reads the clock. */
export function todayUtc(env: Record<string, string | undefined>): string {
  const epoch = env.SOURCE_DATE_EPOCH;
  const date = epoch && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000) : new Date();
  return date.toISOString().slice(0, 10);
}
