import type { Summary } from './summarise.ts';

/** One line of the results table: a measured quantity summarised over its runs. */
export interface Row {
  /** Stable key used by the targets and in results.json. */
  id: string;
  /** Which issue-7 item the row belongs to (1 to 6), or "ref" for reference measurements. */
  group: string;
  label: string;
  /** Times are in milliseconds, memory in mebibytes. */
  unit: 'ms' | 'MiB';
  summary: Summary;
  note?: string;
}
