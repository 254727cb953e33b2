import { describe, expect, it } from 'vitest';
import { messagesOf, policyYaml, positionOf, where } from '../testing/buildPolicy.ts';

describe('dpo-statement', () => {
  it('reports at the controllers key when the notice says nothing about a DPO', () => {
    const yaml = policyYaml({ dpo: null });
    const messages = messagesOf('dpo-statement', yaml);
    expect(messages.map(where)).toEqual([positionOf(yaml, 'controllers:')]);
    expect(messages[0]).toMatchObject({ severity: 'info', message: 'The notice does not say whether a data protection officer is designated.' });
  });

  it('mentions a contact address that suggests a DPO exists', () => {
    const yaml = policyYaml({ dpo: null, contact: 'contact:\n  intro: Contact us.\n  channels:\n    - { kind: email, label: Email, value: dpo@acme.example }' });
    expect(messagesOf('dpo-statement', yaml)[0]!.message).toContain('though the contact address dpo@acme.example suggests one');
  });

  it('accepts a statement that no DPO is designated', () => {
    expect(messagesOf('dpo-statement', policyYaml())).toEqual([]);
  });
});
