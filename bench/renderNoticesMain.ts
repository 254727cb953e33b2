// Child-process entry for the HTML row: one process renders a whole folder of notices.
// Usage: node --import tsx bench/renderNoticesMain.ts IN_DIR OUT_DIR TEMPLATES_DIR
import { renderNotices } from './renderNotices.ts';

const [inDir, outDir, templatesDir] = process.argv.slice(2);
if (!inDir || !outDir || !templatesDir) {
  process.stderr.write('usage: renderNoticesMain.ts IN_DIR OUT_DIR TEMPLATES_DIR\n');
  process.exitCode = 2;
} else {
  process.stdout.write(`${await renderNotices(inDir, outDir, templatesDir)}\n`);
}
