import { z } from 'zod';
import { PolicyConfigSchema } from './config.ts';
import { NotificationSchema } from './notification.ts';
import { PolicySchema } from './schema.ts';

/** The JSON Schema of policy.yaml, generated from the zod model, as committed in content/policy.schema.json. */
export function policyJsonSchema(): string {
  return render(PolicySchema, 'https://policyforge.invalid/schema/policy.schema.json', 'policyforge privacy notice');
}

/** The JSON Schema of a policy's config.yaml, as committed in content/config.schema.json. */
export function configJsonSchema(): string {
  return render(PolicyConfigSchema, 'https://policyforge.invalid/schema/config.schema.json', 'policyforge policy settings');
}

/** The JSON Schema of notification.json, for systems that consume notifications; written to schemas/ and dist/. */
export function notificationJsonSchema(): string {
  return render(NotificationSchema, 'https://policyforge.invalid/schema/notification.schema.json', 'policyforge change notification');
}

function render(schema: z.ZodType, id: string, title: string): string {
  // "input" so fields with defaults are optional for the editor, as they are in YAML.
  const json = z.toJSONSchema(schema, { io: 'input', target: 'draft-2020-12' });
  return `${JSON.stringify({ ...json, $id: id, title }, null, 2)}\n`;
}
