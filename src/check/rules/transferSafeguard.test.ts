import { describe, expect, it } from 'vitest';
import { messagesOf, policyYaml, positionOf, where } from '../testing/buildPolicy.ts';

describe('transfer-safeguard', () => {
  it('points at a mechanism of none-stated', () => {
    const yaml = policyYaml({
      transfers: `
        transfers:
          list:
            - id: us-hosting
              destination: the United States
              mechanism: none-stated
              description: Our host is in the United States.
      `,
    });
    const messages = messagesOf('transfer-safeguard', yaml);
    expect(messages.map(where)).toEqual([positionOf(yaml, 'none-stated')]);
    expect(messages[0]).toMatchObject({ severity: 'error', message: expect.stringContaining('to the United States states no safeguard') });
  });

  it('accepts a named safeguard', () => {
    const yaml = policyYaml({
      transfers: 'transfers:\n  list:\n    - { id: eu, destination: the EU, mechanism: adequacy, description: The EU has UK adequacy regulations. }',
    });
    expect(messagesOf('transfer-safeguard', yaml)).toEqual([]);
  });
});
