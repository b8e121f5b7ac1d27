const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A short piece of `body` around the first match, HTML-escaped, with every match of `tokens`
 * wrapped in <mark>. Without a match it is the start of the text.
 */
export function snippet(body: string, tokens: string[], width = 80): string {
  const flat = body.replace(/\s+/g, ' ').trim();
  const words = tokens.filter(Boolean).sort((a, b) => b.length - a.length);
  const pattern = words.length ? new RegExp(words.map(escapeRegExp).join('|'), 'gi') : null;
  const first = pattern ? flat.search(pattern) : -1;
  const start = Math.max(0, first - Math.floor(width / 3));
  const piece = flat.slice(start, start + width);
  const marked = pattern
    ? piece
        .split(pattern)
        .map(escapeHtml)
        .reduce((html, part, index, parts) => html + part + (index < parts.length - 1 ? `<mark>${escapeHtml(piece.match(pattern)![index])}</mark>` : ''), '')
    : escapeHtml(piece);
  return `${start > 0 ? '…' : ''}${marked}${start + width < flat.length ? '…' : ''}`;
}
