/** The composed sections of a notice, in the order they print; each is a partial under templates/notice/partials. */
export const SECTION_ORDER = [
  'intro',
  'controller',
  'data',
  'purposes',
  'third-party-links',
  'recipients',
  'transfers',
  'security',
  'bases',
  'legitimate-interests',
  'rights',
  'retention',
  'cookies',
  'changes',
  'contact',
] as const;

export type SectionName = (typeof SECTION_ORDER)[number];

/** Headings used when a policy's `headings` map does not override them. */
export const DEFAULT_HEADINGS: Record<string, string> = {
  controller: 'Who we are',
  data: 'What personal data we collect',
  purposes: 'How we use your data',
  'third-party-links': 'Third-party links',
  recipients: 'Who we share your data with',
  transfers: 'International transfers',
  security: 'How we keep your data secure',
  bases: 'Our lawful bases',
  'legitimate-interests': 'Our legitimate interests',
  rights: 'Your rights',
  retention: 'How long we keep your data',
  cookies: 'Cookies',
  children: 'Children',
  changes: 'Changes to this notice',
  contact: 'Contact us',
};
