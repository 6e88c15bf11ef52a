import { expect, test } from "vitest";
import { articleIdFromFile } from "./article-id.js";

test.each([
  ["000_be9aa5736564381f.txt", "000_be9aa5736564381f"],
  ["2024/avril/niger.txt", "2024/avril/niger"],
  ["sub\\windows.TXT", "sub/windows"],
  ["Élection présidentielle (1).txt", "Election-presidentielle-1"],
  [".cache/x.txt", "cache/x"],
  ["«».txt", "article"],
])("%j → %j", (file, id) => {
  expect(articleIdFromFile(file)).toBe(id);
});
