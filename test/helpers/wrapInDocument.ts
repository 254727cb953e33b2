/** Wraps an HTML fragment in the smallest valid document, so a validator or browser can judge the fragment alone. */
export function wrapInDocument(fragment: string, options: { title: string; lang?: string; css?: string }): string {
  const style = options.css === undefined ? '' : `<style>\n${options.css}</style>\n`;
  return `<!DOCTYPE html>
<html lang="${options.lang ?? 'en-GB'}">
<head>
<meta charset="utf-8">
<title>${options.title}</title>
${style}</head>
<body>
<main>
${fragment}</main>
</body>
</html>
`;
}
