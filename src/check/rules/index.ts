import type { Rule } from '../rule.ts';
import { automatedDecisionsStatement } from './automatedDecisionsStatement.ts';
import { changesWording } from './changesWording.ts';
import { complaintRoute } from './complaintRoute.ts';
import { consentWithdrawal } from './consentWithdrawal.ts';
import { controllerIdentity } from './controllerIdentity.ts';
import { dpoContact } from './dpoContact.ts';
import { dpoStatement } from './dpoStatement.ts';
import { duplicateId } from './duplicateId.ts';
import { impliedConsent } from './impliedConsent.ts';
import { indirectCollection } from './indirectCollection.ts';
import { legitimateInterestNamed } from './legitimateInterestNamed.ts';
import { linkProtocol } from './linkProtocol.ts';
import { linkWithoutTarget } from './linkWithoutTarget.ts';
import { objectionRight } from './objectionRight.ts';
import { portabilityBasis } from './portabilityBasis.ts';
import { purposeHasBasis } from './purposeHasBasis.ts';
import { qualifierWords } from './qualifierWords.ts';
import { refUnknownCategory } from './refUnknownCategory.ts';
import { refUnknownLegitimateInterest } from './refUnknownLegitimateInterest.ts';
import { refUnknownSource } from './refUnknownSource.ts';
import { retentionSpecific } from './retentionSpecific.ts';
import { retentionVague } from './retentionVague.ts';
import { sourcePubliclyAvailable } from './sourcePubliclyAvailable.ts';
import { transferSafeguard } from './transferSafeguard.ts';
import { transferSafeguardCopy } from './transferSafeguardCopy.ts';
import { typoBrackets } from './typoBrackets.ts';
import { typoSpacing } from './typoSpacing.ts';

/** Every lint rule, in the order the README lists them: integrity first, then Art. 13/14, then wording. */
export const RULES: readonly Rule[] = [
  // Integrity of the model.
  refUnknownCategory,
  refUnknownSource,
  refUnknownLegitimateInterest,
  duplicateId,
  linkProtocol,
  // What Art. 13 and 14 require the notice to say.
  controllerIdentity,
  dpoContact,
  dpoStatement,
  purposeHasBasis,
  legitimateInterestNamed,
  consentWithdrawal,
  objectionRight,
  portabilityBasis,
  indirectCollection,
  sourcePubliclyAvailable,
  transferSafeguard,
  transferSafeguardCopy,
  retentionSpecific,
  retentionVague,
  automatedDecisionsStatement,
  complaintRoute,
  // Wording that hides meaning or breaks.
  changesWording,
  impliedConsent,
  linkWithoutTarget,
  qualifierWords,
  typoSpacing,
  typoBrackets,
];
