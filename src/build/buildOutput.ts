import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { hasErrors, sortMessages, type Message } from '../model/message.ts';
import { canonicalJsonPretty } from '../release/canonicalJson.ts';
import { sha256 } from '../release/sha256.ts';
import { findBrowser, launchBrowser, printPdfs } from '../render/pdf/index.ts';
import { describeBrowserBinary, digestTool } from './digestTool.ts';
import { applyBuild } from './applyBuild.ts';
import { buildManifest } from './buildManifest.ts';
import { checkProject } from './checkProject.ts';
import { planBuild, type BuildPlan, type PdfJob } from './planBuild.ts';
import type { PreviousOutput } from './readPreviousOutput.ts';
import type { BuildResult, RunBuildOptions } from './runBuild.ts';

/** Checks everything, plans every output, prints the PDFs that changed and writes the output folder. */
export async function buildOutput(options: RunBuildOptions, previous: PreviousOutput, inputs: string): Promise<BuildResult> {
  const failed = (messages: Message[]): BuildResult => ({ ok: false, upToDate: false, messages: sortMessages(messages), written: [], printed: 0, reused: 0 });
  const { messages, policies, templates } = await checkProject(options.contentDir, options.templatesDir, options.policy);
  if (hasErrors(messages) || !templates) return failed(messages);

  const printer = { tool: digestTool(), browser: describeBrowserBinary(findBrowser()) };
  const plan = planBuild(policies, templates, { today: options.today, pdf: options.pdf, printer });
  messages.push(...plan.messages);
  if (hasErrors(messages)) return failed(messages);

  const toPrint: PdfJob[] = [];
  let reused = 0;
  for (const job of plan.pdfs) {
    const bytes = previous.pdfInputs.get(job.path) === job.digest ? await readFile(path.join(options.outDir, job.path)).catch(() => undefined) : undefined;
    // A PDF altered on disk since the last build is printed again rather than trusted.
    if (bytes && sha256(bytes) === previous.files.get(job.path)) {
      plan.files.set(job.path, bytes);
      reused++;
    } else toPrint.push(job);
  }
  if (toPrint.length > 0) {
    // One browser per build, and none when nothing needs printing.
    const browser = await (options.launch ?? launchBrowser)();
    try {
      const printed = await printPdfs(browser, toPrint.map((job) => job.document));
      for (const job of toPrint) plan.files.set(job.path, printed.get(job.document.id)!);
    } finally {
      if (!options.launch) await browser.close();
    }
  }
  for (const alias of plan.aliases) {
    for (const [file, content] of [...plan.files]) {
      if (file.startsWith(`${alias.from}/`)) plan.files.set(`${alias.to}/${file.slice(alias.from.length + 1)}`, content);
    }
  }
  const pdfInputs = Object.fromEntries(plan.pdfs.map((job) => [job.path, job.digest]));
  if (options.policy) await carryOverOtherPolicies(options.outDir, options.policy, previous, plan, pdfInputs);
  plan.files.set('manifest.json', canonicalJsonPretty(buildManifest(plan.files, plan.policies, pdfInputs, inputs)));
  const { written, unchanged } = await applyBuild(options.outDir, plan.files, previous.files);
  return { ok: true, upToDate: false, messages: sortMessages(messages), written, unchanged, printed: toPrint.length, reused };
}

/** A build of one policy keeps the other policies' output from the previous build, as it was. */
async function carryOverOtherPolicies(outDir: string, policy: string, previous: PreviousOutput, plan: BuildPlan, pdfInputs: Record<string, string>): Promise<void> {
  for (const [id, entry] of Object.entries(previous.policies)) if (id !== policy) plan.policies[id] = entry;
  for (const file of previous.files.keys()) {
    const owner = file.split('/')[0]!;
    if (!file.includes('/') || owner === policy || !(owner in previous.policies)) continue;
    const bytes = await readFile(path.join(outDir, file)).catch(() => undefined);
    if (bytes) plan.files.set(file, bytes);
    const digest = previous.pdfInputs.get(file);
    if (digest) pdfInputs[file] = digest;
  }
}
