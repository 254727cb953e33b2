/** The Source Serif 4 faces shipped into every PDF, as @fontsource file names. */
export const SOURCE_SERIF_FACES = [
  { weight: 400, style: 'normal', file: 'source-serif-4-latin-400-normal.woff2' },
  { weight: 700, style: 'normal', file: 'source-serif-4-latin-700-normal.woff2' },
  { weight: 400, style: 'italic', file: 'source-serif-4-latin-400-italic.woff2' },
] as const;

/** Folder, relative to the page, that font assets are served from. */
export const FONT_ASSET_DIR = 'fonts';
