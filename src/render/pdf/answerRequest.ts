import { extname } from 'node:path/posix';
import type { RefusalReason } from './PdfDocument.ts';

/** Fake origin the page is loaded from; `.invalid` can never resolve to a real host. */
export const DOCUMENT_ORIGIN = 'https://policyforge.invalid';
/** URL of the HTML page itself; assets are resolved relative to it. */
export const DOCUMENT_URL = `${DOCUMENT_ORIGIN}/`;
/** Path prefix for files the printer adds (its stylesheet and footer font), apart from the document's assets. */
export const PRINTER_PREFIX = '__policyforge__/';

/** What to do with one request from the page. */
export type RequestAnswer =
  | { kind: 'respond'; contentType: string; body: Uint8Array | string }
  | { kind: 'refuse'; reason: RefusalReason; quiet?: boolean };

/** Files a page may load: the document's own and the printer's, keyed by path below the origin. */
export interface RequestFiles {
  html: string;
  assets: Record<string, Uint8Array | string>;
  printerAssets: Record<string, Uint8Array | string>;
}

const CONTENT_TYPES: Record<string, string> = {
  '.css': 'text/css; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
};

/** Decides how the interceptor answers a request: content from the given files, or a refusal. */
export function answerRequest(rawUrl: string, isNavigation: boolean, files: RequestFiles): RequestAnswer {
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    return { kind: 'refuse', reason: 'outside-origin' };
  }
  if (url.origin !== DOCUMENT_ORIGIN) return { kind: 'refuse', reason: 'outside-origin' };
  if (url.pathname === '/' && url.search === '') {
    return { kind: 'respond', contentType: 'text/html; charset=utf-8', body: files.html };
  }
  // Only the document itself may be navigated to: a meta refresh or a link
  // followed by the page must not replace what is being printed.
  if (isNavigation) return { kind: 'refuse', reason: 'navigation' };
  const path = decodePath(url.pathname.slice(1));
  const body = path === undefined ? undefined : lookupFile(path, files);
  if (path === undefined || body === undefined) {
    // Chromium asks for a favicon by itself; that is not a defect of the document.
    return { kind: 'refuse', reason: 'missing-asset', quiet: path === 'favicon.ico' };
  }
  const contentType = CONTENT_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
  return { kind: 'respond', contentType, body };
}

function lookupFile(path: string, files: RequestFiles): Uint8Array | string | undefined {
  if (path.startsWith(PRINTER_PREFIX)) return files.printerAssets[path.slice(PRINTER_PREFIX.length)];
  return files.assets[path];
}

function decodePath(path: string): string | undefined {
  try {
    return decodeURIComponent(path);
  } catch {
    return undefined;
  }
}
