// Entry for the webhook sender: sign, key and POST release notifications, and verify them on receipt.
export { signPayload } from './signPayload.ts';
export { verifySignature, type VerifySignatureOptions } from './verifySignature.ts';
export { idempotencyKey } from './idempotencyKey.ts';
export { sendWebhook, type SendWebhookOptions, type WebhookResult } from './sendWebhook.ts';
