import type { TierName } from '../../model/release.ts';
import type { FindingKind } from '../fields/index.ts';

/**
 * The lowest tier a release may declare when its diff holds a finding of each kind. `null` means
 * no floor: the editor's change note decides (wording, contact details, removals that take
 * nothing new from the reader). Read with PRODUCT.md "Materiality tiers" and issue 5.
 */
export const FLOORS: Record<FindingKind, TierName | null> = {
  // Who is responsible for the data.
  'controller-added': 'fundamental',
  'controller-removed': 'fundamental',
  'controller-changed': 'fundamental', // legal name or registration: a different legal person.
  'controller-details-changed': null, // address, contact channels, region of the same controller.
  'dpo-changed': null, // a contact detail; the editor judges a DPO who stops being designated.
  'representative-changed': null, // a contact point, not a change in processing.

  // What is collected and from where.
  'source-added': 'material',
  'source-removed': null,
  'source-changed': null,
  'data-category-added': 'material',
  'data-category-removed': null,
  'data-category-changed': null, // renamed or reworded items; a new item shows as data-category-extended.
  'data-category-extended': 'material', // more items than before, or a new source for the category.
  'special-category-added': 'fundamental',

  // Why, and on what basis.
  'purpose-added': 'material',
  'purpose-removed': null,
  'purpose-changed': null, // reworded description, fewer categories, other interests named.
  'purpose-data-added': 'material', // an existing purpose now uses data it did not.
  'basis-changed': 'material', // bases changed with consent neither gained nor lost.
  'consent-basis-changed': 'fundamental', // a basis changed to or from consent.
  'legitimate-interest-added': 'material',
  'legitimate-interest-removed': null,
  'legitimate-interest-changed': null,

  // Who receives it, and where it goes.
  'recipient-added': 'material',
  'recipient-removed': null,
  'recipient-changed': null, // wording; the sentence names a change of kind for the editor to weigh.
  'transfer-added': 'material',
  'transfer-removed': null,
  'transfer-changed': null, // description, or where to get a copy of the safeguard.
  'transfer-destination-changed': 'material', // data goes somewhere new: a new transfer in all but id.
  'safeguard-weakened': 'material', // e.g. SCCs to a derogation; see SAFEGUARD_STRENGTH in fields/diffSharing.ts.
  'safeguard-changed': null, // same or stronger: SCCs to BCRs, or to an adequacy decision.

  // How long it is kept.
  'retention-added': 'material', // a new rule changes how long some data is kept.
  'retention-removed': 'material', // the data it covered now falls under another rule, possibly longer.
  'retention-extended': 'material', // longer, or no longer comparable (a fixed period gained or lost).
  'retention-shortened': null,
  'retention-changed': null, // trigger, criteria, categories covered or statement reworded.

  // What the reader can do.
  'right-added': null,
  'right-removed': 'material', // the narrowest a right can get.
  'right-changed': null, // reworded: whether the wording narrows the right is the editor's call.
  'contact-changed': null, // a new address for a channel, a new channel, notes.
  'contact-channel-removed': 'material', // a way to exercise rights is gone.
  'complaint-changed': null,
  'automated-decisions-added': 'fundamental',
  'automated-decisions-changed': null,

  // Wording only: prose carries no machine verdict (PRODUCT.md).
  'prose-changed': null,
};
