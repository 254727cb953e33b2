/** Parse a webhook URL, throwing an error that says how to fix it unless it is an absolute http(s) URL. */
export function assertWebhookUrl(url: string): URL {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch (cause) {
    throw new Error(
      `sendWebhook: "${url}" is not a valid URL; use an absolute URL such as https://example.com/hooks/policyforge`,
      { cause },
    );
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new Error(
      `sendWebhook: unsupported URL scheme "${parsed.protocol}" in the webhook URL; use an http:// or https:// URL`,
    );
  }
  return parsed;
}
