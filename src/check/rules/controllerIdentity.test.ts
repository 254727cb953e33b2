import { describe, expect, it } from 'vitest';
import { messagesOf, policyYaml, positionOf, where } from '../testing/buildPolicy.ts';

describe('controller-identity', () => {
  it('points at a controller with no registration and no contact', () => {
    const yaml = policyYaml({
      controllers: `
        controllers:
          - id: acme
            legalName: Acme Ltd
            address: { lines: [1 High Street, London] }
      `,
    });
    const messages = messagesOf('controller-identity', yaml);
    expect(messages.map(where)).toEqual([positionOf(yaml, 'id: acme'), positionOf(yaml, 'id: acme')]);
    expect(messages.map((message) => message.message)).toEqual([
      'Controller "Acme Ltd" gives no registration number or jurisdiction, so the reader cannot identify the legal entity for certain.',
      'Controller "Acme Ltd" has no contact channel of its own; Art. 13(1)(a) expects the controller\'s contact details.',
    ]);
  });

  it('accepts a registered controller with a contact channel', () => {
    expect(messagesOf('controller-identity', policyYaml())).toEqual([]);
  });
});
