import { describe, expect, it } from 'vitest';
import { messagesOf, policyYaml, positionOf, where } from '../testing/buildPolicy.ts';

describe('changes-wording', () => {
  it('points at the phrase that leaves readers to find changes', () => {
    const yaml = policyYaml({ changes: 'changes: "Any changes will be posted on this page, so check back often."' });
    const messages = messagesOf('changes-wording', yaml);
    expect(messages.map(where)).toEqual([positionOf(yaml, 'posted on this page'), positionOf(yaml, 'check back')]);
    expect(messages[0]!.severity).toBe('warning');
  });

  it('accepts a promise to notify', () => {
    expect(messagesOf('changes-wording', policyYaml())).toEqual([]);
  });
});
