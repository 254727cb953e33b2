import { describe, expect, it } from 'vitest';
import { messagesOf, policyYaml, positionOf, where } from '../testing/buildPolicy.ts';

describe('ref-unknown-category', () => {
  it('points at the undefined category in a purpose and in a retention rule', () => {
    const yaml = policyYaml({
      purposes: `
        purposes:
          - { id: orders, description: To fulfil orders., bases: [contract], categories: [contact-details, payment-detials] }
      `,
      retention: `
        retention:
          - { id: orders, categories: [billing], period: P6Y, statement: Six years. }
      `,
    });
    const messages = messagesOf('ref-unknown-category', yaml);
    expect(messages.map(where)).toEqual([positionOf(yaml, 'payment-detials'), positionOf(yaml, 'billing')]);
    expect(messages[0]).toMatchObject({ severity: 'error', message: expect.stringContaining('"payment-detials", which is not defined') });
    expect(messages[0]!.hint).toMatch(/add a data category with id "payment-detials"/);
  });

  it('accepts categories that exist', () => {
    expect(messagesOf('ref-unknown-category', policyYaml())).toEqual([]);
  });
});
