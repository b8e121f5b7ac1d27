import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict';
import { cleanText } from './clean-text';

/**
 * Function words, plus 关于 / 建议 / 问题: nearly every item title is "关于……的建议" and nearly
 * every body has a 问题 part, so these match everything and rank nothing.
 */
const STOP_WORDS = new Set([
  '的', '了', '和', '与', '及', '是', '在', '对', '等', '也', '就', '都', '而', '并', '或', '其', '之',
  '关于', '建议', '问题',
]);
/** Tokens made only of punctuation, symbols or spaces. */
const NOT_A_WORD = /^[\p{P}\p{S}\s]*$/u;

let jieba: Jieba | undefined;

/** Loading the dictionary takes 100–200 ms, so one instance, built on first use. */
function instance(): Jieba {
  jieba ??= Jieba.withDict(dict);
  return jieba;
}

/** Cleaned, NFKC (full-width letters and digits become ASCII) and lower-cased. */
export function foldText(text: string): string {
  return cleanText(text).normalize('NFKC').toLowerCase();
}

/**
 * Search tokens in order: jieba's search mode also yields the short words inside long ones
 * (服务体系 → 服务, 体系, 服务体系).
 */
export function segment(text: string): string[] {
  const folded = foldText(text);
  if (folded === '') return [];
  return instance()
    .cutForSearch(folded, true)
    .filter((token) => !NOT_A_WORD.test(token) && !STOP_WORDS.has(token));
}

/** Text for PostgreSQL `to_tsvector('simple', …)`: the tokens, space-separated. */
export function tsvectorText(text: string): string {
  return segment(text).join(' ');
}

/** A search query cut the way documents are, each token once. */
export function segmentQuery(q: string): string[] {
  return [...new Set(segment(q))];
}
