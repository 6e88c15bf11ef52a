import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, expect, test } from "vitest";
import { listTextFiles } from "./list-text-files.js";

const dir = mkdtempSync(join(tmpdir(), "loader-list-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test("finds *.txt recursively, sorted by code unit, skipping other files and hidden directories", () => {
  for (const path of ["b.txt", "a.TXT", "Z.txt", "sub/c.txt", "sub/deeper/d.txt", "notes.md", ".git/e.txt", "sub/.cache/f.txt"]) {
    mkdirSync(join(dir, path, ".."), { recursive: true });
    writeFileSync(join(dir, path), "x");
  }
  symlinkSync(join(dir, "b.txt"), join(dir, "link.txt"));
  symlinkSync(join(dir, "sub"), join(dir, "loop"));
  expect(listTextFiles(dir)).toEqual(["Z.txt", "a.TXT", "b.txt", "link.txt", "sub/c.txt", "sub/deeper/d.txt"]);
});

test("throws for a directory that does not exist", () => {
  expect(() => listTextFiles(join(dir, "nope"))).toThrow(/ENOENT/);
});
