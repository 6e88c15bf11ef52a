// Pieces shared by the benchmark (bench.mjs) and the profiler (profile.mjs): the bench corpus,
// spawning the gateway, load with autocannon, /proc readings, and the typical queries with the
// variables they rotate through.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import autocannon from "autocannon";

const here = dirname(fileURLToPath(import.meta.url));
export const gatewayDir = resolve(here, "..");
export const repo = resolve(gatewayDir, "../..");
export const archive = resolve(repo, "../shared/corpus/bulk.tar.gz");
export const bulkRoot = join(repo, ".bulk");
const bulkDir = join(bulkRoot, "bulk");
export const mainScript = join(gatewayDir, "dist/main.js");
export const helloScript = join(here, "hello-server.mjs");

export const log = (line) => console.log(`bench: ${line}`);
export const ms = (start) => Math.round(performance.now() - start);
const mb = (kb) => Math.round(kb / 1024);

/** Whether the real bulk corpus (outside the repository) can be used. */
export const hasBulk = () => existsSync(archive) || existsSync(bulkDir);

/** A corpus.json of `count` articles (real bulk articles through the loader, or synthetic), cached in .bulk/. */
export async function corpusFile(count, { synthetic = false, rebuild = false } = {}) {
  mkdirSync(bulkRoot, { recursive: true });
  const path = join(bulkRoot, `gateway-bench-${synthetic ? "synthetic-" : ""}${count}.json`);
  if (existsSync(path) && !rebuild) {
    log(`corpus: ${path} (cached; --rebuild to make it again)`);
    return path;
  }
  const started = performance.now();
  if (synthetic) {
    const { syntheticCorpus } = await import(join(gatewayDir, "dist/testing/index.js"));
    writeFileSync(path, JSON.stringify(syntheticCorpus(count)));
    log(`corpus: ${count} synthetic articles written to ${path} in ${ms(started)} ms`);
    return path;
  }
  if (!existsSync(bulkDir)) {
    log(`unpacking ${archive} into ${bulkRoot} (once)…`);
    if (spawnSync("tar", ["-xzf", archive, "-C", bulkRoot], { stdio: "inherit" }).status !== 0) throw new Error("tar failed");
  }
  const loaderEntry = join(repo, "packages/loader/dist/index.js");
  if (!existsSync(loaderEntry)) throw new Error(`${loaderEntry} is missing: build the loader first`);
  const { listTextFiles, loadCorpus, writeCorpusFile } = await import(loaderEntry);
  const all = listTextFiles(bulkDir);
  const taken = Math.min(count, all.length);
  const step = all.length / taken;
  const files = Array.from({ length: taken }, (_, i) => all[Math.floor(i * step)]);
  log(`corpus: loading ${taken} of ${all.length} bulk articles with @corpus/loader…`);
  const { corpus, stats } = await loadCorpus(bulkDir, { files });
  writeCorpusFile(corpus, path);
  log(`corpus: ${stats.articles} articles, ${stats.actors} actors, ${stats.events} events, ${stats.problems} problems; loader ${stats.ms} ms; written to ${path}`);
  return path;
}

/**
 * Spawns a node program (NODE_ENV=production, port 0, loopback) and resolves with the first stdout
 * JSON line that has `url`, plus `waitFor(predicate)` to watch later lines. `nodeArgs` go before the script.
 */
export function start(script, env, nodeArgs = []) {
  const started = performance.now();
  const child = spawn(process.execPath, [...nodeArgs, script], {
    env: { ...process.env, NODE_ENV: "production", PORT: "0", HOST: "127.0.0.1", ...env },
    stdio: ["ignore", "pipe", "inherit"],
  });
  // A crash of this script must not leave the server running.
  process.once("exit", () => child.kill("SIGKILL"));
  const listeners = [];
  let buffer = "";
  child.stdout.on("data", (chunk) => {
    buffer += chunk.toString();
    for (let newline = buffer.indexOf("\n"); newline >= 0; newline = buffer.indexOf("\n")) {
      const line = buffer.slice(0, newline);
      buffer = buffer.slice(newline + 1);
      let json;
      try {
        json = JSON.parse(line);
      } catch {
        continue;
      }
      for (const listener of [...listeners]) listener(json);
    }
  });
  const waitFor = (predicate) =>
    new Promise((resolvePromise, reject) => {
      const listener = (json) => {
        if (!predicate(json)) return;
        listeners.splice(listeners.indexOf(listener), 1);
        resolvePromise(json);
      };
      listeners.push(listener);
      child.once("exit", (code) => reject(new Error(`${script} exited with ${code}`)));
    });
  return waitFor((json) => typeof json.url === "string").then((ready) => ({ child, ready, wallMs: ms(started), waitFor }));
}

/** Resident and peak memory of a process, from /proc (Linux). */
export function memory(pid) {
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    const field = (name) => Number(new RegExp(`${name}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
    return { rssMb: mb(field("VmRSS")), peakMb: mb(field("VmHWM")) };
  } catch {
    return { rssMb: null, peakMb: null };
  }
}

const CLOCK_TICKS = Number(spawnSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).stdout.trim()) || 100;

/** User + system CPU time of a process so far, in ms, from /proc (Linux); null elsewhere. */
export function cpuMs(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
  } catch {
    return null;
  }
}

export const stop = (child) =>
  new Promise((resolvePromise) => (child.exitCode !== null ? resolvePromise() : (child.once("exit", resolvePromise), child.kill("SIGTERM"))));

export async function graphql(url, query, variables) {
  const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query, variables }) });
  const body = await response.json();
  if (body.errors) throw new Error(`${query.slice(0, 60)}… → ${JSON.stringify(body.errors[0])}`);
  return body.data;
}

/**
 * Runs one scenario: a warm-up, then the measured run, each request taking the next body of
 * `variants` in turn (so consecutive requests ask different questions). `pid` is the server's,
 * for its CPU time per request.
 */
export async function measure(url, query, variants, pid, { connections = 10, duration = 8, warmup = 2 } = {}) {
  const bodies = variants.map((variables) => JSON.stringify({ query, variables }));
  for (const body of bodies.slice(0, 3)) await graphql(url, query, JSON.parse(body).variables);
  let next = 0;
  const run = (seconds) =>
    autocannon({
      url,
      connections,
      duration: seconds,
      method: "POST",
      headers: { "content-type": "application/json" },
      requests: [{ setupRequest: (request) => ({ ...request, body: bodies[next++ % bodies.length] }) }],
    });
  if (warmup > 0) await run(warmup);
  const cpuBefore = cpuMs(pid);
  const result = await run(duration);
  const cpu = cpuBefore === null ? null : cpuMs(pid) - cpuBefore;
  return {
    rps: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    total: result.requests.total,
    cpuUs: cpu === null ? null : Math.round((cpu * 1000) / result.requests.total),
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
  };
}

/** The typical queries of the benchmark, by scenario name. */
export const QUERIES = {
  "events page (20, source/target names)": `query Events($types: [EventType!], $after: String) { events(first: 20, after: $after, filter: { types: $types }) { totalCount pageInfo { hasNextPage endCursor } nodes { id type date { value precision } source { name } target { name } } } }`,
  "actor with its network (10 ties)": `query Network($id: ID!) { actor(id: $id) { name eventCount network(first: 10) { totalCount nodes { actor { name } eventCount countsByType { type count } } } } }`,
  "search (10 results, highlights)": `query Search($q: String!, $after: String) { search(query: $q, first: 10, after: $after) { totalCount pageInfo { endCursor } edges { score node { __typename ... on Article { title } ... on Actor { name } ... on Event { type } } textMatches { property fragment } } } }`,
  "count by month": `query Months($countries: [CountryCode!], $types: [EventType!]) { eventStats(filter: { countries: $countries, types: $types }) { totalCount timeline(unit: MONTH, first: 500) { periodCount undatedCount periods { period { value } count } } } }`,
};

export const SEARCH_TERMS = ["gouvernement", "président", "Etats-Unis", "police", "élection", "oil prices", "bank", "trade", "Macron", "grève", "ministre", "Chine", "dollar", "Assemblée nationale", "coronavirus", "stock", "Paris", "Russie", "accord", "européenne", "hopital", "securite sociale", "budget", "energie", "the government", "prime minister", "market", "inflation", "Allemagne", "Londres"];
const EVENT_TYPES = [null, "STATEMENT", "ACCUSE", "AGREE", "CONSULT", "REQUEST", "ASSAULT", "COERCE", "SUPPORT", "REJECT", "AID", "COOPERATE", "PROTEST", "THREATEN", "SANCTION", "MOBILIZE"];
const PAGES_PER_LIST = 8;

/** The cursors of the first `pages` pages of a connection, starting with null (the first page). */
async function cursors(url, query, variables, pick, pages) {
  const found = [null];
  while (found.length < pages) {
    const { pageInfo } = pick(await graphql(url, query, { ...variables, after: found.at(-1) }));
    if (!pageInfo.hasNextPage) break;
    found.push(pageInfo.endCursor);
  }
  return found;
}

/**
 * Variables for each scenario, many more than the result cache holds in a run, so that what is
 * measured is mostly the uncached path: events pages by type and cursor (16 × 8), networks of the
 * 400 actors with most events, searches of 30 words and 50 actor names with their second page,
 * counts by month for 40 countries × 6 type filters.
 */
export async function variantsFor(url, names = Object.keys(QUERIES)) {
  const wanted = new Set(names);
  const top = await graphql(
    url,
    `{ actors(first: 100, orderBy: { field: EVENT_COUNT, direction: DESC }) { nodes { id name } pageInfo { endCursor } } eventStats { byCountry(first: 40) { buckets { country } } } }`,
  );
  const variants = {};
  if (wanted.has("events page (20, source/target names)")) {
    const events = [];
    for (const type of EVENT_TYPES) {
      const variables = { types: type ? [type] : null };
      for (const cursor of await cursors(url, QUERIES["events page (20, source/target names)"], variables, (data) => data.events, PAGES_PER_LIST)) {
        events.push({ ...variables, after: cursor });
      }
    }
    variants["events page (20, source/target names)"] = shuffle(events);
  }
  if (wanted.has("actor with its network (10 ties)")) {
    const actors = [...top.actors.nodes];
    let after = top.actors.pageInfo.endCursor;
    for (let page = 0; page < 3; page++) {
      const next = await graphql(url, `query($after: String) { actors(first: 100, after: $after, orderBy: { field: EVENT_COUNT, direction: DESC }) { nodes { id } pageInfo { endCursor } } }`, { after });
      actors.push(...next.actors.nodes);
      after = next.actors.pageInfo.endCursor;
    }
    variants["actor with its network (10 ties)"] = shuffle(actors.map((actor) => ({ id: actor.id })));
  }
  if (wanted.has("search (10 results, highlights)")) {
    const searches = [];
    for (const q of [...SEARCH_TERMS, ...top.actors.nodes.slice(0, 50).map((actor) => actor.name)]) {
      const first = await graphql(url, QUERIES["search (10 results, highlights)"], { q, after: null });
      searches.push({ q, after: null });
      if (first.search.pageInfo.endCursor && first.search.totalCount > 10) searches.push({ q, after: first.search.pageInfo.endCursor });
    }
    variants["search (10 results, highlights)"] = shuffle(searches);
  }
  if (wanted.has("count by month")) {
    const countries = [null, ...top.eventStats.byCountry.buckets.map((bucket) => [bucket.country])];
    const typeFilters = [null, ["STATEMENT"], ["ACCUSE"], ["CONSULT"], ["ASSAULT"], ["STATEMENT", "AGREE"]];
    variants["count by month"] = shuffle(countries.flatMap((c) => typeFilters.map((types) => ({ countries: c, types }))));
  }
  return variants;
}

/** A fixed shuffle (seeded), so that runs are comparable and neighbours differ. */
function shuffle(list) {
  let seed = 42;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const copy = [...list];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
}
