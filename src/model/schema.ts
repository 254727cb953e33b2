import { z } from 'zod';
import { isCalendarDate } from './isCalendarDate.ts';

// The single source of the privacy-notice model. Types are inferred from it and
// `content/policy.schema.json` is generated from it (see generateJsonSchema.ts),
// so every field carries a description that an editor's YAML editor can show.

/** A kebab-case identifier that other fields refer to. */
export const Id = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'an id is lower-case words joined by hyphens, e.g. "web-analytics"')
  .describe('Identifier other fields refer to: lower-case words joined by hyphens.');

/** Inline Markdown text written by the editor (links and emphasis allowed, raw HTML is not). */
const Text = z.string().min(1).describe('Text in Markdown (links and emphasis allowed; raw HTML is shown as text).');

const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'a date is written YYYY-MM-DD')
  .refine(isCalendarDate, { error: (issue) => `${String(issue.input)} is not a calendar date` })
  .describe('A calendar date, YYYY-MM-DD.');


const Url = z
  .string()
  .regex(/^(https?:\/\/|mailto:|tel:|\/(?!\/)|#)/, 'a link starts with https://, http://, mailto:, tel:, a single / or #')
  .describe('A link target: https://, mailto:, tel:, a site-relative path or an #anchor.');

const Address = z
  .strictObject({
    lines: z.array(z.string().min(1)).min(1).describe('Street lines, town and county, in order.'),
    postcode: z.string().optional().describe('Postal code.'),
    country: z.string().length(2).optional().describe('ISO 3166-1 alpha-2 country code, e.g. GB.'),
  })
  .describe('A postal address.');

const ContactChannel = z
  .strictObject({
    kind: z.enum(['email', 'post', 'phone', 'web']).describe('How the channel is reached.'),
    label: Text.describe('What the notice says before the value, e.g. "Email us on".'),
    value: z.string().min(1).describe('The address, number or URL itself.'),
  })
  .describe('One way to contact the controller or its DPO.');

export const LawfulBasis = z
  .enum(['consent', 'contract', 'legal-obligation', 'vital-interests', 'public-task', 'legitimate-interests'])
  .describe('Lawful basis under Art. 6(1) GDPR: (a) consent, (b) contract, (c) legal obligation, (d) vital interests, (e) public task, (f) legitimate interests.');

export const RightKind = z
  .enum([
    'access',
    'rectification',
    'erasure',
    'restriction',
    'portability',
    'objection',
    'automated-decisions',
    'withdraw-consent',
    'complaint',
    'other',
  ])
  .describe('Which data-subject right a statement describes (Art. 15-22, 7(3), 77 GDPR).');

const Controller = z
  .strictObject({
    id: Id,
    legalName: z.string().min(1).describe('Registered legal name of the controller.'),
    registration: z
      .strictObject({
        number: z.string().min(1).describe('Company or registration number.'),
        jurisdiction: z.string().min(1).describe('Where it is registered, e.g. "England and Wales".'),
      })
      .optional()
      .describe('Company registration.'),
    address: Address.describe('Registered address.'),
    contact: z.array(ContactChannel).default([]).describe('Contact channels of the controller.'),
    region: z.string().optional().describe('Region this controller is responsible for, where controllers differ by region.'),
  })
  .describe('A data controller (Art. 13(1)(a)).');

const Representative = z
  .strictObject({
    name: z.string().min(1).describe('Name of the representative.'),
    region: z.enum(['EU', 'UK']).describe('Where the representative acts (Art. 27 GDPR / UK GDPR).'),
    address: Address,
    contact: z.array(ContactChannel).default([]).describe('Contact channels of the representative.'),
  })
  .describe('An EU or UK representative of a controller established elsewhere.');

const Dpo = z
  .discriminatedUnion('designated', [
    z
      .strictObject({
        designated: z.literal(true).describe('A DPO is designated.'),
        name: z.string().optional().describe('Name or role of the DPO.'),
        contact: z.array(ContactChannel).min(1).describe('How to reach the DPO (Art. 13(1)(b)).'),
      })
      .describe('A designated data protection officer.'),
    z
      .strictObject({
        designated: z.literal(false).describe('No DPO is designated.'),
        statement: Text.optional().describe('What the notice says about privacy contacts instead.'),
      })
      .describe('No data protection officer is designated.'),
  ])
  .describe('Data protection officer (Art. 37-39).');

const Source = z
  .strictObject({
    id: Id,
    kind: z.enum(['data-subject', 'other']).describe('Collected from the person (Art. 13) or from another source (Art. 14).'),
    name: Text.describe('Who or what the source is.'),
    publiclyAvailable: z.boolean().default(false).describe('Whether the source is publicly accessible (Art. 14(2)(f)).'),
  })
  .describe('Where personal data comes from.');

const Requirement = z
  .strictObject({
    kind: z
      .enum(['none', 'statutory', 'contractual', 'contract-prerequisite'])
      .describe('Whether providing the data is a statutory or contractual requirement (Art. 13(2)(e)).'),
    consequence: Text.optional().describe('What happens if the data is not provided.'),
  })
  .describe('Whether the person must provide the data.');

const DataCategory = z
  .strictObject({
    id: Id,
    name: z.string().min(1).describe('Heading of the category, e.g. "Information that you provide to us".'),
    intro: Text.optional().describe('Sentence introducing the category.'),
    items: z.array(Text).default([]).describe('Statements of what is collected, one per list item.'),
    sources: z.array(Id).min(1).describe('Ids of the sources this data comes from (see `sources`).'),
    special: z
      .strictObject({
        condition: z
          .enum(['explicit-consent', 'employment', 'vital-interests', 'not-for-profit', 'made-public', 'legal-claims', 'substantial-public-interest', 'health-care', 'public-health', 'archiving-research'])
          .describe('Art. 9(2) condition for processing special-category data.'),
        description: Text.optional().describe('Explanation of the special-category processing.'),
      })
      .optional()
      .describe('Present when the category is special-category data (Art. 9).'),
    requirement: Requirement.optional(),
  })
  .describe('A category of personal data.');

const Purpose = z
  .strictObject({
    id: Id,
    description: Text.describe('What the data is used for, as the notice states it.'),
    bases: z.array(LawfulBasis).default([]).describe('Lawful bases for this purpose; empty when the notice does not tie a basis to it.'),
    legitimateInterests: z.array(Id).default([]).describe('Ids of the legitimate interests pursued (required for basis legitimate-interests).'),
    categories: z.array(Id).default([]).describe('Ids of the data categories used for this purpose.'),
  })
  .describe('A purpose of processing (Art. 13(1)(c)).');

const BasisStatement = z
  .strictObject({
    id: Id,
    basis: LawfulBasis,
    statement: Text.describe('The sentence that says when this basis is relied on.'),
    items: z.array(Text).default([]).describe('List items under the statement, e.g. what consent is relied on for.'),
  })
  .describe('A general statement of a lawful basis, as a notice words it.');

const LegitimateInterest = z
  .strictObject({
    id: Id,
    description: Text.describe('The legitimate interest pursued (Art. 13(1)(d)).'),
  })
  .describe('A legitimate interest of the controller or a third party.');

const Recipient = z
  .strictObject({
    id: Id,
    kind: z
      .enum(['group-company', 'processor', 'third-party', 'authority', 'business-transfer', 'other'])
      .describe('What kind of recipient this is.'),
    description: Text.describe('Who receives the data, as the notice states it.'),
    name: z.string().optional().describe('Name of the recipient where it is named.'),
  })
  .describe('A recipient or category of recipients (Art. 13(1)(e)).');

const Transfer = z
  .strictObject({
    id: Id,
    destination: z.string().min(1).describe('Where data goes, e.g. "outside the EEA" or a country.'),
    mechanism: z
      .enum(['adequacy', 'standard-contractual-clauses', 'binding-corporate-rules', 'derogation', 'none-stated'])
      .describe('The safeguard or legal ground for the transfer (Art. 45-49).'),
    description: Text.describe('How the notice explains the transfer and its safeguard.'),
    copy: z
      .strictObject({
        text: Text.describe('How to obtain a copy of the safeguard.'),
        url: Url.optional(),
      })
      .optional()
      .describe('Where to get a copy of the safeguard (Art. 13(1)(f)).'),
  })
  .describe('An international transfer of personal data.');

const Retention = z
  .strictObject({
    id: Id,
    categories: z.array(Id).default([]).describe('Ids of the data categories this rule covers; empty means all.'),
    period: z
      .string()
      .regex(/^P(?!$)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?$/, 'a period is an ISO 8601 duration such as P6Y or P18M')
      .optional()
      .describe('How long the data is kept, as an ISO 8601 duration (P6Y = six years).'),
    trigger: z.string().optional().describe('When the period starts, e.g. "end of the contract".'),
    criteria: Text.optional().describe('The criteria that set the period, where no fixed period applies.'),
    statement: Text.describe('The retention statement as the notice words it.'),
  })
  .describe('How long data is kept (Art. 13(2)(a)).');

const Right = z
  .strictObject({
    kind: RightKind,
    title: z.string().min(1).describe('Name of the right as the notice gives it.'),
    separator: z.enum(['dash', 'colon']).default('dash').describe('Punctuation printed between the title and the statement: an en dash, or a colon.'),
    statement: Text.describe('What the right lets the person do.'),
  })
  .describe('A data-subject right.');

const ProseSection = z
  .strictObject({
    id: Id,
    heading: z.string().min(1).describe('Heading of the section.'),
    file: z
      .string()
      .regex(/^[A-Za-z0-9._/-]+\.md$/, 'a prose file is a relative .md path')
      .describe('Markdown file holding the section body, relative to the policy folder.'),
    after: z
      .enum(['intro', 'controller', 'data', 'purposes', 'third-party-links', 'recipients', 'transfers', 'security', 'bases', 'legitimate-interests', 'rights', 'retention', 'cookies', 'changes', 'contact'])
      .default('contact')
      .describe('Which composed section this prose follows.'),
  })
  .describe('A free prose section, for what fits no field.');

/** The privacy notice as the editor keeps it in `content/<policy>/policy.yaml`. */
export const PolicySchema = z
  .strictObject({
    $schema: z.string().optional().describe('Path of the JSON Schema, for editors.'),
    title: z.string().min(1).describe('Title of the notice.'),
    locale: z.string().regex(/^[a-z]{2,3}(-[A-Z]{2})?$/, 'a locale looks like en-GB').describe('BCP 47 language tag of the notice, e.g. en-GB.'),
    intro: z.array(Text).default([]).describe('Opening paragraphs.'),
    scope: z
      .strictObject({
        statement: Text.describe('Sentence that introduces what the notice covers.'),
        items: z.array(Text).default([]).describe('What the notice tells the reader about.'),
      })
      .optional()
      .describe('What the notice covers.'),
    controllers: z.array(Controller).min(1).describe('The controller or controllers.'),
    controllerStatement: Text.optional().describe('Sentence naming the controller under the applicable law.'),
    jointArrangement: Text.optional().describe('The essence of the arrangement between joint controllers (Art. 26(2)).'),
    representatives: z.array(Representative).default([]).describe('EU or UK representatives.'),
    dpo: Dpo.optional().describe('Data protection officer; leave out only where the notice says nothing about one.'),
    sources: z.array(Source).min(1).describe('Sources of personal data.'),
    dataIntro: Text.optional().describe('Sentence introducing the data collected.'),
    dataCategories: z.array(DataCategory).min(1).describe('Categories of personal data.'),
    purposesIntro: Text.optional().describe('Sentence introducing the purposes.'),
    purposes: z.array(Purpose).min(1).describe('Purposes of processing.'),
    basisStatements: z.array(BasisStatement).default([]).describe('General statements of the lawful bases.'),
    legitimateInterestsIntro: Text.optional().describe('Sentence introducing the legitimate interests.'),
    legitimateInterests: z.array(LegitimateInterest).default([]).describe('Legitimate interests pursued.'),
    recipientsIntro: z.array(Text).default([]).describe('Paragraphs introducing the recipients.'),
    recipients: z.array(Recipient).default([]).describe('Recipients of personal data.'),
    transfers: z
      .strictObject({
        storage: Text.optional().describe('Where data is stored.'),
        statement: Text.optional().describe('General statement on transfers.'),
        list: z.array(Transfer).default([]).describe('Each transfer and its safeguard.'),
      })
      .describe('International transfers (Art. 13(1)(f)).'),
    security: z
      .strictObject({
        intro: Text.optional().describe('Sentence introducing the measures.'),
        measures: z.array(Text).default([]).describe('Security measures, one per item.'),
        statement: z.array(Text).default([]).describe('Paragraphs after the measures.'),
      })
      .describe('Security of processing.'),
    retention: z.array(Retention).min(1).describe('Retention rules.'),
    rights: z
      .strictObject({
        intro: Text.optional().describe('Sentence introducing the rights.'),
        list: z.array(Right).min(1).describe('The rights that apply.'),
        statements: z.array(Text).default([]).describe('Paragraphs after the list, e.g. how requests are handled.'),
        withdrawConsent: Text.optional().describe('Statement of the right to withdraw consent (Art. 13(2)(c)).'),
      })
      .describe('Data-subject rights.'),
    automatedDecisions: z
      .strictObject({
        exists: z.boolean().describe('Whether decisions based solely on automated processing are made (Art. 22).'),
        statement: Text.optional().describe('The logic, significance and consequences, or a statement of none.'),
      })
      .optional()
      .describe('Automated decision-making and profiling (Art. 13(2)(f)).'),
    complaint: z
      .strictObject({
        authority: z.string().min(1).describe('The supervisory authority, e.g. "Information Commissioner\'s Office".'),
        url: Url.optional(),
        statement: Text.describe('The complaint statement as the notice words it.'),
      })
      .describe('The right to complain to a supervisory authority (Art. 13(2)(d)).'),
    cookies: z
      .strictObject({
        statement: Text.describe('Cookie statement.'),
        policyUrl: Url.optional(),
      })
      .optional()
      .describe('Cookies.'),
    thirdPartyLinks: z.array(Text).default([]).describe('Paragraphs on links to other websites.'),
    children: Text.optional().describe('Statement on children\'s data.'),
    changes: Text.optional().describe('How changes to the notice are made known.'),
    contact: z
      .strictObject({
        intro: Text.describe('Sentence introducing the contact channels.'),
        channels: z.array(ContactChannel).min(1).describe('Ways to contact the controller.'),
        notes: z.array(Text).default([]).describe('Lines of the contact section that are not channels.'),
      })
      .describe('How to contact the controller about this notice.'),
    prose: z.array(ProseSection).default([]).describe('Free prose sections, for what fits no field.'),
    headings: z.record(z.string(), z.string()).default({}).describe('Section headings by section id, overriding the defaults.'),
  })
  .describe('A privacy notice under GDPR / UK GDPR Art. 13 and 14.');

export type Policy = z.infer<typeof PolicySchema>;
export type PolicyInput = z.input<typeof PolicySchema>;
export type Controller = z.infer<typeof Controller>;
export type DataCategory = z.infer<typeof DataCategory>;
export type Purpose = z.infer<typeof Purpose>;
export type Recipient = z.infer<typeof Recipient>;
export type Transfer = z.infer<typeof Transfer>;
export type Retention = z.infer<typeof Retention>;
export type Right = z.infer<typeof Right>;
export type ContactChannel = z.infer<typeof ContactChannel>;
export type ProseSection = z.infer<typeof ProseSection>;
export type LawfulBasisKind = z.infer<typeof LawfulBasis>;
export { IsoDate };
