import { z } from 'zod';

/** Setting for one lint rule: off, or the severity it reports at. */
export const RuleSetting = z.enum(['off', 'info', 'warn', 'error']).describe('off, or the severity the rule reports at.');

/** Per-policy settings kept in `content/<policy>/config.yaml`. */
export const PolicyConfigSchema = z
  .strictObject({
    $schema: z.string().optional().describe('Path of the JSON Schema, for editors.'),
    name: z.string().min(1).optional().describe('Display name of the policy, e.g. "Xstek privacy notice". Defaults to the notice title.'),
    paper: z.enum(['A4', 'Letter']).default('A4').describe('Paper size of the PDF notice.'),
    noticePeriodDays: z
      .number()
      .int()
      .min(0)
      .max(365)
      .default(30)
      .describe('Days between issue and effect that a material or fundamental change must leave so users are told first.'),
    siteUrl: z
      .string()
      .regex(/^https:\/\//, 'the site URL starts with https://')
      .optional()
      .describe('Public URL where dist/<policy>/ is served; used for absolute links in the feed and emails.'),
    rules: z.record(z.string(), RuleSetting).default({}).describe('Lint rule settings by rule id, overriding each rule\'s default severity.'),
  })
  .describe('Settings for building and checking one policy.');

export type PolicyConfig = z.infer<typeof PolicyConfigSchema>;
export type RuleSettingValue = z.infer<typeof RuleSetting>;
