import { describe, expect, it } from 'vitest';
import { messagesOf, policyYaml, positionOf, where } from '../testing/buildPolicy.ts';

describe('ref-unknown-source', () => {
  it('points at the undefined source of a data category', () => {
    const yaml = policyYaml({
      dataCategories: `
        dataCategories:
          - { id: contact-details, name: Contact details, items: [Your name.], sources: [you, credit-agency] }
      `,
    });
    const [message, ...rest] = messagesOf('ref-unknown-source', yaml);
    expect(rest).toEqual([]);
    expect(where(message)).toEqual(positionOf(yaml, 'credit-agency'));
    expect(message).toMatchObject({ severity: 'error', ruleId: 'ref-unknown-source' });
  });

  it('accepts sources that exist', () => {
    expect(messagesOf('ref-unknown-source', policyYaml())).toEqual([]);
  });
});
