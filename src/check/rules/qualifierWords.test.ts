import { describe, expect, it } from 'vitest';
import { messagesOf, policyYaml, positionOf, where } from '../testing/buildPolicy.ts';

describe('qualifier-words', () => {
  it('reports one message with the count, the words and the fields that use them most', () => {
    const yaml = policyYaml({
      intro: `
        intro:
          - "We might share some data."
          - "We may collect some data where possible, and possibly more. It may vary."
      `,
    });
    const messages = messagesOf('qualifier-words', yaml);
    expect(messages).toHaveLength(1);
    expect(where(messages[0])).toEqual(positionOf(yaml, 'may collect'));
    expect(messages[0]).toMatchObject({
      severity: 'info',
      message: expect.stringMatching(/^7 qualifier words \("may" 2, "some" 2, "might" 1, "possible" 1, "possibly" 1\) in 2 of \d+ text fields; most in intro\.1 \(5\), intro\.0 \(2\)\./),
    });
  });

  it('ignores words that only contain a qualifier, and reports nothing when there are none', () => {
    const yaml = policyYaml({ intro: 'intro:\n  - "Sometimes, in Mayfair, impossible things happen."' });
    expect(messagesOf('qualifier-words', yaml)).toEqual([]);
  });
});
