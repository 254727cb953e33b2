import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { checkPolicy } from '../check/index.ts';
import { composeNotice } from '../compose/composeNotice.ts';
import { hasErrors, sortMessages, type Message } from '../model/message.ts';
import { canonicalJsonPretty } from '../release/canonicalJson.ts';
import { sha256 } from '../release/sha256.ts';
import { verifyReleases } from '../release/verifyReleases.ts';
import { launchBrowser, printPdfs, type PdfBrowser } from '../render/pdf/index.ts';
import { applyBuild } from './applyBuild.ts';
import { buildManifest } from './buildManifest.ts';
import { compileProjectTemplates } from './compileProjectTemplates.ts';
import { loadProject } from './loadProject.ts';
import { planBuild, type PdfJob } from './planBuild.ts';

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

/** What a build did: the messages it found, the files it wrote and how many PDFs it printed or reused. */
export interface BuildResult {
  ok: boolean;
  messages: Message[];
  written: string[];
  printed: number;
  reused: number;
}

/** Checks everything, then plans, prints and writes the output; writes nothing when any error is found. */
export async function runBuild(options: RunBuildOptions): Promise<BuildResult> {
  const failed = (messages: Message[]): BuildResult => ({ ok: false, messages: sortMessages(messages), written: [], printed: 0, reused: 0 });
  const { messages, policies, templates } = await checkProject(options.contentDir, options.templatesDir, options.policy);
  if (hasErrors(messages) || !templates) return failed(messages);

  const plan = planBuild(policies, templates, { today: options.today, pdf: options.pdf });
  messages.push(...plan.messages);
  if (hasErrors(messages)) return failed(messages);

  const previous = await readPreviousPdfs(options.outDir);
  const toPrint: PdfJob[] = [];
  let reused = 0;
  for (const job of plan.pdfs) {
    const old = previous.get(job.path);
    if (old && old.digest === job.digest) {
      plan.files.set(job.path, old.bytes);
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
  plan.files.set('manifest.json', canonicalJsonPretty(buildManifest(plan.files, plan.policies, pdfInputs)));
  const written = await applyBuild(options.outDir, plan.files);
  return { ok: true, messages: sortMessages(messages), written, printed: toPrint.length, reused };
}

/** Loads and checks the whole project: schema, lint rules, release chains and templates. */
export async function checkProject(contentDir: string, templatesDir: string, policy?: string) {
  const project = await loadProject(contentDir, templatesDir, policy);
  const messages = [...project.messages];
  const policies = project.content.policies;
  for (const loaded of policies) {
    messages.push(...checkPolicy(loaded));
    messages.push(...verifyReleases(loaded.id, loaded.releases));
  }
  const { compiled, messages: templateMessages } = compileProjectTemplates(project.templates, policies);
  messages.push(...templateMessages);
  for (const loaded of policies) {
    // Composing the draft is the only way to find values a template asks for that the data lacks.
    const notice = compiled?.notice.get(loaded.id);
    if (!loaded.policy || !notice) continue;
    const prose = Object.fromEntries(Object.entries(loaded.prose).map(([id, source]) => [id, source.text]));
    messages.push(...composeNotice(loaded.policy, prose, { id: 'draft', draft: true }, notice).messages);
  }
  return { messages: sortMessages(messages), policies, templates: compiled };
}

/** PDFs of the previous build whose bytes still match the manifest, by path, with the digest of their inputs. */
async function readPreviousPdfs(outDir: string): Promise<Map<string, { digest: string; bytes: Uint8Array }>> {
  const found = new Map<string, { digest: string; bytes: Uint8Array }>();
  const manifest = await readFile(path.join(outDir, 'manifest.json'), 'utf8').then(JSON.parse, () => undefined);
  if (!manifest?.pdfInputs || !Array.isArray(manifest.files)) return found;
  const hashes = new Map<string, string>(manifest.files.map((f: { path: string; sha256: string }) => [f.path, f.sha256]));
  for (const [file, digest] of Object.entries(manifest.pdfInputs as Record<string, string>)) {
    const bytes = await readFile(path.join(outDir, file)).catch(() => undefined);
    // A PDF altered on disk is printed again rather than trusted.
    if (bytes && sha256(bytes) === hashes.get(file)) found.set(file, { digest, bytes });
  }
  return found;
}
