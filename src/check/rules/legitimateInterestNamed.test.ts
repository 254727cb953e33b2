import { describe, expect, it } from 'vitest';
import { messagesOf, policyYaml, positionOf, where } from '../testing/buildPolicy.ts';

const rights = `
  rights:
    list:
      - { kind: objection, title: Right to object, statement: you can object. }
`;

describe('legitimate-interest-named', () => {
  it('points at the legitimate-interests basis of a purpose that names no interest', () => {
    const yaml = policyYaml({
      purposes: `
        purposes:
          - { id: analytics, description: To measure use., bases: [consent, legitimate-interests], categories: [contact-details] }
      `,
      rights: `
        rights:
          withdrawConsent: You can withdraw consent at any time.
          list:
            - { kind: objection, title: Right to object, statement: you can object. }
      `,
    });
    const messages = messagesOf('legitimate-interest-named', yaml);
    expect(messages.map(where)).toEqual([positionOf(yaml, 'legitimate-interests]')]);
    expect(messages[0]!.severity).toBe('error');
  });

  it('flags a general legitimate-interests statement when no interests are listed', () => {
    const yaml = policyYaml({
      basisStatements: `
        basisStatements:
          - { id: interests, basis: legitimate-interests, statement: Other data is processed for our legitimate interests. }
      `,
      rights,
    });
    expect(messagesOf('legitimate-interest-named', yaml).map(where)).toEqual([positionOf(yaml, 'legitimate-interests,')]);
  });

  it('accepts a purpose that names its interest', () => {
    const yaml = policyYaml({
      purposes: `
        purposes:
          - { id: analytics, description: To measure use., bases: [legitimate-interests], legitimateInterests: [improve], categories: [contact-details] }
      `,
      legitimateInterests: `
        legitimateInterests:
          - { id: improve, description: Improving our service. }
      `,
      rights,
    });
    expect(messagesOf('legitimate-interest-named', yaml)).toEqual([]);
  });
});
