import { describe, expect, it } from 'vitest';
import { messagesOf, policyYaml, positionOf, where } from '../testing/buildPolicy.ts';

describe('indirect-collection', () => {
  it('flags a generic source name, an unused source and a category that does not say what it holds', () => {
    const yaml = policyYaml({
      sources: `
        sources:
          - { id: you, kind: data-subject, name: You }
          - { id: others, kind: other, name: Other third parties, publiclyAvailable: false }
          - { id: agency, kind: other, name: Credit reference agencies, publiclyAvailable: false }
      `,
      dataCategories: `
        dataCategories:
          - { id: contact-details, name: Contact details, items: [Your name.], sources: [you] }
          - { id: received, name: Information we receive, sources: [others] }
      `,
      purposes: 'purposes:\n  - { id: orders, description: To fulfil orders., bases: [contract], categories: [contact-details, received] }',
    });
    const messages = messagesOf('indirect-collection', yaml);
    expect(messages.map(where)).toEqual([positionOf(yaml, 'Other third parties'), positionOf(yaml, '{ id: agency'), positionOf(yaml, '{ id: received')]);
    expect(messages.map((message) => message.message)).toEqual([
      'Source "others" is named only as "Other third parties"; Art. 14(2)(f) expects the source to be identified, or at least its nature described.',
      'Source "agency" is not named by any data category, so the notice does not say what data comes from it.',
      'Data category "received" comes from others but does not say what data it holds; Art. 14(1)(d) expects the categories of data obtained.',
    ]);
  });

  it('accepts a specific source feeding a described category', () => {
    const yaml = policyYaml({
      sources: 'sources:\n  - { id: you, kind: data-subject, name: You }\n  - { id: agency, kind: other, name: Credit reference agencies, publiclyAvailable: false }',
      dataCategories: 'dataCategories:\n  - { id: contact-details, name: Contact details, items: [Your name.], sources: [you, agency] }',
    });
    expect(messagesOf('indirect-collection', yaml)).toEqual([]);
  });
});
