import { describe, expect, it } from 'vitest';
import { messagesOf, policyYaml, positionOf, where } from '../testing/buildPolicy.ts';

const transfers = (copy: string) => `
  transfers:
    list:
      - id: outside-eea
        destination: outside the EEA
        mechanism: standard-contractual-clauses
        description: We use standard contractual clauses.
${copy}
      - id: group
        destination: our US parent
        mechanism: binding-corporate-rules
        description: Our group's binding corporate rules apply.
        copy: { text: Read our binding corporate rules., url: "https://acme.example/bcr" }
`;

describe('transfer-safeguard-copy', () => {
  it('points at a copy with no url', () => {
    const yaml = policyYaml({ transfers: transfers('        copy:\n          text: Those clauses can be accessed here.') });
    const messages = messagesOf('transfer-safeguard-copy', yaml);
    expect(messages.map(where)).toEqual([positionOf(yaml, 'text: Those')]);
    expect(messages[0]).toMatchObject({ severity: 'warning', message: expect.stringContaining('gives no link or address') });
  });

  it('points at the transfer when there is no copy at all', () => {
    const yaml = policyYaml({ transfers: transfers('') });
    expect(messagesOf('transfer-safeguard-copy', yaml).map(where)).toEqual([positionOf(yaml, 'id: outside-eea')]);
  });

  it('accepts a copy with a url', () => {
    const yaml = policyYaml({ transfers: transfers('        copy: { text: The Commission publishes them., url: "https://commission.europa.eu/scc" }') });
    expect(messagesOf('transfer-safeguard-copy', yaml)).toEqual([]);
  });
});
