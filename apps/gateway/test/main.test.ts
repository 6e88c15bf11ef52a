import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { fixtureCorpus } from "./fixtures/corpus.js";
import { postJson } from "./harness.js";

const MAIN = fileURLToPath(new URL("../dist/main.js", import.meta.url));
const built = existsSync(MAIN);
if (!built) console.warn(`skipping the program tests: ${MAIN} is not built (run npm run build)`);

/** Starts dist/main.js and resolves with its "ready" log line and every line it prints. */
async function startMain(env: Record<string, string>): Promise<{ child: ChildProcess; ready: Record<string, any>; lines: Record<string, any>[] }> {
  const child = spawn(process.execPath, [MAIN], { env: { PATH: process.env.PATH, PORT: "0", HOST: "127.0.0.1", ...env }, stdio: ["ignore", "pipe", "pipe"] });
  const lines: Record<string, any>[] = [];
  const ready = await new Promise<Record<string, any>>((resolve, reject) => {
    let buffer = "";
    child.stdout!.on("data", (chunk: Buffer) => {
      buffer += chunk.toString();
      for (let newline = buffer.indexOf("\n"); newline >= 0; newline = buffer.indexOf("\n")) {
        const line = JSON.parse(buffer.slice(0, newline)) as Record<string, any>;
        buffer = buffer.slice(newline + 1);
        lines.push(line);
        if (typeof line.url === "string") resolve(line);
      }
    });
    child.once("exit", (code) => reject(new Error(`main exited with ${code} before it was ready`)));
  });
  return { child, ready, lines };
}

describe.skipIf(!built)("the program (dist/main.js)", () => {
  let corpusPath: string;
  beforeAll(async () => {
    corpusPath = join(await mkdtemp(join(tmpdir(), "gateway-")), "corpus.json");
    await writeFile(corpusPath, JSON.stringify(fixtureCorpus));
  });

  it("serves a corpus.json, logs one ready line with counts, and stops cleanly on SIGTERM", async () => {
    const { child, ready, lines } = await startMain({ CORPUS_PATH: corpusPath, LOG_LEVEL: "info" });
    expect(ready).toMatchObject({ articles: 4, actors: 14, events: 13, source: corpusPath });
    expect(ready.msg).toMatch(/^corpus gateway ready at http:\/\/127\.0\.0\.1:\d+\/graphql: 4 articles, 14 actors, 13 events/);
    const response = await postJson(ready.url as string, { query: "{ actors(first: 1, filter: { countries: [\"BF\"], kinds: [COUNTRY] }) { nodes { name } } }" });
    expect(response.json.data.actors.nodes).toEqual([{ name: "Burkina Faso" }]);
    const exited = new Promise<number | null>((resolve) => child.once("exit", resolve));
    child.kill("SIGTERM");
    expect(await exited).toBe(0);
    expect(lines.map((line) => line.msg)).toContain("stopped");
  });

  it("refuses a bad environment or a bad corpus with one clear line", async () => {
    const badPort = spawn(process.execPath, [MAIN], { env: { PATH: process.env.PATH, PORT: "http" }, stdio: ["ignore", "pipe", "pipe"] });
    let stderr = "";
    badPort.stderr!.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    expect(await new Promise((resolve) => badPort.once("exit", resolve))).toBe(1);
    expect(stderr.trim()).toMatch(/^corpus gateway: invalid environment: PORT: /);

    const missing = spawn(process.execPath, [MAIN], { env: { PATH: process.env.PATH, CORPUS_PATH: "/nonexistent/corpus.json" }, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    missing.stdout!.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    expect(await new Promise((resolve) => missing.once("exit", resolve))).toBe(1);
    expect(JSON.parse(stdout.trim()).msg).toBe("cannot load the corpus: /nonexistent/corpus.json: cannot read (ENOENT)");
  });

  it("validates a corpus.json before serving it, and refuses a bad one with the validation's reason", async () => {
    const { ready } = await startMain({ CORPUS_PATH: corpusPath, CORPUS_VALIDATION: "always" }).then(async (started) => {
      started.child.kill("SIGTERM");
      return started;
    });
    expect(ready).toMatchObject({ validated: "now", articles: 4 });

    for (const [spoil, reason] of [
      [(corpus: any) => (corpus.events[2].confidence = 7), /not a valid corpus \(1 issues; events\.2\.confidence: /],
      [(corpus: any) => (corpus.actors[0].mentions = "none"), /not a valid corpus \(1 issues; actors\.0\.mentions: /],
      [(corpus: any) => (corpus.events[0].sourceId = "actor:nobody"), /inconsistent corpus \(1 problems; event:e1: source actor:nobody is not an actor/],
    ] as const) {
      const bad = structuredClone(fixtureCorpus);
      spoil(bad);
      const path = join(await mkdtemp(join(tmpdir(), "gateway-")), "corpus.json");
      await writeFile(path, JSON.stringify(bad));
      const child = spawn(process.execPath, [MAIN], { env: { PATH: process.env.PATH, PORT: "0", HOST: "127.0.0.1", CORPUS_PATH: path }, stdio: ["ignore", "pipe", "pipe"] });
      let stdout = "";
      child.stdout!.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
      expect(await new Promise((resolve) => child.once("exit", resolve))).toBe(1);
      const lines = stdout.trim().split("\n").map((line) => JSON.parse(line) as { msg: string; url?: string });
      expect(lines.some((line) => line.url !== undefined)).toBe(false);
      expect(lines.at(-1)!.msg).toMatch(reason);
    }
  });

});
