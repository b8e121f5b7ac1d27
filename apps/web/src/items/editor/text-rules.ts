/** Hard limits of the API and the field's convention (DESIGN.md: normally ≤ 1,500 characters). */
export const TITLE_MAX = 100;
export const BODY_MAX = 20_000;
export const BODY_CONVENTION = 1_500;

/** Characters as the convention counts them: without whitespace. */
export function countBody(text: string): number {
  return [...text.replace(/\s/g, '')].length;
}

/** The convention as a warning that never blocks saving or submitting; undefined when kept. */
export function bodyConventionWarning(body: string): string | undefined {
  const count = countBody(body);
  if (count <= BODY_CONVENTION) return undefined;
  return `正文已 ${count.toLocaleString()} 字，超过一般不超过 ${BODY_CONVENTION.toLocaleString()} 字的惯例，建议精简`;
}
