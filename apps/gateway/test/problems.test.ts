import { mkdtemp, mkdir, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadCorpusDirectory } from "../src/load-corpus.js";
import { createMemoryStore } from "../src/store/index.js";
import { createExecutor } from "./harness.js";

/** A directory of articles written for this test: two good ones, and files the loader must refuse or flag. */
async function articlesDirectory(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "corpus-problems-"));
  await mkdir(join(dir, "late"));
  const article = (headline: string, body: string) => ` date 2024-05-02 ${headline}\n\n${body}\n`;
  await writeFile(join(dir, "good.txt"), article("Le ministre reçoit une délégation", "Le ministre a reçu mardi une délégation venue de Dakar pour parler du budget."));
  await writeFile(join(dir, "copy.txt"), article("Le ministre reçoit une délégation", "Le ministre a reçu mardi une délégation venue de Dakar pour parler du budget."));
  await writeFile(join(dir, "late", "no-header.txt"), "Ceci n'a pas d'en-tête du tout.\n\nEt pourtant un corps.\n");
  await writeFile(join(dir, "late", "empty.txt"), "   \n");
  await writeFile(join(dir, "latin1.txt"), Buffer.from([0x20, 0x64, 0x61, 0x74, 0x65, 0x20, 0xe9, 0xe9, 0x0a]));
  return dir;
}

const QUERY = `query($filter: ProblemFilter, $first: Int, $after: String) {
  problems(filter: $filter, first: $first, after: $after) {
    totalCount countsByCode { code count }
    nodes { file line code severity message }
    pageInfo { hasNextPage endCursor }
  }
}`;

describe("problems: what the loader could not load, and why", async () => {
  const loaded = await loadCorpusDirectory(await articlesDirectory());
  const run = createExecutor(createMemoryStore(loaded.corpus));

  it("lists every problem the loader reported, with file, code, severity and message", async () => {
    const { data, errors } = await run(QUERY);
    expect(errors).toBeUndefined();
    const page = data!.problems;
    expect(page.totalCount).toBe(loaded.corpus.problems.length);
    expect(page.nodes).toEqual(loaded.corpus.problems);
    const files = page.nodes.map((problem: { file: string }) => problem.file);
    expect(files).toEqual(expect.arrayContaining(["late/no-header.txt", "late/empty.txt", "latin1.txt"]));
    expect(files.some((file: string) => file === "copy.txt" || file === "good.txt")).toBe(true);
    for (const problem of page.nodes) expect(problem.message.length).toBeGreaterThan(0);
    const counted = page.countsByCode.reduce((sum: number, entry: { count: number }) => sum + entry.count, 0);
    expect(counted).toBe(page.totalCount);
  });

  it("filters by code, severity, file and folder, and pages", async () => {
    const byCode = await run(QUERY, { filter: { codes: ["EMPTY"] } });
    expect(byCode.data!.problems.nodes.map((p: { file: string }) => p.file)).toEqual(["late/empty.txt"]);
    const inFolder = await run(QUERY, { filter: { filePrefix: "late/" } });
    expect(inFolder.data!.problems.nodes.map((p: { file: string }) => p.file).sort()).toEqual(["late/empty.txt", "late/no-header.txt"]);
    const byFile = await run(QUERY, { filter: { files: ["latin1.txt"], severities: ["ERROR"] } });
    expect(byFile.data!.problems.nodes).toMatchObject([{ file: "latin1.txt", severity: "ERROR" }]);
    const warnings = await run(QUERY, { filter: { severities: ["WARNING"], codes: ["EMPTY"] } });
    expect(warnings.data!.problems.totalCount).toBe(0);

    const first = await run(QUERY, { first: 2 });
    const rest = await run(QUERY, { first: 100, after: first.data!.problems.pageInfo.endCursor });
    const all = await run(QUERY);
    expect([...first.data!.problems.nodes, ...rest.data!.problems.nodes]).toEqual(all.data!.problems.nodes);
    expect(first.data!.problems.pageInfo.hasNextPage).toBe(true);
  });

  it("refuses a bad code as a validation error and a cursor that is not one", async () => {
    expect((await run(QUERY, { filter: { codes: ["NOPE"] } })).errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect((await run(QUERY, { after: "bm90LWEtY3Vyc29y" })).errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });
});
