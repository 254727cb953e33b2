import { FONT_ASSET_DIR, SOURCE_SERIF_FACES } from './sourceSerifFaces.ts';

/** Family name declared by pdfFontCss(). */
export const PDF_FONT_FAMILY = 'Source Serif 4';

/** @font-face rules for the shipped Source Serif 4, with relative URLs answered by pdfFontAssets(). */
export function pdfFontCss(family: string = PDF_FONT_FAMILY): string {
  return SOURCE_SERIF_FACES.map(
    (face) =>
      `@font-face {\n  font-family: '${family}';\n  font-style: ${face.style};\n  font-weight: ${face.weight};\n` +
      // 'block' so that a late font never leaves fallback glyphs in the PDF.
      `  font-display: block;\n  src: url('${FONT_ASSET_DIR}/${face.file}') format('woff2');\n}\n`,
  ).join('');
}
