import { describe, expect, it } from 'vitest';
import { readContent, readPolicy } from '../load/index.ts';
import type { Message } from '../model/message.ts';
import { checkPolicy } from './checkPolicy.ts';
import { FIXTURES } from './testing/buildPolicy.ts';

const countByRule = (messages: readonly Message[]) =>
  Object.fromEntries([...new Set(messages.map((m) => m.ruleId))].sort().map((id) => [id, messages.filter((m) => m.ruleId === id).length]));

// The notice exactly as Xstek issued it on 2024-06-18, frozen under test/fixtures/check/xstek-as-issued
// so its defects stay put while content/xstek is corrected. Every line below is a real gap or typo.
describe('checkPolicy on the Xstek notice as issued', () => {
  it('finds the gaps of the published notice, at their positions, with no errors', async () => {
    const loaded = await readPolicy(FIXTURES, 'xstek-as-issued');
    expect(loaded.messages).toEqual([]);
    const messages = checkPolicy(loaded);
    expect(messages.map((m) => `${m.line}:${m.column} ${m.severity} ${m.ruleId}`)).toEqual([
      '10:270 warning implied-consent', // "you are accepting and consenting to the practices described"
      '10:344 warning typo-spacing', // "Policy.Therefore"
      '11:6 warning implied-consent', // "If you do not accept … you must stop using our site"
      '22:1 info dpo-statement', // no DPO statement, though the contact is dpo@xstek.co.uk
      '47:5 info source-publicly-available',
      '54:5 info source-publicly-available',
      '57:5 info source-publicly-available',
      '60:5 info source-publicly-available',
      '63:5 info source-publicly-available',
      '66:5 info source-publicly-available',
      '68:11 warning indirect-collection', // "Other third parties"
      '77:465 warning typo-spacing', // "name;date"
      '77:479 warning typo-spacing', // "birth;physical"
      '77:576 warning typo-spacing', // "numbers;business"
      '83:13 info qualifier-words',
      '83:273 warning typo-spacing', // "individual.We"
      '83:361 warning link-without-target', // "our cookies policy at here"
      '96:5 warning purpose-has-basis',
      '99:5 warning purpose-has-basis',
      '102:5 warning purpose-has-basis',
      '113:5 warning purpose-has-basis',
      '116:5 warning purpose-has-basis',
      '119:5 warning purpose-has-basis',
      '122:5 warning purpose-has-basis',
      '125:5 warning purpose-has-basis',
      '180:9 warning transfer-safeguard-copy', // SCC copy with no link
      '180:46 warning link-without-target', // "Those clauses can be accessed here."
      '255:7 warning automated-decisions-statement',
      '267:5 warning retention-specific', // one catch-all with no period for both categories
      '268:16 warning retention-vague', // "As long as necessary"
      '272:3 info complaint-route', // no link to the ICO
      '273:177 warning typo-brackets', // "(ICO ( www.ico.org.uk)"
      '275:79 warning changes-wording', // "posted on this page"
      '280:49 warning link-without-target', // orphaned "transfers. Those clauses can be accessed here."
    ]);
    expect(messages.find((m) => m.ruleId === 'qualifier-words')!.message).toMatch(/^21 qualifier words \("may" 20, "some" 1\) in 15 of \d+ text fields/);
  });
});

// The live content, read the way the build reads it. Editorial corrections remove the typos and dangling
// links; what remains are gaps only a change of substance can close. Update the counts on purpose when
// content/xstek changes.
describe('checkPolicy on content/xstek', () => {
  it('reports the notice\'s remaining gaps as warnings and information, so it still builds', async () => {
    const content = await readContent('content', 'xstek');
    const [xstek] = content.policies;
    expect([...content.messages, ...xstek!.messages]).toEqual([]);
    const messages = checkPolicy(xstek!);
    expect(messages.filter((m) => m.severity === 'error')).toEqual([]);
    expect(countByRule(messages)).toEqual({
      'automated-decisions-statement': 1,
      'changes-wording': 1,
      'dpo-statement': 1,
      'implied-consent': 2,
      'indirect-collection': 1,
      'purpose-has-basis': 8,
      'qualifier-words': 1,
      'retention-specific': 1,
      'retention-vague': 1,
      'source-publicly-available': 6,
    });
    expect(messages.filter((m) => m.ruleId === 'purpose-has-basis').map((m) => m.message.match(/"([^"]+)"/)![1])).toEqual([
      'site-administration',
      'content-presentation',
      'account',
      'interactive-features',
      'personalisation',
      'data-security',
      'service-communications',
      'existing-customer-marketing',
    ]);
  });
});
