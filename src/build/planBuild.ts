import { formatDate } from '../compose/formatDate.ts';
import type { LoadedPolicy } from '../load/index.ts';
import type { Message } from '../model/message.ts';
import { notificationJsonSchema } from '../model/policyJsonSchema.ts';
import type { Policy } from '../model/schema.ts';
import { renderFeed } from '../notify/renderFeed.ts';
import { canonicalJson, canonicalJsonPretty } from '../release/canonicalJson.ts';
import { hashData } from '../release/hashRelease.ts';
import { sha256 } from '../release/sha256.ts';
import { renderHtml } from '../render/html/renderHtml.ts';
import { pdfFontAssets, pdfFontCss, type PdfDocument } from '../render/pdf/index.ts';
import type { ProjectTemplates } from './compileProjectTemplates.ts';
import { latestInEffect, listVersions, type NoticeVersion } from './listVersions.ts';
import { planChanges } from './planChanges.ts';

/** A PDF the build needs, with the digest of everything that determines its bytes. */
export interface PdfJob {
  path: string;
  digest: string;
  document: PdfDocument;
}

/** Everything a build will write, computed before anything is written. */
export interface BuildPlan {
  /** Output files by path relative to the output folder. */
  files: Map<string, string | Uint8Array>;
  pdfs: PdfJob[];
  /** Folders copied whole once PDFs exist: dist/<policy>/latest/ from its version folder. */
  aliases: { from: string; to: string }[];
  /** Per policy: version ids, the latest in effect and release hashes, for the manifest. */
  policies: Record<string, unknown>;
  messages: Message[];
}

/** Options that make a build reproducible: "today" is passed in, never read from the clock. */
export interface BuildOptions {
  today: string;
  pdf: boolean;
  /** Identifies the tool's code and the browser binary: part of each PDF's digest, so either changing reprints. */
  printer?: { tool: string; browser: string };
}

/** Plans every output of every policy: notices in each format for each release and the draft, latest, history. */
export function planBuild(policies: readonly LoadedPolicy[], templates: ProjectTemplates, options: BuildOptions): BuildPlan {
  const plan: BuildPlan = { files: new Map(), pdfs: [], aliases: [], policies: {}, messages: [] };
  // Read once and shared by every PDF job: the same bytes for every document.
  const fonts = options.pdf ? pdfFontAssets() : {};
  // Consumers of notification.json find its schema beside the manifest.
  plan.files.set('notification.schema.json', notificationJsonSchema());
  for (const loaded of policies) {
    if (!loaded.policy) continue;
    const notice = templates.notice.get(loaded.id);
    if (!notice) continue;
    const { versions, messages } = listVersions(loaded as LoadedPolicy & { policy: Policy }, notice);
    plan.messages.push(...messages);
    const policyName = loaded.config.name ?? loaded.policy.title;
    const baseUrl = loaded.config.siteUrl;
    for (const version of versions) {
      planVersion(plan, loaded, version, policyName, templates, options, fonts);
      const changes = planChanges(loaded.id, policyName, version, templates, { pdf: options.pdf, ...(baseUrl ? { baseUrl } : {}) });
      plan.messages.push(...changes.messages);
      for (const [file, content] of changes.files) plan.files.set(file, content);
    }
    const records = versions.flatMap((v) => (v.record ? [v.record] : []));
    plan.files.set(`${loaded.id}/feed.xml`, renderFeed(loaded.id, policyName, records, { lang: loaded.policy.locale, ...(baseUrl ? { baseUrl } : {}) }));
    const latest = latestInEffect(versions, options.today);
    if (latest) plan.aliases.push({ from: `${loaded.id}/${latest.dir}`, to: `${loaded.id}/latest` });
    const history = renderHistory(loaded, versions, latest, policyName, templates, options);
    if (history.message) plan.messages.push(history.message);
    else plan.files.set(`${loaded.id}/index.html`, history.output);
    plan.policies[loaded.id] = {
      latest: latest?.info.id ?? null,
      draft: versions.some((v) => v.info.draft),
      releases: versions.filter((v) => v.record).map((v) => ({ version: v.info.id, issued: v.info.issued, effective: v.info.effective, tier: v.tier, hashes: { data: v.record!.hashes.data, text: v.record!.hashes.text, record: v.record!.hashes.record } })),
    };
  }
  return plan;
}

function planVersion(plan: BuildPlan, loaded: LoadedPolicy, version: NoticeVersion, policyName: string, templates: ProjectTemplates, options: BuildOptions, fonts: Record<string, Uint8Array>): void {
  const base = `${loaded.id}/${version.dir}`;
  const lang = version.data.locale;
  const html = renderHtml({ markdown: version.markdown, lang, policyName, version: version.info, css: templates.css, ...(options.pdf ? { printHead: `<style>\n${pdfFontCss()}</style>` } : {}) }, templates.html);
  plan.messages.push(...html.messages);
  if (!html.page || !html.fragment) return;
  plan.files.set(`${base}/notice.md`, version.markdown);
  plan.files.set(`${base}/notice.html`, html.page);
  plan.files.set(`${base}/notice.fragment.html`, html.fragment);
  plan.files.set(`${base}/notice.json`, canonicalJsonPretty(noticeJson(loaded.id, version)));
  if (!options.pdf || !html.printPage) return;
  const issued = version.info.issued ?? options.today;
  const document: PdfDocument = {
    id: base,
    html: html.printPage,
    assets: fonts,
    paper: loaded.config.paper,
    title: `${policyName}: ${version.info.draft ? 'draft' : `version ${version.info.id}`}`,
    footer: { policyName, version: version.info.draft ? 'draft' : version.info.id, issued: version.info.draft ? 'not issued' : issued },
    lang,
    fixedDate: new Date(`${issued}T00:00:00Z`),
  };
  const digest = sha256(canonicalJson({ printer: options.printer ?? null, html: document.html, paper: document.paper, title: document.title, footer: document.footer, lang, date: issued, assets: Object.keys(document.assets).sort() }));
  plan.pdfs.push({ path: `${base}/notice.pdf`, digest, document });
}

function noticeJson(policy: string, version: NoticeVersion) {
  return {
    format: 1,
    policy,
    version: version.info.id,
    draft: version.info.draft,
    issued: version.info.issued ?? null,
    effective: version.info.effective ?? null,
    tier: version.tier ?? null,
    summary: version.summary ?? null,
    previous: version.previous?.version ?? null,
    data: version.data,
    prose: version.prose,
    text: version.markdown,
    hashes: version.record?.hashes ?? { data: hashData(version.data, version.prose), text: sha256(version.markdown) },
  };
}

function renderHistory(loaded: LoadedPolicy, versions: readonly NoticeVersion[], latest: NoticeVersion | undefined, policyName: string, templates: ProjectTemplates, options: BuildOptions) {
  const lang = loaded.policy!.locale;
  const rows = [...versions].reverse().map((v) => ({
    id: v.info.id,
    draft: v.info.draft,
    label: v.info.draft ? 'the draft' : `version ${v.info.id}`,
    dir: v.dir,
    issued: v.info.issued,
    issuedText: v.info.issued ? formatDate(v.info.issued, lang) : '',
    effective: v.info.effective,
    effectiveText: v.info.effective ? formatDate(v.info.effective, lang) : '',
    tier: v.tier ?? (v.info.draft ? 'pending' : ''),
    summary: v.summary ?? (v.info.draft ? 'Unreleased changes.' : ''),
    pdf: options.pdf,
    changes: Boolean(v.previous),
    previous: v.previous?.version ?? '',
  }));
  return templates.html.render('history', { lang, policyName, latest: latest?.info.id ?? '', versions: rows, css: templates.css });
}
