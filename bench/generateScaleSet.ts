import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { main } from '../src/cli/main.ts';
import { REPO, TEMPLATES } from './repoPaths.ts';

/** Issue dates of the generated releases, oldest first; all before the benchmark's "today". */
const ISSUED = ['2025-01-15', '2025-04-15', '2025-07-15', '2025-10-15', '2026-01-15', '2026-04-15'];

/** Words the generator swaps into the notice so every policy and release has its own text. */
const WORDS = ['carefully', 'openly', 'promptly', 'fairly', 'securely', 'lawfully', 'clearly', 'responsibly', 'diligently', 'transparently'];

/**
 * Builds a content folder of `policies` copies of the Xstek policy (policy-01, policy-02, …), each with
 * `releases` releases cut by the real `release` command from a change note, and a draft that differs
 * from the last release: policies × (releases + 1) notice versions. Returns the content folder.
 */
export async function generateScaleSet(dir: string, policies: number, releases: number): Promise<string> {
  if (releases > ISSUED.length) throw new Error(`generateScaleSet: at most ${ISSUED.length} releases per policy.`);
  const contentDir = path.join(dir, 'content');
  await rm(contentDir, { recursive: true, force: true });
  await mkdir(contentDir, { recursive: true });
  const source = path.join(REPO, 'content', 'xstek');
  for (const schema of ['policy.schema.json', 'config.schema.json']) await cp(path.join(REPO, 'content', schema), path.join(contentDir, schema));
  const yaml = await readFile(path.join(source, 'policy.yaml'), 'utf8');
  const config = await readFile(path.join(source, 'config.yaml'), 'utf8');
  const quiet = { stdout: { write: () => true }, stderr: { write: (text: string) => process.stderr.write(text) }, env: {} };
  for (let p = 1; p <= policies; p++) {
    const id = `policy-${String(p).padStart(2, '0')}`;
    const policyDir = path.join(contentDir, id);
    await cp(path.join(source, 'prose'), path.join(policyDir, 'prose'), { recursive: true });
    await writeFile(path.join(policyDir, 'config.yaml'), config.replace('Xstek Limited privacy notice', `Xstek ${p} Limited privacy notice`));
    for (let r = 0; r <= releases; r++) {
      await writeFile(path.join(policyDir, 'policy.yaml'), variedPolicy(yaml, p, r));
      if (r === releases) break; // the last edit stays as the draft
      await mkdir(path.join(policyDir, 'changes'), { recursive: true });
      await writeFile(path.join(policyDir, 'changes', `revision-${r + 1}.md`), `---\ntier: editorial\nsummary: Revision ${r + 1} rewords the introduction.\n---\nRewords the second paragraph of the introduction.\n`);
      const code = await main(['release', id, '--content', contentDir, '--templates', TEMPLATES, '--issued', ISSUED[r]!], quiet);
      if (code !== 0) throw new Error(`generateScaleSet: "policyforge release ${id} --issued ${ISSUED[r]}" exited with ${code}.`);
    }
  }
  return contentDir;
}

/** The Xstek policy with its title, intro and scope reworded for policy `p`, revision `r`. */
function variedPolicy(yaml: string, p: number, r: number): string {
  const word = (n: number) => WORDS[n % WORDS.length]!;
  return yaml
    .replace('title: "Privacy policy"', `title: "Privacy policy ${p}"`)
    .replace('We understand and appreciate the fact', `We ${word(p + r)} understand and ${word(p * 3 + r)} appreciate, in revision ${r + 1}, the fact`)
    .replace('provides you with information about:', `provides you, ${word(p + 2 * r)} and in plain words, with information about:`);
}
