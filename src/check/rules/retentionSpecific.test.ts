import { describe, expect, it } from 'vitest';
import { messagesOf, policyYaml, positionOf, where } from '../testing/buildPolicy.ts';

const twoCategories = `
  dataCategories:
    - { id: contact-details, name: Contact details, items: [Your name.], sources: [you] }
    - { id: usage, name: Usage data, items: [Pages you visit.], sources: [you] }
`;

describe('retention-specific', () => {
  it('flags a category no rule covers, and a rule with neither period nor criteria', () => {
    const yaml = policyYaml({
      dataCategories: twoCategories,
      retention: 'retention:\n  - { id: orders, categories: [contact-details], statement: We keep order records. }',
    });
    const messages = messagesOf('retention-specific', yaml);
    expect(messages.map(where)).toEqual([positionOf(yaml, '{ id: usage'), positionOf(yaml, '{ id: orders, categories')]);
    expect(messages.map((message) => message.message)).toEqual([
      'No retention rule covers data category "usage"; Art. 13(2)(a) expects how long it is kept.',
      'Retention rule "orders" gives neither a period nor the criteria that set one.',
    ]);
  });

  it('flags one catch-all rule without a period standing in for several categories', () => {
    const yaml = policyYaml({
      dataCategories: twoCategories,
      retention: 'retention:\n  - { id: all, criteria: Until your account is closed., statement: We keep data until you close your account. }',
    });
    expect(messagesOf('retention-specific', yaml).map(where)).toEqual([positionOf(yaml, '{ id: all')]);
  });

  it('accepts per-category periods with a catch-all for the rest', () => {
    const yaml = policyYaml({
      dataCategories: twoCategories,
      retention: `
        retention:
          - { id: usage, categories: [usage], period: P13M, statement: We keep usage data for 13 months. }
          - { id: rest, criteria: Until your account is closed., statement: Other data is kept until you close your account. }
      `,
    });
    expect(messagesOf('retention-specific', yaml)).toEqual([]);
  });
});
