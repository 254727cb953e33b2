import type { Policy } from '../../model/schema.ts';
import { diffAutomatedDecisions } from './diffAutomatedDecisions.ts';
import { diffDataCategories, diffSources } from './diffData.ts';
import { diffComplaint, diffContact, diffControllers, diffDpo, diffRepresentatives } from './diffParties.ts';
import { diffBasisStatements, diffHeadings, diffProseSections } from './diffProse.ts';
import { diffLegitimateInterests, diffPurposes } from './diffPurposes.ts';
import { diffCategoryRetention, diffRetention } from './diffRetention.ts';
import { diffRights } from './diffRights.ts';
import { diffRecipients, diffTransfers } from './diffSharing.ts';
import { diffWording, diffWordingFields } from './diffWording.ts';
import type { Finding } from './finding.ts';
import type { PartDiffer, PolicyVersion } from './policyVersion.ts';

/**
 * One differ per top-level field of the model. The mapped type makes the type checker refuse a
 * schema field that nobody compares, so a new field cannot slip through the diff unnoticed.
 */
const PART_DIFFERS: { readonly [K in keyof Policy]-?: PartDiffer } = {
  $schema: () => [],
  title: (b, a) => diffWording('title', 'title', b.data.title, a.data.title),
  locale: (b, a) => diffWording('locale', 'language', b.data.locale, a.data.locale),
  intro: (b, a) => diffWording('intro', 'introduction', b.data.intro, a.data.intro),
  scope: (b, a) => diffWordingFields('scope', 'scope', b.data.scope, a.data.scope, ['statement', 'items']),
  controllers: (b, a) => diffControllers(b.data.controllers, a.data.controllers),
  controllerStatement: (b, a) => diffWording('controllerStatement', 'statement naming the controller', b.data.controllerStatement, a.data.controllerStatement),
  jointArrangement: (b, a) => diffWording('jointArrangement', 'joint controller arrangement', b.data.jointArrangement, a.data.jointArrangement),
  representatives: (b, a) => diffRepresentatives(b.data.representatives, a.data.representatives),
  dpo: (b, a) => diffDpo(b.data.dpo, a.data.dpo),
  sources: (b, a) => diffSources(b.data.sources, a.data.sources),
  dataIntro: (b, a) => diffWording('dataIntro', 'introduction to the data collected', b.data.dataIntro, a.data.dataIntro),
  dataCategories: (b, a) => diffDataCategories(b.data.dataCategories, a.data.dataCategories),
  purposesIntro: (b, a) => diffWording('purposesIntro', 'introduction to the purposes', b.data.purposesIntro, a.data.purposesIntro),
  purposes: (b, a) => diffPurposes(b.data, a.data),
  basisStatements: (b, a) => diffBasisStatements(b.data.basisStatements, a.data.basisStatements),
  legitimateInterestsIntro: (b, a) => diffWording('legitimateInterestsIntro', 'introduction to the legitimate interests', b.data.legitimateInterestsIntro, a.data.legitimateInterestsIntro),
  legitimateInterests: (b, a) => diffLegitimateInterests(b.data.legitimateInterests, a.data.legitimateInterests),
  recipientsIntro: (b, a) => diffWording('recipientsIntro', 'introduction to the recipients', b.data.recipientsIntro, a.data.recipientsIntro),
  recipients: (b, a) => diffRecipients(b.data.recipients, a.data.recipients),
  transfers: (b, a) => diffTransfers(b.data.transfers, a.data.transfers),
  security: (b, a) => diffWordingFields('security', 'security', b.data.security, a.data.security, ['intro', 'measures', 'statement']),
  retention: (b, a) => [...diffRetention(b.data.retention, a.data.retention), ...diffCategoryRetention(b.data, a.data)],
  rights: (b, a) => diffRights(b.data.rights, a.data.rights),
  automatedDecisions: (b, a) => diffAutomatedDecisions(b.data.automatedDecisions, a.data.automatedDecisions),
  complaint: (b, a) => diffComplaint(b.data.complaint, a.data.complaint),
  cookies: (b, a) => diffWordingFields('cookies', 'cookies', b.data.cookies, a.data.cookies, ['statement', 'policyUrl']),
  thirdPartyLinks: (b, a) => diffWording('thirdPartyLinks', 'paragraphs on links to other websites', b.data.thirdPartyLinks, a.data.thirdPartyLinks),
  children: (b, a) => diffWording('children', "statement on children's data", b.data.children, a.data.children),
  changes: (b, a) => diffWording('changes', 'statement on changes to the notice', b.data.changes, a.data.changes),
  contact: (b, a) => diffContact(b.data.contact, a.data.contact),
  prose: diffProseSections,
  headings: (b, a) => diffHeadings(b.data.headings, a.data.headings),
};

/** Compares two versions of a notice field by field; lists are matched by identity and whitespace is ignored. Sorted by path, then kind. */
export function diffFields(before: PolicyVersion, after: PolicyVersion): Finding[] {
  const findings = (Object.keys(PART_DIFFERS) as Array<keyof Policy>).flatMap((key) => PART_DIFFERS[key](before, after));
  return findings.sort(compareFindings);
}

function compareFindings(a: Finding, b: Finding): number {
  return compareStrings(a.path, b.path) || compareStrings(a.kind, b.kind);
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
