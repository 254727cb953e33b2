import { excerpt, findInText } from '../findInText.ts';
import type { Finding, Rule } from '../rule.ts';

const IMPLIED = /\b(?:you\s+are\s+(?:deemed\s+to\s+(?:be\s+)?)?(?:accepting|consenting|agreeing)\b|by\s+(?:using|visiting|accessing|continuing\s+to\s+use)\b[^.]{0,80}?\byou\s+(?:agree|consent|accept)\b|if\s+you\s+do\s+not\s+(?:accept|agree)\b[^.]{0,80}?\bstop\s+using\b)/gi;

/** A notice informs; it cannot collect consent by the reader carrying on browsing (Recital 32, Art. 7). */
export const impliedConsent: Rule = {
  id: 'implied-consent',
  defaultSeverity: 'warn',
  description: 'The notice does not claim that using the site is consent or acceptance ("by using our website you are consenting…"); consent needs a clear affirmative act.',
  example: 'intro: ["When you visit our website you are accepting and consenting to the practices described in this Policy."]',
  check({ texts }) {
    const findings: Finding[] = [];
    for (const block of texts) {
      for (const match of findInText(block, IMPLIED)) {
        findings.push({
          position: block.positionAt(match.offset),
          message: `${block.label} treats using the service as consent or acceptance ("${excerpt(block.text, match.offset, match.text.length, 10)}"); consent under the GDPR needs a clear affirmative act, and a notice only informs.`,
          hint: 'Remove the claim; rely on the lawful bases stated per purpose, and collect consent where it is the basis with its own opt-in.',
        });
      }
    }
    return findings;
  },
};
