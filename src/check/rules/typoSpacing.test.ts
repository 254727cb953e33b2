import { describe, expect, it } from 'vitest';
import { messagesOf, policyYaml, positionOf, where } from '../testing/buildPolicy.ts';

describe('typo-spacing', () => {
  it('points at a full stop or semicolon run into the next word', () => {
    const yaml = policyYaml({ intro: 'intro:\n  - "Read this Policy.Therefore, your name;date of birth."' });
    const messages = messagesOf('typo-spacing', yaml);
    expect(messages.map(where)).toEqual([positionOf(yaml, '.Therefore'), positionOf(yaml, ';date')]);
    expect(messages[0]).toMatchObject({ severity: 'warning', message: 'Missing space after "." in intro.0: "… this Policy.Therefore, y…".' });
  });

  it('gives the exact column in a plain scalar, and leaves domains, abbreviations and links alone', () => {
    const plain = policyYaml({ changes: 'changes: We will email you.Then we publish it.' });
    expect(messagesOf('typo-spacing', plain).map(where)).toEqual([positionOf(plain, '.Then')]);
    const clean = policyYaml({ intro: 'intro:\n  - "Visit www.acme.example or [Acme.Com](https://acme.example), e.g. today. U.K. law applies."' });
    expect(messagesOf('typo-spacing', clean)).toEqual([]);
  });
});
