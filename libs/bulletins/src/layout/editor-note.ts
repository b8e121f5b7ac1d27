/**
 * A heading typed in front of the note by the editor: 编者按：, 编者按:, 【编者按】, [编者按], 〔编者按〕,
 * （编者按）, with or without spaces and a colon after the brackets. The layout prints its own heading.
 */
const TYPED_HEADING = /^\s*(?:编者按\s*[：:]|[【[〔（(]\s*编者按\s*[】\]〕）)]\s*[：:]?)\s*/u;

/**
 * A 编者按 as it is stored and printed after the layout's own "编者按：": trimmed, one heading the editor
 * typed in front of it taken off, null when nothing is left.
 */
export function editorNoteText(text: string | null | undefined): string | null {
  return (text ?? '').replace(TYPED_HEADING, '').trim() || null;
}
