import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { configJsonSchema, notificationJsonSchema, policyJsonSchema } from '../src/model/policyJsonSchema.ts';

describe('the committed JSON Schemas', () => {
  it('content/policy.schema.json is current (run `npm run schema` after changing the model)', async () => {
    expect(await readFile('content/policy.schema.json', 'utf8')).toBe(policyJsonSchema());
  });

  it('content/config.schema.json is current', async () => {
    expect(await readFile('content/config.schema.json', 'utf8')).toBe(configJsonSchema());
  });

  it('schemas/notification.schema.json is current', async () => {
    expect(await readFile('schemas/notification.schema.json', 'utf8')).toBe(notificationJsonSchema());
  });

  it('describes every property, so editors see help for each field', () => {
    const undescribed: string[] = [];
    const walk = (node: unknown, path: string): void => {
      if (Array.isArray(node)) return node.forEach((item, i) => walk(item, `${path}[${i}]`));
      if (node === null || typeof node !== 'object') return;
      const record = node as Record<string, unknown>;
      if (record.properties && typeof record.properties === 'object') {
        for (const [key, value] of Object.entries(record.properties as Record<string, Record<string, unknown>>)) {
          const described = typeof value.description === 'string' || (Array.isArray(value.anyOf) && value.anyOf.every((v: Record<string, unknown>) => typeof v.description === 'string'));
          if (!described) undescribed.push(`${path}.${key}`);
        }
      }
      for (const [key, value] of Object.entries(record)) walk(value, `${path}/${key}`);
    };
    walk(JSON.parse(policyJsonSchema()), '');
    expect(undescribed).toEqual([]);
  });
});
