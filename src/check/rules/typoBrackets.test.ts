import { describe, expect, it } from 'vitest';
import { messagesOf, policyYaml, positionOf, where } from '../testing/buildPolicy.ts';

describe('typo-brackets', () => {
  it('points at the bracket left open', () => {
    const yaml = policyYaml({ complaint: "complaint:\n  authority: ICO\n  url: https://ico.org.uk\n  statement: \"Complain to the ICO (ICO ( www.ico.org.uk).\"" });
    const messages = messagesOf('typo-brackets', yaml);
    expect(messages.map(where)).toEqual([positionOf(yaml, '(ICO (')]);
    expect(messages[0]!.message).toBe('Unbalanced "(" in complaint.statement: "…ain to the ICO (ICO ( www.ico.o…".');
  });

  it('ignores the brackets of Markdown links', () => {
    const yaml = policyYaml({ intro: 'intro:\n  - "See our site(s) at [the ICO](https://ico.org.uk)."' });
    expect(messagesOf('typo-brackets', yaml)).toEqual([]);
  });
});
