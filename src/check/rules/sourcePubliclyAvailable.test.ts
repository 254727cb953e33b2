import { describe, expect, it } from 'vitest';
import { messagesOf, policyYaml, positionOf, where } from '../testing/buildPolicy.ts';

const sources = (flag: string) => `
  sources:
    - { id: you, kind: data-subject, name: You }
    - { id: agency, kind: other, name: Credit reference agencies${flag} }
`;
const dataCategories = 'dataCategories:\n  - { id: contact-details, name: Contact details, items: [Your name.], sources: [you, agency] }';

describe('source-publicly-available', () => {
  it('points at a non-data-subject source that leaves publiclyAvailable to the default', () => {
    const yaml = policyYaml({ sources: sources(''), dataCategories });
    const messages = messagesOf('source-publicly-available', yaml);
    expect(messages.map(where)).toEqual([positionOf(yaml, '{ id: agency')]);
    expect(messages[0]!.severity).toBe('info');
  });

  it('accepts an explicit false', () => {
    expect(messagesOf('source-publicly-available', policyYaml({ sources: sources(', publiclyAvailable: false'), dataCategories }))).toEqual([]);
  });
});
