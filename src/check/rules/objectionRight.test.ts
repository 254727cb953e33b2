import { describe, expect, it } from 'vitest';
import { messagesOf, policyYaml, positionOf, where } from '../testing/buildPolicy.ts';

const purposes = (basis: string) => `
  purposes:
    - { id: archive, description: To keep public records., bases: [${basis}], categories: [contact-details] }
`;

describe('objection-right', () => {
  it('points at the rights list when public task is a basis and no objection right is listed', () => {
    const yaml = policyYaml({ purposes: purposes('public-task') });
    const messages = messagesOf('objection-right', yaml);
    expect(messages.map(where)).toEqual([positionOf(yaml, '- { kind: access')]);
    expect(messages[0]!.message).toMatch(/^The notice relies on public-task/);
  });

  it('accepts legitimate interests with a right to object', () => {
    const yaml = policyYaml({
      purposes: `
        purposes:
          - { id: fraud, description: To prevent fraud., bases: [legitimate-interests], legitimateInterests: [fraud], categories: [contact-details] }
      `,
      legitimateInterests: 'legitimateInterests:\n  - { id: fraud, description: Preventing fraud. }',
      rights: 'rights:\n  list:\n    - { kind: objection, title: Right to object, statement: you can object. }',
    });
    expect(messagesOf('objection-right', yaml)).toEqual([]);
  });
});
