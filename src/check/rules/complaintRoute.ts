import type { Finding, Rule } from '../rule.ts';

/** Art. 13(2)(d): the right to complain to a supervisory authority, with a way to reach it. */
export const complaintRoute: Rule = {
  id: 'complaint-route',
  defaultSeverity: 'info',
  description: 'The complaint statement names the supervisory authority and links to where a complaint is made.',
  example: '`complaint: { authority: "Information Commissioner\'s Office", statement: "…" }` with no `url`',
  check({ policy, at }) {
    const { complaint } = policy;
    const findings: Finding[] = [];
    if (complaint.url === undefined) {
      findings.push({
        position: at(['complaint']),
        message: `The complaint route names ${complaint.authority} but gives no link to it.`,
        hint: 'Add `url:` with the authority\'s complaint page, e.g. https://ico.org.uk/make-a-complaint/.',
      });
    }
    if (!normalise(complaint.statement).includes(normalise(complaint.authority))) {
      findings.push({
        position: at(['complaint', 'statement']),
        message: `The complaint statement does not mention the authority "${complaint.authority}" by name.`,
        hint: 'Name the supervisory authority in the statement.',
      });
    }
    return findings;
  },
};

// Curly and straight apostrophes differ only in typography.
function normalise(text: string): string {
  return text.toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, ' ');
}
