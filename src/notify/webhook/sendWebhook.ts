import { assertWebhookUrl } from './assertWebhookUrl.ts';
import { backoffDelay } from './backoffDelay.ts';
import { parseRetryAfter } from './parseRetryAfter.ts';
import { signPayload } from './signPayload.ts';

/** Options for {@link sendWebhook}. */
export interface SendWebhookOptions {
  /** Absolute http(s) URL to POST to. */
  url: string;
  /** JSON request body, sent byte-for-byte on every attempt. */
  body: string;
  /** Shared secret; when given, each request carries `x-policyforge-signature`. */
  secret?: string;
  /** Sent as `idempotency-key` on every attempt so the receiver can drop duplicates. */
  idempotencyKey: string;
  /** Total attempts including the first. Default 5. */
  maxAttempts?: number;
  /** First backoff delay in milliseconds; doubles per retry. Default 500. */
  baseDelayMs?: number;
  /** Per-attempt timeout in milliseconds, covering connect, headers and body. Default 10000. */
  timeoutMs?: number;
  /** Waits between attempts; inject a recorder in tests. */
  sleep?: (ms: number) => Promise<void>;
  /** Current time in epoch milliseconds; used for the signature timestamp and Retry-After dates. */
  now?: () => number;
  /** `user-agent` header. Default `policyforge`. */
  userAgent?: string;
}

/** Outcome of {@link sendWebhook}: the last status or error seen when it gave up. */
export interface WebhookResult {
  ok: boolean;
  attempts: number;
  status?: number;
  error?: string;
}

interface AttemptOutcome {
  result: WebhookResult;
  retry: boolean;
  retryAfterMs?: number;
}

const ERROR_BODY_CHARS = 200;

const realSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** POST a JSON body to a webhook with signing, an idempotency key and bounded retries; resolves with the outcome, never throws for HTTP failures. */
export async function sendWebhook(options: SendWebhookOptions): Promise<WebhookResult> {
  const url = assertWebhookUrl(options.url);
  const maxAttempts = options.maxAttempts ?? 5;
  const baseDelayMs = options.baseDelayMs ?? 500;
  const timeoutMs = options.timeoutMs ?? 10_000;
  assertPositiveInteger('maxAttempts', maxAttempts);
  assertPositiveInteger('timeoutMs', timeoutMs);
  if (!Number.isFinite(baseDelayMs) || baseDelayMs < 0) {
    throw new Error(`sendWebhook: baseDelayMs must be a non-negative number of milliseconds, got ${baseDelayMs}`);
  }
  if (options.secret === '') {
    throw new Error('sendWebhook: secret is empty (an unset environment variable?); set it, or omit it to send unsigned');
  }
  const sleep = options.sleep ?? realSleep;
  const now = options.now ?? Date.now;

  let last: WebhookResult = { ok: false, attempts: 0 };
  for (let attempt = 1; attempt <= maxAttempts; attempt++) {
    const headers: Record<string, string> = {
      'content-type': 'application/json',
      'idempotency-key': options.idempotencyKey,
      'user-agent': options.userAgent ?? 'policyforge',
    };
    if (options.secret !== undefined) {
      // Signed per attempt (same body, fresh timestamp) so a retry that comes minutes later
      // still falls inside the receiver's replay tolerance; the idempotency key dedupes.
      headers['x-policyforge-signature'] = signPayload(options.body, options.secret, Math.floor(now() / 1000));
    }
    const outcome = await attemptOnce(url, options.body, headers, timeoutMs, now);
    last = { ...outcome.result, attempts: attempt };
    if (!outcome.retry || attempt === maxAttempts) return last;
    await sleep(outcome.retryAfterMs ?? backoffDelay(attempt, baseDelayMs, options.idempotencyKey));
  }
  return last;
}

async function attemptOnce(
  url: URL,
  body: string,
  headers: Record<string, string>,
  timeoutMs: number,
  now: () => number,
): Promise<AttemptOutcome> {
  // One signal for the whole exchange, so a server that sends headers then stalls the body still times out.
  const signal = AbortSignal.timeout(timeoutMs);
  try {
    // Redirects are not followed: fetch would turn a 301/302 POST into a GET and drop the payload.
    const response = await fetch(url, { method: 'POST', headers, body, signal, redirect: 'manual' });
    const status = response.status;
    if (status >= 200 && status < 300) {
      await response.body?.cancel();
      return { result: { ok: true, attempts: 0, status }, retry: false };
    }
    const text = await readSnippet(response);
    const error = describeStatus(response, text);
    const retry = status === 429 || status >= 500;
    const retryAfterMs = retry ? parseRetryAfter(response.headers.get('retry-after'), now()) : undefined;
    return { result: { ok: false, attempts: 0, status, error }, retry, retryAfterMs };
  } catch (cause) {
    return { result: { ok: false, attempts: 0, error: describeError(cause, timeoutMs) }, retry: true };
  }
}

async function readSnippet(response: Response): Promise<string> {
  let text: string;
  try {
    text = await response.text();
  } catch {
    // The status already says what happened; a body that stalls or breaks must not hide it.
    return '';
  }
  return text.length > ERROR_BODY_CHARS ? `${text.slice(0, ERROR_BODY_CHARS)}…` : text;
}

function describeStatus(response: Response, text: string): string {
  const head = `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
  if (response.status >= 300 && response.status < 400) {
    const location = response.headers.get('location');
    return `${head}: redirect${location ? ` to ${location}` : ''} not followed; configure the final URL`;
  }
  const trimmed = text.trim();
  return trimmed === '' ? head : `${head}: ${trimmed}`;
}

function describeError(cause: unknown, timeoutMs: number): string {
  if (cause instanceof Error && cause.name === 'TimeoutError') return `timed out after ${timeoutMs} ms`;
  if (cause instanceof Error) {
    // undici reports "fetch failed" and hides the useful part (ECONNREFUSED, DNS, TLS) in `cause`.
    const inner = cause.cause;
    if (inner instanceof Error && inner.message) return `${cause.message}: ${inner.message}`;
    return cause.message;
  }
  return String(cause);
}

function assertPositiveInteger(name: string, value: number): void {
  if (!Number.isSafeInteger(value) || value < 1) {
    throw new Error(`sendWebhook: ${name} must be a positive integer, got ${value}`);
  }
}
