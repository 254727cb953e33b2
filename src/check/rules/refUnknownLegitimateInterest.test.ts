import { describe, expect, it } from 'vitest';
import { messagesOf, policyYaml, positionOf, where } from '../testing/buildPolicy.ts';

const purposes = (interest: string) => `
  purposes:
    - id: fraud
      description: To prevent fraud.
      bases: [legitimate-interests]
      legitimateInterests: [${interest}]
      categories: [contact-details]
`;
const interests = `
  legitimateInterests:
    - { id: fraud-prevention, description: Preventing fraud against us and our customers. }
`;
const rights = `
  rights:
    list:
      - { kind: objection, title: Right to object, statement: you can object to processing based on our interests. }
`;

describe('ref-unknown-legitimate-interest', () => {
  it('points at the undefined interest', () => {
    const yaml = policyYaml({ purposes: purposes('fraud-prevntion'), legitimateInterests: interests, rights });
    const messages = messagesOf('ref-unknown-legitimate-interest', yaml);
    expect(messages.map(where)).toEqual([positionOf(yaml, 'fraud-prevntion')]);
    expect(messages[0]!.message).toContain('expected one of: fraud-prevention');
  });

  it('accepts an interest that exists', () => {
    expect(messagesOf('ref-unknown-legitimate-interest', policyYaml({ purposes: purposes('fraud-prevention'), legitimateInterests: interests, rights }))).toEqual([]);
  });
});
