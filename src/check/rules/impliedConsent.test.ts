import { describe, expect, it } from 'vitest';
import { messagesOf, policyYaml, positionOf, where } from '../testing/buildPolicy.ts';

describe('implied-consent', () => {
  it('points at claims that using the site is consent', () => {
    const yaml = policyYaml({
      intro: `
        intro:
          - "By using our website you agree to this notice."
          - "When you visit, you are accepting and consenting to these practices."
          - "If you do not agree, you must stop using our site."
      `,
    });
    const messages = messagesOf('implied-consent', yaml);
    expect(messages.map(where)).toEqual([positionOf(yaml, 'By using'), positionOf(yaml, 'you are accepting'), positionOf(yaml, 'If you do not')]);
    expect(messages[0]!.severity).toBe('warning');
  });

  it('accepts a notice that only informs', () => {
    const yaml = policyYaml({ intro: 'intro:\n  - "This notice explains how we use your data. You can agree to marketing in your account settings."' });
    expect(messagesOf('implied-consent', yaml)).toEqual([]);
  });
});
