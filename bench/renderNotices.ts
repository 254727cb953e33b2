import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { compileProjectTemplates } from '../src/build/compileProjectTemplates.ts';
import { readTemplates } from '../src/load/index.ts';
import { renderHtml } from '../src/render/html/renderHtml.ts';

/** Renders every .md in `inDir` to a full HTML page in `outDir` with the project's templates; returns how many. */
export async function renderNotices(inDir: string, outDir: string, templatesDir: string): Promise<number> {
  const { templates } = await readTemplates(templatesDir);
  const { compiled } = compileProjectTemplates(templates, []);
  if (!compiled) throw new Error(`renderNotices: the templates in ${templatesDir} do not compile.`);
  const names = (await readdir(inDir)).filter((name) => name.endsWith('.md')).sort();
  for (const name of names) {
    const markdown = await readFile(path.join(inDir, name), 'utf8');
    const html = renderHtml({ markdown, lang: 'en-GB', policyName: 'Privacy notice', version: { id: 'bench', draft: false, issued: '2025-01-15', effective: '2025-01-15' }, css: compiled.css }, compiled.html);
    if (!html.page) throw new Error(`renderNotices: ${name} did not render: ${html.messages.map((m) => m.message).join('; ')}`);
    await writeFile(path.join(outDir, name.replace(/\.md$/, '.html')), html.page);
  }
  return names.length;
}
