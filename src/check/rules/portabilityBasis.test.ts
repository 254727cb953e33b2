import { describe, expect, it } from 'vitest';
import { messagesOf, policyYaml, positionOf, where } from '../testing/buildPolicy.ts';

const rights = `
  rights:
    list:
      - { kind: access, title: Right of access, statement: ask for a copy. }
      - { kind: portability, title: Right to portability, statement: take your data elsewhere. }
`;

describe('portability-basis', () => {
  it('points at the portability right when nothing rests on consent or contract', () => {
    const yaml = policyYaml({
      purposes: 'purposes:\n  - { id: tax, description: To keep tax records., bases: [legal-obligation], categories: [contact-details] }',
      rights,
    });
    const messages = messagesOf('portability-basis', yaml);
    expect(messages.map(where)).toEqual([positionOf(yaml, '{ kind: portability')]);
    expect(messages[0]!.severity).toBe('warning');
  });

  it('accepts portability where a purpose rests on contract', () => {
    expect(messagesOf('portability-basis', policyYaml({ rights }))).toEqual([]);
  });
});
