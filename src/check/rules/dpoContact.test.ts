import { describe, expect, it } from 'vitest';
import { checkPolicy } from '../checkPolicy.ts';
import { loadPolicyFromYaml, messagesOf, policyYaml, positionOf, where } from '../testing/buildPolicy.ts';

const designated = 'dpo:\n  designated: true\n  name: Jane Smith\n  contact:\n    - { kind: email, label: Email, value: dpo@acme.example }';

describe('dpo-contact', () => {
  it('points at a designated DPO with no contact channel', () => {
    // The schema already requires a contact; the rule guards the model that reaches the renderer.
    const yaml = policyYaml({ dpo: designated });
    const loaded = loadPolicyFromYaml(yaml);
    if (loaded.policy?.dpo?.designated !== true) throw new Error('fixture must designate a DPO');
    loaded.policy.dpo.contact = [];
    const messages = checkPolicy(loaded).filter((message) => message.ruleId === 'dpo-contact');
    expect(messages.map(where)).toEqual([positionOf(yaml, 'designated: true')]);
    expect(messages[0]!.severity).toBe('error');
  });

  it('accepts a designated DPO with contact details', () => {
    expect(messagesOf('dpo-contact', policyYaml({ dpo: designated }))).toEqual([]);
  });
});
