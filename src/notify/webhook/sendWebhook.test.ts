import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { backoffDelay } from './backoffDelay.ts';
import { sendWebhook } from './sendWebhook.ts';
import { verifySignature } from './verifySignature.ts';

interface Received {
  headers: IncomingHttpHeaders;
  body: string;
  method: string | undefined;
}

interface TestServer {
  url: string;
  received: Received[];
  close: () => Promise<void>;
}

type Handler = (request: Received, response: ServerResponse, index: number) => void;

const servers: TestServer[] = [];

afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

async function startServer(handler: Handler): Promise<TestServer> {
  const received: Received[] = [];
  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const entry = { headers: request.headers, body: Buffer.concat(chunks).toString('utf8'), method: request.method };
      received.push(entry);
      handler(entry, response, received.length - 1);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const testServer: TestServer = {
    url: `http://127.0.0.1:${port}/hook`,
    received,
    close: () =>
      new Promise<void>((resolve) => {
        // Hanging handlers keep sockets open; drop them so close() can finish.
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  servers.push(testServer);
  return testServer;
}

function recordingSleep(): { delays: number[]; sleep: (ms: number) => Promise<void> } {
  const delays: number[] = [];
  return { delays, sleep: async (ms) => void delays.push(ms) };
}

const NOW_MS = 1_700_000_000_000;
const NOW_S = NOW_MS / 1000;
const body = JSON.stringify({ policy: 'privacy', version: '2.0.0' });
const key = 'policyforge:privacy:2.0.0:0123456789abcdef';
const secret = 'shh';
const now = () => NOW_MS;

describe('sendWebhook', () => {
  it('delivers on the first attempt with a signature the receiver can verify', async () => {
    const server = await startServer((request, response) => {
      const signature = String(request.headers['x-policyforge-signature'] ?? '');
      response.statusCode = verifySignature(request.body, signature, secret, { now: NOW_S }) ? 204 : 401;
      response.end();
    });
    const { delays, sleep } = recordingSleep();

    const result = await sendWebhook({ url: server.url, body, secret, idempotencyKey: key, sleep, now });

    expect(result).toEqual({ ok: true, attempts: 1, status: 204 });
    expect(delays).toEqual([]);
    const [request] = server.received;
    expect(request?.method).toBe('POST');
    expect(request?.body).toBe(body);
    expect(request?.headers['idempotency-key']).toBe(key);
    expect(request?.headers['content-type']).toBe('application/json');
    expect(request?.headers['user-agent']).toBe('policyforge');
  });

  it('sends no signature header without a secret, and a custom user agent when asked', async () => {
    const server = await startServer((_request, response) => response.end('ok'));
    const result = await sendWebhook({ url: server.url, body, idempotencyKey: key, userAgent: 'policyforge/0.1.0' });
    expect(result.ok).toBe(true);
    expect(server.received[0]?.headers['x-policyforge-signature']).toBeUndefined();
    expect(server.received[0]?.headers['user-agent']).toBe('policyforge/0.1.0');
  });

  it('retries 500s with backoff and succeeds on the third attempt, same key and body each time', async () => {
    const server = await startServer((_request, response, index) => {
      response.statusCode = index < 2 ? 500 : 200;
      response.end();
    });
    const { delays, sleep } = recordingSleep();

    const result = await sendWebhook({ url: server.url, body, secret, idempotencyKey: key, sleep, now });

    expect(result).toEqual({ ok: true, attempts: 3, status: 200 });
    expect(server.received).toHaveLength(3);
    for (const request of server.received) {
      expect(request.body).toBe(body);
      expect(request.headers['idempotency-key']).toBe(key);
      expect(verifySignature(request.body, String(request.headers['x-policyforge-signature']), secret, { now: NOW_S })).toBe(true);
    }
    expect(delays).toEqual([backoffDelay(1, 500, key), backoffDelay(2, 500, key)]);
    expect(delays[1]).toBeGreaterThan(delays[0] ?? Infinity);
  });

  it('does not retry a 400 and reports the status and response text', async () => {
    const server = await startServer((_request, response) => {
      response.statusCode = 400;
      response.end('missing field "version"');
    });
    const { delays, sleep } = recordingSleep();

    const result = await sendWebhook({ url: server.url, body, idempotencyKey: key, sleep, now });

    expect(result.ok).toBe(false);
    expect(result.status).toBe(400);
    expect(result.attempts).toBe(1);
    expect(result.error).toBe('HTTP 400 Bad Request: missing field "version"');
    expect(server.received).toHaveLength(1);
    expect(delays).toEqual([]);
  });

  it('gives up after maxAttempts against a server that always answers 503', async () => {
    const server = await startServer((_request, response) => {
      response.statusCode = 503;
      response.end();
    });
    const { delays, sleep } = recordingSleep();

    const result = await sendWebhook({ url: server.url, body, idempotencyKey: key, maxAttempts: 4, baseDelayMs: 100, sleep, now });

    expect(result).toEqual({ ok: false, attempts: 4, status: 503, error: 'HTTP 503 Service Unavailable' });
    expect(server.received).toHaveLength(4);
    // No sleep after the last attempt: giving up should be immediate.
    expect(delays).toHaveLength(3);
  });

  it('retries a refused connection, then reports the network error', async () => {
    const closed = await startServer(() => undefined);
    await closed.close();
    servers.splice(servers.indexOf(closed), 1);
    const { delays, sleep } = recordingSleep();

    const result = await sendWebhook({ url: closed.url, body, idempotencyKey: key, maxAttempts: 3, sleep, now });

    expect(result.ok).toBe(false);
    expect(result.attempts).toBe(3);
    expect(result.status).toBeUndefined();
    expect(result.error).toMatch(/ECONNREFUSED/);
    expect(delays).toHaveLength(2);
  });

  it('times out each attempt against a server that never answers', async () => {
    const server = await startServer(() => undefined);
    const { delays, sleep } = recordingSleep();

    const result = await sendWebhook({ url: server.url, body, idempotencyKey: key, maxAttempts: 2, timeoutMs: 100, sleep, now });

    expect(result).toEqual({ ok: false, attempts: 2, error: 'timed out after 100 ms' });
    expect(server.received).toHaveLength(2);
    expect(delays).toHaveLength(1);
  });

  it('keeps the status when a failing response stalls its body past the timeout', async () => {
    const server = await startServer((_request, response) => {
      response.writeHead(500, { 'content-type': 'text/plain' });
      response.write('partial');
    });

    const result = await sendWebhook({ url: server.url, body, idempotencyKey: key, maxAttempts: 1, timeoutMs: 100, now });

    expect(result).toEqual({ ok: false, attempts: 1, status: 500, error: 'HTTP 500 Internal Server Error' });
  });

  it('waits for Retry-After seconds on a 429 instead of the backoff', async () => {
    const server = await startServer((_request, response, index) => {
      if (index === 0) {
        response.writeHead(429, { 'retry-after': '7' });
        response.end();
      } else {
        response.end();
      }
    });
    const { delays, sleep } = recordingSleep();

    const result = await sendWebhook({ url: server.url, body, idempotencyKey: key, sleep, now });

    expect(result).toEqual({ ok: true, attempts: 2, status: 200 });
    expect(delays).toEqual([7000]);
  });

  it('caps a huge Retry-After and reads an HTTP-date against the injected clock', async () => {
    const server = await startServer((_request, response, index) => {
      const retryAfter = index === 0 ? '86400' : new Date(NOW_MS + 12_000).toUTCString();
      response.writeHead(index < 2 ? 503 : 200, index < 2 ? { 'retry-after': retryAfter } : {});
      response.end();
    });
    const { delays, sleep } = recordingSleep();

    const result = await sendWebhook({ url: server.url, body, idempotencyKey: key, sleep, now });

    expect(result.ok).toBe(true);
    expect(delays).toEqual([60_000, 12_000]);
  });

  it('does not follow redirects, which would turn the POST into a GET', async () => {
    const server = await startServer((_request, response) => {
      response.writeHead(302, { location: 'https://example.com/elsewhere' });
      response.end();
    });

    const result = await sendWebhook({ url: server.url, body, idempotencyKey: key, now });

    expect(result.ok).toBe(false);
    expect(result.status).toBe(302);
    expect(result.error).toMatch(/redirect to https:\/\/example\.com\/elsewhere not followed/);
    expect(server.received).toHaveLength(1);
  });

  it('throws for an invalid URL or a non-http scheme, saying how to fix it', async () => {
    await expect(sendWebhook({ url: 'not a url', body, idempotencyKey: key })).rejects.toThrow(/not a valid URL; use an absolute URL/);
    await expect(sendWebhook({ url: 'ftp://example.com/hook', body, idempotencyKey: key })).rejects.toThrow(
      /unsupported URL scheme "ftp:".*use an http:\/\/ or https:\/\/ URL/,
    );
  });

  it('throws for nonsense options rather than sending', async () => {
    const url = 'http://127.0.0.1:9/hook';
    await expect(sendWebhook({ url, body, idempotencyKey: key, maxAttempts: 0 })).rejects.toThrow(/maxAttempts must be a positive integer/);
    await expect(sendWebhook({ url, body, idempotencyKey: key, secret: '' })).rejects.toThrow(/secret is empty/);
  });
});
