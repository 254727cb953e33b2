// Entry of the PDF stage: the only module the build imports from src/render/pdf.
export { BrowserNotFoundError } from './BrowserNotFoundError.ts';
export { findBrowser } from './findBrowser.ts';
export { launchBrowser } from './launchBrowser.ts';
export { PdfBrowser } from './PdfBrowser.ts';
export { PdfPrintError } from './PdfPrintError.ts';
export { printPdfs } from './printPdfs.ts';
export { pdfFontAssets } from './pdfFontAssets.ts';
export { pdfFontCss, PDF_FONT_FAMILY } from './pdfFontCss.ts';
export type { PdfDocument, PdfFooter, PdfPaper, PrintPdfsOptions, RefusedRequest, RefusalReason } from './PdfDocument.ts';
