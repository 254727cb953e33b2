import { describe, expect, it } from 'vitest';
import { messagesOf, policyYaml, positionOf, where } from '../testing/buildPolicy.ts';

describe('link-protocol', () => {
  it('points at a javascript: link in a text field', () => {
    const yaml = policyYaml({ changes: 'changes: "We will email you; see [our terms](javascript:alert(1))."' });
    const messages = messagesOf('link-protocol', yaml);
    expect(messages.map(where)).toEqual([positionOf(yaml, '[our terms]')]);
    expect(messages[0]).toMatchObject({ severity: 'error', message: expect.stringContaining('a javascript: URL') });
  });

  it('sees through entity-encoded and whitespace-split schemes, images and definitions', () => {
    const yaml = policyYaml({
      intro: `
        intro:
          - "Read [this](&#106;avascript:alert(1)) and ![pixel](data:image/png;base64,AAAA)."
          - "[terms]: <java\\tscript:alert(1)>"
      `,
    });
    const messages = messagesOf('link-protocol', yaml);
    expect(messages.map((message) => message.message.match(/a (\w+): URL/)?.[1])).toEqual(['javascript', 'data', 'javascript']);
  });

  it('finds links in prose files with their Markdown position', () => {
    const yaml = policyYaml({ prose: 'prose:\n  - { id: extra, heading: Extra, file: prose/extra.md }' });
    const text = '# Extra\n\nSee [the form](data:text/html,<script>alert(1)</script>).\n';
    const messages = messagesOf('link-protocol', yaml, { prose: { extra: { file: 'prose/extra.md', text } } });
    expect(messages.map((m) => [m.file, m.line, m.column])).toEqual([['prose/extra.md', 3, 5]]);
  });

  it('flags a web contact channel that is not http(s)', () => {
    const yaml = policyYaml({
      contact: `
        contact:
          intro: Contact us.
          channels:
            - { kind: web, label: Form, value: "javascript:alert(1)" }
      `,
    });
    expect(messagesOf('link-protocol', yaml).map(where)).toEqual([positionOf(yaml, '"javascript:alert(1)"')]);
  });

  it('accepts https, mailto, tel, relative links, anchors and autolinked addresses', () => {
    const yaml = policyYaml({
      intro: `
        intro:
          - "See [the ICO](https://ico.org.uk), [mail](mailto:a@b.example), [call](tel:+441234), [terms](/terms), [above](#rights) and www.acme.example."
      `,
    });
    expect(messagesOf('link-protocol', yaml)).toEqual([]);
  });
});
