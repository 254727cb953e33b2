import type { Message } from '../model/message.ts';
import type { PdfBrowser } from '../render/pdf/PdfBrowser.ts';
import { checkOutputFolder } from './checkOutputFolder.ts';
import { findBrowser } from '../render/pdf/findBrowser.ts';
import { digestInputs } from './digestInputs.ts';
import { describeBrowserBinary } from './digestTool.ts';
import { outputIntact, readPreviousOutput } from './readPreviousOutput.ts';

/** Where a build reads and writes, and what "today" is. */
export interface RunBuildOptions {
  contentDir: string;
  templatesDir: string;
  outDir: string;
  today: string;
  pdf: boolean;
  policy?: string;
  /** Launches the browser; tests pass their own to share one. */
  launch?: () => Promise<PdfBrowser>;
}

/** What a build did: the messages it found, the files it wrote, and how many PDFs it printed or reused. */
export interface BuildResult {
  ok: boolean;
  /** True when the inputs and the output were unchanged since the last build, so nothing was done. */
  upToDate: boolean;
  messages: Message[];
  /** Files written with new content. */
  written: string[];
  /** Files whose content was the same as before, carried over without rewriting. */
  unchanged?: string[];
  printed: number;
  reused: number;
}

/**
 * Builds the output folder. When neither the inputs nor the previous output changed,
 * it returns at once without loading the pipeline; otherwise it checks everything and
 * writes nothing if any error is found.
 */
export async function runBuild(options: RunBuildOptions): Promise<BuildResult> {
  const unsafe = await checkOutputFolder(options.outDir, [options.contentDir, options.templatesDir]);
  if (unsafe.length > 0) return { ok: false, upToDate: false, messages: unsafe, written: [], printed: 0, reused: 0 };
  // The browser binary is an input too: a Chromium upgrade must reprint rather than find the build up to date.
  const browser = options.pdf ? describeBrowserBinary(findBrowser()) : 'none';
  const inputs = await digestInputs(options.contentDir, options.templatesDir, { today: options.today, pdf: options.pdf, browser, ...(options.policy ? { policy: options.policy } : {}) });
  const previous = await readPreviousOutput(options.outDir);
  if (previous.inputs === inputs && (await outputIntact(options.outDir, previous))) {
    return { ok: true, upToDate: true, messages: [], written: [], unchanged: [...previous.files.keys(), 'manifest.json'], printed: 0, reused: 0 };
  }
  // The pipeline (zod, unified, Handlebars, and puppeteer when printing) loads only when there is work.
  const { buildOutput } = await import('./buildOutput.ts');
  return buildOutput(options, previous, inputs);
}
