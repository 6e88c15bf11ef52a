/**
 * The article id is derived from the file's path relative to the loaded directory, so it is the
 * same on every run and on every machine: `2024/niger-russie.txt` → `2024/niger-russie`.
 * Accents are folded and any character outside `[A-Za-z0-9._-]` becomes `-`, segment by segment,
 * so ids are safe in URLs and GraphQL variables. Two paths can fold to the same id; the corpus
 * assembler disambiguates those (see `uniqueArticleIds`).
 */
export function articleIdFromFile(file: string): string {
  const withoutExtension = file.replace(/\.txt$/i, "");
  const segments = withoutExtension
    .split(/[\\/]+/)
    .map(safeSegment)
    .filter((segment) => segment !== "");
  return segments.length > 0 ? segments.join("/") : "article";
}

function safeSegment(segment: string): string {
  return segment
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .replace(/[^A-Za-z0-9._-]+/g, "-")
    .replace(/^[.-]+|-+$/g, "");
}
