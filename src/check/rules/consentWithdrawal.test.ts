import { describe, expect, it } from 'vitest';
import { messagesOf, policyYaml, positionOf, where } from '../testing/buildPolicy.ts';

const purposes = `
  purposes:
    - { id: newsletter, description: To send our newsletter., bases: [consent], categories: [contact-details] }
`;

describe('consent-withdrawal', () => {
  it('points at rights when consent is a basis and withdrawal is not stated', () => {
    const yaml = policyYaml({ purposes });
    const messages = messagesOf('consent-withdrawal', yaml);
    expect(messages.map(where)).toEqual([positionOf(yaml, 'list:')]);
    expect(messages[0]!.message).toContain(`purposes.0.bases.0, line ${positionOf(yaml, 'consent]').line}`);
  });

  it('counts a general consent statement as relying on consent', () => {
    const yaml = policyYaml({ basisStatements: 'basisStatements:\n  - { id: consent, basis: consent, statement: We rely on consent for marketing. }' });
    expect(messagesOf('consent-withdrawal', yaml)).toHaveLength(1);
  });

  it('accepts withdrawConsent, or a right of kind withdraw-consent', () => {
    const withStatement = policyYaml({
      purposes,
      rights: 'rights:\n  withdrawConsent: You can withdraw consent at any time.\n  list:\n    - { kind: access, title: Access, statement: ask for a copy. }',
    });
    const withRight = policyYaml({
      purposes,
      rights: 'rights:\n  list:\n    - { kind: withdraw-consent, title: Withdrawing consent, statement: you can withdraw consent at any time. }',
    });
    expect(messagesOf('consent-withdrawal', withStatement)).toEqual([]);
    expect(messagesOf('consent-withdrawal', withRight)).toEqual([]);
  });
});
