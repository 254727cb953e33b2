import { describe, expect, it } from 'vitest';
import { messagesOf, policyYaml, positionOf, where } from '../testing/buildPolicy.ts';

describe('duplicate-id', () => {
  it('points at the second use of an id within a list, and names the first', () => {
    const yaml = policyYaml({
      purposes: `
        purposes:
          - { id: orders, description: To fulfil orders., bases: [contract], categories: [contact-details] }
          - { id: orders, description: To deliver orders., bases: [contract], categories: [contact-details] }
      `,
    });
    const messages = messagesOf('duplicate-id', yaml);
    expect(messages.map(where)).toEqual([positionOf(yaml, 'orders, description: To deliver')]);
    expect(messages[0]!.message).toBe(`Id "orders" is used twice in purposes (first at line ${positionOf(yaml, 'id: orders').line}); ids must be unique within a list.`);
  });

  it('checks nested lists such as transfers.list', () => {
    const yaml = policyYaml({
      transfers: `
        transfers:
          list:
            - { id: us, destination: United States, mechanism: adequacy, description: Covered by the UK-US data bridge. }
            - { id: us, destination: United States, mechanism: adequacy, description: Covered by the UK-US data bridge. }
      `,
    });
    expect(messagesOf('duplicate-id', yaml).map(where)).toEqual([positionOf(yaml, 'us,', 1)]);
  });

  it('allows the same id in different lists', () => {
    // The minimal policy has a purpose and a retention rule both called "orders".
    expect(messagesOf('duplicate-id', policyYaml())).toEqual([]);
  });
});
