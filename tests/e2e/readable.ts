// Text as a reader reads it: without the soft hyphens and word joiners the site's typesetting
// puts into words and numbers (src/text/typeset-html.ts), which are invisible unless a line
// breaks there. Tests that match words or numbers in page text read it through this.
export function readable(text: string | null): string {
  return (text ?? '').replace(/[\u00ad\u2060]/g, '');
}
