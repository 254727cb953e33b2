import { cssString } from './cssString.ts';
import type { PdfFooter } from './PdfDocument.ts';
import { pdfFontCss } from './pdfFontCss.ts';

/** Family the footer is set in; separate from the page's own so the page's CSS cannot restyle it. */
export const FOOTER_FONT_FAMILY = 'PolicyForge Footer';

/** The printer's own stylesheet: the page footer as @page margin boxes, in the shipped font. */
export function renderPrintCss(footer: PdfFooter): string {
  // Margin boxes rather than puppeteer's footerTemplate: Chromium renders the
  // template in a separate document that ignores web fonts, so the footer would
  // fall back to a system font and differ from machine to machine.
  const box = `font-family: '${FOOTER_FONT_FAMILY}', serif; font-size: 8pt; color: #444; vertical-align: top; padding-top: 4mm;`;
  return `${pdfFontCss(FOOTER_FONT_FAMILY)}
@page {
  @bottom-left { content: ${cssString(footer.policyName)}; text-align: left; ${box} }
  @bottom-center { content: ${cssString(`Version ${footer.version} \u00b7 Issued ${footer.issued}`)}; text-align: center; ${box} }
  @bottom-right { content: "Page " counter(page) " of " counter(pages); text-align: right; ${box} }
}
`;
}
