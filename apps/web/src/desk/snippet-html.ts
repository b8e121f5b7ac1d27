/** Plain text with nothing but <mark>…</mark> in it: the only markup a search snippet may carry. */
const SAFE_SNIPPET = /^[^<]*(<mark>[^<]*<\/mark>[^<]*)*$/;

export function isSafeSnippet(html: string): boolean {
  return SAFE_SNIPPET.test(html);
}
