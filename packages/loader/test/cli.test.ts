import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { Corpus } from "@corpus/schema";
import { afterAll, beforeAll, describe, expect, test } from "vitest";

// Runs the built command (dist/cli.js, through the committed bin launcher) as a user would.
// turbo's test task builds the package first.
const packageDir = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const launcher = join(packageDir, "bin", "corpus.js");
const seeds = resolve(packageDir, "../../seeds");

function corpus(args: string[], cwd?: string) {
  const run = spawnSync(process.execPath, [launcher, ...args], { encoding: "utf8", cwd, env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: undefined } });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

let dir: string;
let out: string;

beforeAll(() => {
  if (!existsSync(join(packageDir, "dist", "cli.js"))) throw new Error("dist/cli.js is missing: run `npx turbo run build --filter=@corpus/loader` first");
  dir = mkdtempSync(join(tmpdir(), "corpus-cli-"));
  out = join(dir, "out");
  const docs = join(dir, "docs");
  const files: Record<string, string | Buffer> = {
    "good.txt": " date 2024-04-10 La France et le Mali signent un accord\n\nLa France a signé mardi un accord avec le Mali. M. Dupont s'en félicite.\n",
    "good-too.txt": "date 2023 Talks in Geneva\n\nThe talks resumed on Monday. Mr. Smith attended.\n",
    "latin1.txt": Buffer.from(" date 2024 Titre\n\nLe d\xe9put\xe9 parle.\n", "latin1"),
    "binary.txt": Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]),
    "empty.txt": "",
    "no-header.txt": "Un texte sans en-tête.\n\nDeuxième paragraphe.\n",
    "month-13.txt": " date 2024-13 Titre impossible\n\nTexte.\n",
    "z-copy.txt": " date 2024-04-10 La France et le Mali signent un accord\n\nLa France a signé mardi un accord avec le Mali.\nM. Dupont s'en félicite.\n",
    "readme.md": "not an article",
  };
  for (const [name, content] of Object.entries(files)) {
    const path = join(docs, name);
    mkdirSync(docs, { recursive: true });
    writeFileSync(path, content);
  }
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("corpus build", { timeout: 30_000 }, () => {
  test("loads the good documents, prints one diagnostic per bad one, and writes a valid corpus", () => {
    const target = `${out}-1.json`;
    const run = corpus(["build", join(dir, "docs"), "--out", target]);
    expect(run.status).toBe(0);
    const docs = join(dir, "docs");
    const lines = run.stderr.trim().split("\n");
    expect(lines).toEqual(
      expect.arrayContaining([
        expect.stringMatching(new RegExp(`^${docs}/binary\\.txt:\\d+: BINARY `)),
        `${docs}/z-copy.txt: DUPLICATE same title and body as good.txt; skipped`,
        `${docs}/empty.txt: EMPTY file is empty`,
        expect.stringMatching(new RegExp(`^${docs}/latin1\\.txt:3: NOT_UTF8 `)),
        expect.stringMatching(new RegExp(`^${docs}/month-13\\.txt:1: INVALID_DATE header date 2024-13 does not exist`)),
        expect.stringMatching(new RegExp(`^${docs}/no-header\\.txt:1: MISSING_HEADER `)),
      ]),
    );
    expect(lines.at(-1)).toMatch(/^corpus: 2 articles, \d+ actors?, \d+ events? from 8 files; 6 problems \(6 errors, 0 warnings\); [\d.]+ s, \d+ articles\/s → /);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    const written = Corpus.parse(JSON.parse(readFileSync(target, "utf8")));
    expect(written.articles.map((a) => a.id)).toEqual(["good", "good-too"]);
    expect(written.problems).toHaveLength(6);
  });

  test("--strict exits 1 when there are problems, and 0 on a clean directory", () => {
    expect(corpus(["build", join(dir, "docs"), "--out", `${out}-2.json`, "--strict"]).status).toBe(1);
    expect(corpus(["build", seeds, "--out", `${out}-3.json`, "--strict"]).status).toBe(0);
  });

  test("--quiet prints only the diagnostics", () => {
    const run = corpus(["build", join(dir, "docs"), "--out", `${out}-4.json`, "--quiet"]);
    expect(run.stderr.trim().split("\n")).toHaveLength(6);
  });

  test("writes byte-identical output on re-runs, with or without worker threads", () => {
    corpus(["build", seeds, "--out", `${out}-5.json`]);
    corpus(["build", seeds, "--out", `${out}-6.json`]);
    corpus(["build", seeds, "--out", `${out}-7.json`, "--workers", "2"]);
    expect(readFileSync(`${out}-6.json`)).toEqual(readFileSync(`${out}-5.json`));
    expect(readFileSync(`${out}-7.json`)).toEqual(readFileSync(`${out}-5.json`));
  });

  test.each([
    [["build", "/definitely/not/here", "--out", "x.json"], 2, /cannot read directory \/definitely\/not\/here: no such file or directory/],
    [["build", "seeds-without-out"], 2, /required option '-o, --out <file>'/],
    [["build", "docs", "-o", "x.json", "--bogus"], 2, /unknown option '--bogus'/],
    [["frobnicate"], 2, /unknown command 'frobnicate'/],
    [["build", "docs", "-o", "x.json", "--workers", "0"], 2, /option '-w, --workers <n>' argument '0' is invalid/],
  ])("usage errors exit 2 with one clear line: %j", (args, status, message) => {
    const run = corpus(args as string[]);
    expect(run.status).toBe(status);
    expect(run.stderr).toMatch(message);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  test("an unwritable output is a one-line error, exit 1", () => {
    const run = corpus(["build", seeds, "--out", join(dir, "no-such-dir", "corpus.json")]);
    expect(run.status).toBe(1);
    expect(run.stderr.trim()).toMatch(/cannot write .*corpus\.json: no such file or directory$/);
  });
});

describe("corpus inspect", { timeout: 30_000 }, () => {
  test("prints header, language, segmentation, actors and events of one article", () => {
    const file = join(dir, "docs", "good.txt");
    const run = corpus(["inspect", file]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(file);
    expect(run.stdout).toMatch(/title\s+La France et le Mali signent un accord/);
    expect(run.stdout).toMatch(/published\s+2024-04-10 \(day\)/);
    expect(run.stdout).toMatch(/language\s+fr/);
    expect(run.stdout).toMatch(/text\s+1 paragraphs, 2 sentences, \d+ words/);
    expect(run.stdout).toMatch(/^Actors \(\d+\)$/m);
    expect(run.stdout).toMatch(/^Events \(\d+\)$/m);
    expect(run.stdout).not.toMatch(/\x1b\[/);
  });

  test("--json prints the one-article corpus", () => {
    const run = corpus(["inspect", join(dir, "docs", "good-too.txt"), "--json"]);
    const parsed = Corpus.parse(JSON.parse(run.stdout));
    expect(parsed.articles.map((a) => [a.id, a.language])).toEqual([["good-too", "en"]]);
  });

  test("a bad document shows its diagnostic and exits 1; a missing file exits 2", () => {
    const bad = corpus(["inspect", join(dir, "docs", "month-13.txt")]);
    expect(bad.status).toBe(1);
    expect(bad.stdout).toMatch(/month-13\.txt:1: INVALID_DATE/);
    const missing = corpus(["inspect", join(dir, "nope.txt")]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/cannot read .*nope\.txt: no such file or directory/);
  });
});
