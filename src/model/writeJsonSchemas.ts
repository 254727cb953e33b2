import { writeFile } from 'node:fs/promises';
import { mkdir } from 'node:fs/promises';
import { configJsonSchema, notificationJsonSchema, policyJsonSchema } from './policyJsonSchema.ts';

// `npm run schema`: regenerates the committed JSON Schemas after a change to the model.
await writeFile('content/policy.schema.json', policyJsonSchema());
await writeFile('content/config.schema.json', configJsonSchema());
await mkdir('schemas', { recursive: true });
await writeFile('schemas/notification.schema.json', notificationJsonSchema());
process.stdout.write('wrote content/policy.schema.json, content/config.schema.json, schemas/notification.schema.json\n');
