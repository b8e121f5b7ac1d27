/** The API's similarity (0–1) as a whole percentage. */
export function similarityPercent(similarity: number): number {
  return Math.round(similarity <= 1 ? similarity * 100 : similarity);
}
