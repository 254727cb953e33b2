import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { FONT_ASSET_DIR, SOURCE_SERIF_FACES } from './sourceSerifFaces.ts';

const require = createRequire(import.meta.url);

/** Font files for pdfFontCss(), keyed by the relative path the CSS asks for. */
export function pdfFontAssets(): Record<string, Uint8Array> {
  const assets: Record<string, Uint8Array> = {};
  for (const face of SOURCE_SERIF_FACES) {
    // Resolved through the package so the font is the pinned dependency, never a system font.
    const path = require.resolve(`@fontsource/source-serif-4/files/${face.file}`);
    assets[`${FONT_ASSET_DIR}/${face.file}`] = new Uint8Array(readFileSync(path));
  }
  return assets;
}
