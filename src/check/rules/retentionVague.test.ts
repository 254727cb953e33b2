import { describe, expect, it } from 'vitest';
import { messagesOf, policyYaml, positionOf, where } from '../testing/buildPolicy.ts';

describe('retention-vague', () => {
  it('points at "as long as necessary" in the criteria, once per rule', () => {
    const yaml = policyYaml({
      retention: `
        retention:
          - id: all
            criteria: "As long as necessary to fulfil the purposes."
            statement: "We keep data for as long as necessary."
      `,
    });
    const messages = messagesOf('retention-vague', yaml);
    expect(messages.map(where)).toEqual([positionOf(yaml, 'As long')]);
    expect(messages[0]!.message).toContain('"As long as necessary to fulfil the purpo…" and gives no period');
  });

  it('accepts the same words when a period is given', () => {
    const yaml = policyYaml({
      retention: 'retention:\n  - { id: all, period: P6Y, statement: "We keep data as long as necessary, and no longer than six years." }',
    });
    expect(messagesOf('retention-vague', yaml)).toEqual([]);
  });
});
