import { describe, expect, it } from 'vitest';
import { messagesOf, policyYaml, positionOf, where } from '../testing/buildPolicy.ts';

describe('purpose-has-basis', () => {
  it('points at the purpose when it has no bases key, and at bases when it is empty', () => {
    const yaml = policyYaml({
      purposes: `
        purposes:
          - id: orders
            description: To fulfil your orders.
            categories: [contact-details]
          - id: account
            description: To run your account.
            bases: []
      `,
    });
    const messages = messagesOf('purpose-has-basis', yaml);
    expect(messages.map(where)).toEqual([positionOf(yaml, 'id: orders'), positionOf(yaml, '[]')]);
    expect(messages[0]).toMatchObject({ severity: 'warning', message: 'Purpose "orders" states no lawful basis; Art. 13(1)(c) expects the basis for each purpose.' });
  });

  it('accepts a purpose with a basis', () => {
    expect(messagesOf('purpose-has-basis', policyYaml())).toEqual([]);
  });
});
