import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { readContent } from '../src/load/index.ts';
import { normaliseText } from './helpers/normaliseText.ts';

const SEED = new URL('../../shared/seed/xstek-privacy-notice-2024-06-18.txt', import.meta.url);

/** Every line of the seed that carries text: list items, paragraphs, headings and the issue date. */
async function seedStatements(): Promise<string[]> {
  const text = await readFile(SEED, 'utf8');
  return text
    .split('\n')
    .map((line) => line.replace(/^\s*•\s*/, '').trim())
    .filter((line) => line.length > 0)
    .map((line) => line.replace(/:$/, ''));
}

describe('the 2024-06-18 release carries the seed notice whole', async () => {
  const content = await readContent('content');
  const xstek = content.policies.find((p) => p.id === 'xstek')!;
  const first = xstek.releases.find((r) => r.record?.version === '2024-06-18')!.record!;
  const notice = normaliseText(first.text);
  const statements = await seedStatements();

  it('has the statements to check', () => {
    // 95 lines of text in the seed; if this drops, the seed was not read.
    expect(statements.length).toBeGreaterThanOrEqual(95);
  });

  it('contains every line of the seed, word for word', () => {
    const missing = statements.filter((line) => !notice.includes(normaliseText(line)));
    expect(missing).toEqual([]);
  });

  it('contains every sentence of the seed', () => {
    const sentences = statements.flatMap((line) => line.split(/(?<=[.!?])\s+(?=[A-Z])/)).filter((s) => s.split(/\s+/).length >= 3);
    expect(sentences.length).toBeGreaterThan(120);
    const missing = sentences.filter((sentence) => !notice.includes(normaliseText(sentence)));
    expect(missing).toEqual([]);
  });

  it('keeps the controller details, ICO route and issue date', () => {
    for (const fact of ['07112697', 'Falcon House, 257 Burlington Road, New Malden, Surrey, KT3 4NE', 'dpo@xstek.co.uk', 'Information Commissioner’s Office', 'Issue Date: 18 June 2024']) {
      expect(first.text).toContain(fact);
    }
  });

  it('is issued and in effect on 18 June 2024', () => {
    expect([first.issued, first.effective]).toEqual(['2024-06-18', '2024-06-18']);
  });
});
