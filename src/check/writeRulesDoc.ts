import { readFile, rename, writeFile } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { withRulesTable } from './renderRulesTable.ts';
import { RULES } from './rules/index.ts';

/** The README that documents the rules. */
export const RULES_README = fileURLToPath(new URL('./README.md', import.meta.url));

/** Every file that carries the generated rules table: this stage's README and the project's. */
export const RULES_TABLE_FILES = [RULES_README, fileURLToPath(new URL('../../README.md', import.meta.url))];

/** Regenerates the rules table in a README from RULES; returns whether the file changed. */
export async function writeRulesDoc(file = RULES_README): Promise<boolean> {
  const before = await readFile(file, 'utf8');
  const after = withRulesTable(before, RULES);
  if (after === before) return false;
  await writeFile(`${file}.tmp`, after);
  await rename(`${file}.tmp`, file);
  return true;
}

// Run as `npx tsx src/check/writeRulesDoc.ts`; importing the module does nothing.
if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const file of RULES_TABLE_FILES) {
    const changed = await writeRulesDoc(file);
    console.log(changed ? `Updated ${file}` : `${file} is up to date`);
  }
}
