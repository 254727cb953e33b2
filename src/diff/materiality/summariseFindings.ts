import { FINDING_KINDS, FINDING_LEADS, findingDetail, type Finding, type FindingKind } from '../fields/index.ts';
import { compareTiers } from './compareTiers.ts';
import { FLOORS } from './floors.ts';

const MAX_LINES = 5;
const MAX_DETAILS = 3;

/**
 * A short plain-language summary for emails: one line per kind of change, those with the highest
 * floor first, at most five lines; changes with no floor share one closing line.
 */
export function summariseFindings(findings: readonly Finding[]): string {
  if (findings.length === 0) return 'No changes to the data or wording of the notice.';
  const groups = FINDING_KINDS.map((kind) => ({ kind, findings: findings.filter((f) => f.kind === kind) })).filter((g) => g.findings.length > 0);
  const weighty = groups.filter((g) => FLOORS[g.kind] !== null).sort((a, b) => rank(b.kind) - rank(a.kind));
  const minor = groups.filter((g) => FLOORS[g.kind] === null);

  const room = minor.length > 0 || weighty.length > MAX_LINES ? MAX_LINES - 1 : MAX_LINES;
  const lines = weighty.slice(0, room).map((g) => describeGroup(g.kind, g.findings));
  const rest = [...weighty.slice(room), ...minor];
  if (rest.length > 0) {
    const what = rest.map((g) => `${FINDING_LEADS[g.kind].many.toLowerCase()} (${g.findings.length})`);
    lines.push(`${lines.length === 0 ? 'Edits only' : 'Also'}: ${what.join(', ')}.`);
  }
  return lines.join('\n');
}

function rank(kind: FindingKind): number {
  const tier = FLOORS[kind];
  return tier === null ? -1 : compareTiers(tier, 'editorial');
}

function describeGroup(kind: FindingKind, findings: readonly Finding[]): string {
  if (findings.length === 1) return findings[0]!.sentence;
  const details = findings.slice(0, MAX_DETAILS).map(findingDetail);
  const more = findings.length - details.length;
  return `${FINDING_LEADS[kind].many}: ${details.join('; ')}${more > 0 ? `; and ${more} more` : ''}.`;
}
