// Scale check, not a test: `npx tsx src/diff/redline/measure.ts`. Times `redline` against
// `git diff --no-index --word-diff` on generated ~16 KB and ~1 MB notice pairs.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { redline } from './redline.ts';

const SECTION_SET = [
  (n: number) => `## ${n}. Who we are\n\nXstek Limited is a company registered in England and Wales (07112697). We are the controller of\nyour personal data and are responsible for it. Our registered office is Falcon House, 257\nBurlington Road, New Malden, Surrey, KT3 4NE.\n`,
  (n: number) => `## ${n}. What we collect\n\n- Information you give us by filling in forms on our website or social media pages.\n- Records of correspondence if you contact us by phone, email or otherwise.\n- Details of your visits to our website, including traffic data, location data and weblogs.\n- Information about your device, including your IP address, operating system and browser type.\n`,
  (n: number) => `## ${n}. How we use your data\n\nWe use the information held about you to administer our site, to provide the services you ask\nfor, to carry out our obligations arising from contracts between you and us, and to notify you\nabout changes to our service. Where we rely on legitimate interests, we have balanced them against\nyour rights, and you may object at any time.\n`,
  (n: number) => `## ${n}. Who we share it with\n\n| Recipient | Purpose | Location | Safeguard |\n|---|---|---|---|\n| Group companies | Service delivery | United Kingdom | Intra-group agreement |\n| Hosting provider | Web hosting | United Kingdom | Processor contract |\n| Analytics provider | Web analytics | United States | Standard contractual clauses |\n`,
  (n: number) => `## ${n}. International transfers\n\nWe store your personal data in the United Kingdom. Where we transfer it outside the European\nEconomic Area we rely on standard contractual clauses approved by the European Commission. You can\nask us for a copy of those clauses by writing to the address below.\n`,
  (n: number) => `## ${n}. How long we keep it\n\nWe keep account data for six years after your account closes, to meet our tax and accounting\nobligations. Marketing preferences are kept until you withdraw your consent. Web logs are deleted\nafter ninety days unless we need them to investigate a security incident.\n`,
  (n: number) => `## ${n}. Your rights\n\n- The right to be informed about how we use your personal data.\n- The right of access to the personal data we hold about you.\n- The right to have inaccurate data rectified and incomplete data completed.\n- The right to erasure, to restrict processing, and to data portability.\n- The right to object to processing based on legitimate interests.\n`,
  (n: number) => `## ${n}. Contact and complaints\n\nWrite to our Data Protection Officer at the address above or email dpo@xstek.co.uk. You also have\nthe right to complain to the Information Commissioner's Office at [ico.org.uk](https://ico.org.uk).\n`,
];

/** Deterministic pseudo-random numbers, so every run measures the same pair. */
function random(seed: number): () => number {
  return () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
}

function generatePair(targetBytes: number): { before: string; after: string; sections: number } {
  const sections: string[] = [];
  let size = 0;
  for (let n = 1; size < targetBytes; n++) {
    const section = SECTION_SET[(n - 1) % SECTION_SET.length]!(n);
    sections.push(section);
    size += section.length + 1;
  }
  const next = random(7);
  // About 1% of words replaced; headings and table pipes left alone so structure stays intact.
  const edited = sections.map((section) => {
    const [heading, ...body] = section.split('\n');
    return [heading, ...body.map((line) => line.replace(/[A-Za-z]{3,}/g, (word) => (next() < 0.01 ? `${word}ish` : word)))].join('\n');
  });
  // Move a couple of sections: one from the front to the middle, one from the middle to the end.
  const [early] = edited.splice(2, 1);
  edited.splice(Math.floor(edited.length / 2), 0, early!);
  const [middle] = edited.splice(Math.floor(edited.length / 3), 1);
  edited.push(middle!);
  return { before: `# Privacy notice\n\n${sections.join('\n')}`, after: `# Privacy notice\n\n${edited.join('\n')}`, sections: sections.length };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function time(run: () => void, times = 5): number[] {
  return Array.from({ length: times }, () => {
    const start = performance.now();
    run();
    return performance.now() - start;
  });
}

function measure(label: string, targetBytes: number): void {
  const { before, after, sections } = generatePair(targetBytes);
  // The first call pays for JIT compilation; report it, then time warm calls like git's steady state.
  const cold = time(() => redline(before, after), 1)[0]!;
  const redlineTimes = time(() => redline(before, after));
  const result = redline(before, after);
  const dir = mkdtempSync(join(tmpdir(), 'policyforge-redline-'));
  try {
    writeFileSync(join(dir, 'before.md'), before);
    writeFileSync(join(dir, 'after.md'), after);
    const gitTimes = time(() => {
      // Exit status 1 means "files differ"; only a missing git or a crash is a failure here.
      const git = spawnSync('git', ['diff', '--no-index', '--word-diff', 'before.md', 'after.md'], { cwd: dir, maxBuffer: 1 << 28 });
      if (git.status !== 0 && git.status !== 1) throw new Error(`git diff failed: ${git.stderr}`);
    });
    const ms = (value: number): string => `${value.toFixed(1)} ms`;
    console.log(`${label}: ${(before.length / 1024).toFixed(0)} KB before, ${(after.length / 1024).toFixed(0)} KB after, ${sections} sections`);
    console.log(`  redline  median ${ms(median(redlineTimes))}  (runs: ${redlineTimes.map(ms).join(', ')}; first, cold call ${ms(cold)})`);
    console.log(`  git word-diff median ${ms(median(gitTimes))}  (runs: ${gitTimes.map(ms).join(', ')})`);
    console.log(`  ratio redline/git ${(median(redlineTimes) / median(gitTimes)).toFixed(2)}x; counts ${JSON.stringify(result.counts)}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

measure('16 KB pair', 16 * 1024);
measure('1 MB pair', 1024 * 1024);
