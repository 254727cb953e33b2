import { describe, expect, it } from 'vitest';
import { messagesOf, policyYaml, positionOf, where } from '../testing/buildPolicy.ts';

describe('complaint-route', () => {
  it('reports a missing url at the complaint, and an authority the statement does not name', () => {
    const yaml = policyYaml({
      complaint: `
        complaint:
          authority: Information Commissioner's Office
          statement: You can complain to the supervisory authority.
      `,
    });
    const messages = messagesOf('complaint-route', yaml);
    expect(messages.map(where)).toEqual([positionOf(yaml, "authority: Information"), positionOf(yaml, 'You can complain')]);
    expect(messages[0]).toMatchObject({ severity: 'info', message: "The complaint route names Information Commissioner's Office but gives no link to it." });
  });

  it('accepts a named authority with a link, whatever the apostrophe', () => {
    const yaml = policyYaml({
      complaint: 'complaint:\n  authority: Information Commissioner’s Office\n  url: https://ico.org.uk\n  statement: "Complain to the Information Commissioner\'s Office."',
    });
    expect(messagesOf('complaint-route', yaml)).toEqual([]);
  });
});
