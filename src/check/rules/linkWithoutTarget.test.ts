import { describe, expect, it } from 'vitest';
import { messagesOf, policyYaml, positionOf, where } from '../testing/buildPolicy.ts';

describe('link-without-target', () => {
  it('points at each "here" that links nowhere', () => {
    const yaml = policyYaml({
      intro: `
        intro:
          - "See our cookies policy at here."
          - "The clauses can be accessed here. Click here to opt out."
      `,
    });
    const messages = messagesOf('link-without-target', yaml);
    expect(messages.map(where)).toEqual([positionOf(yaml, 'here.'), positionOf(yaml, 'here.', 1), positionOf(yaml, 'here to')]);
  });

  it('accepts "here" inside a link, "here" as a plain adverb, and copy text that the template links', () => {
    const yaml = policyYaml({
      intro: 'intro:\n  - "Questions not answered here? [Click here](https://acme.example/help)."',
      transfers: 'transfers:\n  list:\n    - { id: eea, destination: outside the EEA, mechanism: standard-contractual-clauses, description: We use clauses., copy: { text: Read them here, url: "https://acme.example/scc" } }',
    });
    expect(messagesOf('link-without-target', yaml)).toEqual([]);
  });
});
