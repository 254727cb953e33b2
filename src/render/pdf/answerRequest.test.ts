import { describe, expect, it } from 'vitest';
import { answerRequest, DOCUMENT_URL, type RequestFiles } from './answerRequest.ts';

const files: RequestFiles = {
  html: '<!doctype html><title>t</title>',
  assets: { 'notice.css': 'body{}', 'fonts/a b.woff2': new Uint8Array([1, 2]) },
  printerAssets: { 'print.css': '@page{}' },
};

describe('answerRequest', () => {
  it('serves the document at the root and assets below it', () => {
    expect(answerRequest(DOCUMENT_URL, true, files)).toMatchObject({ kind: 'respond', body: files.html });
    expect(answerRequest(`${DOCUMENT_URL}notice.css?v=1`, false, files)).toMatchObject({
      kind: 'respond',
      contentType: 'text/css; charset=utf-8',
      body: 'body{}',
    });
    expect(answerRequest(`${DOCUMENT_URL}fonts/a%20b.woff2`, false, files)).toMatchObject({ contentType: 'font/woff2' });
    expect(answerRequest(`${DOCUMENT_URL}__policyforge__/print.css`, false, files)).toMatchObject({ body: '@page{}' });
  });

  it.each([
    'https://example.com/x.png',
    'http://policyforge.invalid/notice.css',
    'https://policyforge.invalid:8443/notice.css',
    'file:///etc/passwd',
    'ftp://example.com/x',
    'not a url',
  ])('refuses %s as outside the document origin', (url) => {
    expect(answerRequest(url, false, files)).toEqual({ kind: 'refuse', reason: 'outside-origin' });
  });

  it('refuses navigation away from the document and missing assets', () => {
    expect(answerRequest(`${DOCUMENT_URL}notice.css`, true, files)).toEqual({ kind: 'refuse', reason: 'navigation' });
    expect(answerRequest(`${DOCUMENT_URL}missing.png`, false, files)).toEqual({ kind: 'refuse', reason: 'missing-asset', quiet: false });
    expect(answerRequest(`${DOCUMENT_URL}%E0%A4%A`, false, files)).toMatchObject({ kind: 'refuse', reason: 'missing-asset' });
    expect(answerRequest(`${DOCUMENT_URL}favicon.ico`, false, files)).toMatchObject({ quiet: true });
  });

  it('does not serve printer files from the document assets or the other way round', () => {
    expect(answerRequest(`${DOCUMENT_URL}print.css`, false, files)).toMatchObject({ kind: 'refuse' });
    expect(answerRequest(`${DOCUMENT_URL}__policyforge__/notice.css`, false, files)).toMatchObject({ kind: 'refuse' });
  });
});
