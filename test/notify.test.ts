import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.ts';
import { NotificationSchema } from '../src/model/notification.ts';
import { verifySignature } from '../src/notify/index.ts';
import { tempProject, type TempProject } from './helpers/tempProject.ts';

interface Received {
  body: string;
  headers: IncomingMessage['headers'];
}

/** A real HTTP server on loopback that answers with the given statuses in turn, then 200. */
async function webhookServer(statuses: number[]): Promise<{ url: string; received: Received[]; close(): Promise<void> }> {
  const received: Received[] = [];
  const queue = [...statuses];
  const server: Server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => {
      received.push({ body, headers: request.headers });
      response.statusCode = queue.shift() ?? 200;
      response.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/hooks/policy`, received, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

let project: TempProject;
const SECRET = 'test-secret-for-loopback';

async function notify(url: string, version = '2026-12-01', env: Record<string, string> = { POLICYFORGE_WEBHOOK_SECRET: SECRET }) {
  let stdout = '';
  let stderr = '';
  const code = await main(['notify', 'xstek', version, '--webhook', url, '--content', project.content, '--templates', project.templates], {
    stdout: { write: (t: string) => (stdout += t) },
    stderr: { write: (t: string) => (stderr += t) },
    env,
  });
  return { code, stdout, stderr };
}

beforeAll(async () => {
  project = await tempProject();
  const file = path.join(project.content, 'xstek/policy.yaml');
  const text = await readFile(file, 'utf8');
  await writeFile(file, text.replace('\ntransfers:\n', '  - id: mailing-house\n    kind: processor\n    description: "A mailing house that prints and posts our letters."\n\ntransfers:\n'));
  await writeFile(path.join(project.content, 'xstek/changes/mailing.md'), '---\ntier: material\nsummary: A mailing house now prints and posts our letters to you.\n---\n');
  const release = await project.run(['release', 'xstek', '--issued', '2026-12-01', '--effective', '2026-12-31']);
  expect(release.code, release.stderr).toBe(0);
});
afterAll(() => project.remove());

describe('policyforge notify', () => {
  it('POSTs the notification signed with HMAC-SHA256 and a stable idempotency key', async () => {
    const server = await webhookServer([]);
    try {
      const first = await notify(server.url);
      const second = await notify(server.url);
      expect(first.code, first.stderr).toBe(0);
      expect(second.code).toBe(0);
      expect(server.received).toHaveLength(2);
      const [a, b] = server.received as [Received, Received];
      const notification = NotificationSchema.parse(JSON.parse(a.body));
      expect(notification).toMatchObject({ policy: 'xstek', version: '2026-12-01', tier: 'material' });
      expect(verifySignature(a.body, String(a.headers['x-policyforge-signature']), SECRET)).toBe(true);
      expect(verifySignature(a.body, String(a.headers['x-policyforge-signature']), 'another-secret')).toBe(false);
      expect(a.headers['idempotency-key']).toBe(notification.id);
      expect(b.headers['idempotency-key']).toBe(a.headers['idempotency-key']);
      expect(b.body).toBe(a.body);
      expect(first.stdout).toContain(`key ${notification.id}`);
    } finally {
      await server.close();
    }
  });

  it('retries a server that fails twice, then succeeds', async () => {
    const server = await webhookServer([500, 503]);
    try {
      const run = await notify(server.url);
      expect(run.code, run.stderr).toBe(0);
      expect(run.stdout).toContain('HTTP 200 after 3 attempt(s)');
      expect(new Set(server.received.map((r) => r.headers['idempotency-key'])).size).toBe(1);
    } finally {
      await server.close();
    }
  });

  it('gives up on a client error and exits non-zero with the status', async () => {
    const server = await webhookServer([410]);
    try {
      const run = await notify(server.url);
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(/gave up after 1 attempt\(s\): HTTP 410/);
    } finally {
      await server.close();
    }
  });

  it('refuses to notify an editorial release, or without a secret', async () => {
    const server = await webhookServer([]);
    try {
      const editorial = await notify(server.url, '2026-11-25');
      expect(editorial.code).toBe(1);
      expect(editorial.stderr).toContain('release 2026-11-25 is editorial; only material and fundamental changes are notified.');
      const noSecret = await notify(server.url, '2026-12-01', {});
      expect(noSecret.code).toBe(1);
      expect(noSecret.stderr).toContain('POLICYFORGE_WEBHOOK_SECRET');
      expect(server.received).toHaveLength(0);
    } finally {
      await server.close();
    }
  });
});
