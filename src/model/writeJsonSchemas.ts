import { writeFile } from 'node:fs/promises';
import { configJsonSchema, policyJsonSchema } from './policyJsonSchema.ts';

// `npm run schema`: regenerates the committed JSON Schemas after a change to the model.
await writeFile('content/policy.schema.json', policyJsonSchema());
await writeFile('content/config.schema.json', configJsonSchema());
process.stdout.write('wrote content/policy.schema.json, content/config.schema.json\n');
