import { describe, expect, it } from 'vitest';
import { messagesOf, policyYaml, positionOf, where } from '../testing/buildPolicy.ts';

describe('automated-decisions-statement', () => {
  it('reports at the rights key when there is no statement and no related right', () => {
    const yaml = policyYaml({ automatedDecisions: null });
    const messages = messagesOf('automated-decisions-statement', yaml);
    expect(messages.map(where)).toEqual([positionOf(yaml, 'rights:')]);
    expect(messages[0]!.severity).toBe('warning');
  });

  it('reports at the automated-decisions right when one is listed', () => {
    const yaml = policyYaml({
      automatedDecisions: null,
      rights: 'rights:\n  list:\n    - { kind: automated-decisions, title: Automated decisions, statement: you can ask for a human to decide. }',
    });
    expect(messagesOf('automated-decisions-statement', yaml).map(where)).toEqual([positionOf(yaml, '{ kind: automated-decisions')]);
  });

  it('asks for the logic when decisions exist without a statement', () => {
    const yaml = policyYaml({ automatedDecisions: 'automatedDecisions:\n  exists: true' });
    const messages = messagesOf('automated-decisions-statement', yaml);
    expect(messages.map(where)).toEqual([positionOf(yaml, 'exists: true')]);
    expect(messages[0]!.message).toMatch(/does not explain the logic/);
  });

  it('accepts a statement of none', () => {
    expect(messagesOf('automated-decisions-statement', policyYaml())).toEqual([]);
  });
});
