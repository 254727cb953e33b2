import { excerpt, findInText } from '../findInText.ts';
import type { Finding, Rule } from '../rule.ts';

const LEAVE_IT_TO_THEM = /\b(?:(?:check|review|visit|consult)\s+(?:this|the)\s+(?:page|policy|notice|privacy\s+(?:policy|notice))\b|check\s+back\b|(?:posted|published|updated|made\s+available)\s+(?:on|to)\s+(?:this|our)\s+(?:page|website|site)\b|posted\s+here\b|(?:periodically|regularly|from\s+time\s+to\s+time)\s+(?:check|review)\b)/gi;

/** Changes are notified; leaving readers to find them on the page is not transparency. */
export const changesWording: Rule = {
  id: 'changes-wording',
  defaultSeverity: 'warn',
  description: 'The notice does not tell readers to watch the page for changes ("posted on this page", "check this page"); changes should be notified to them.',
  example: 'changes: "Any changes will be posted on this page."',
  check({ texts }) {
    const findings: Finding[] = [];
    for (const block of texts) {
      for (const match of findInText(block, LEAVE_IT_TO_THEM)) {
        findings.push({
          position: block.positionAt(match.offset),
          message: `${block.label} says changes are "${match.text}" ("${excerpt(block.text, match.offset, match.text.length)}"): readers are left to find changes themselves; expected a promise to notify them.`,
          hint: 'Say how readers are told of changes, e.g. "We will email you and show a notice on the site before a material change takes effect."',
        });
      }
    }
    return findings;
  },
};
