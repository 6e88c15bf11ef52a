#!/usr/bin/env node
// Times the gateway's GraphQL pipeline in-process (prints figures; asserts nothing): Apollo's
// executeHTTPGraphQLRequest on the gateway's own server with a fresh context per request, as the
// Express integration calls it, but without HTTP; next to a hello-world Apollo Server and
// `{ __typename }`. One request at a time, so nothing but retention keeps a request's objects
// alive: the young-generation collections' time and the old generation's growth per request show
// it (see the README, fourth round). Steadier than a load test on this shared machine.
// Needs a build and the bench corpus (skips without the bulk corpus).
//
//   node scripts/pipeline-microbench.mjs [-n 20000] [--requests 3000] [--rounds 2] [--only <scenario substring>] [--dist dir]
import { PerformanceObserver, constants } from "node:perf_hooks";
import { getHeapSpaceStatistics } from "node:v8";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { ApolloServer, HeaderMap } from "@apollo/server";
import { pino } from "pino";
import { corpusFile, gatewayDir, hasBulk, log, QUERIES, variantsFor } from "./bench-kit.mjs";

const { values: options } = parseArgs({
  options: {
    n: { type: "string", short: "n", default: "20000" },
    requests: { type: "string", default: "3000" },
    rounds: { type: "string", default: "2" },
    only: { type: "string", default: "" },
    dist: { type: "string" },
  },
});
if (!hasBulk()) {
  log("skipped: the bulk corpus is not there");
  process.exit(0);
}
const gateway = await import(pathToFileURL(resolve(options.dist ?? join(gatewayDir, "dist"), "index.js")).href);
const logger = pino({ level: "info" }, pino.destination("/dev/null"));
const { corpus } = await gateway.readCorpusFile(await corpusFile(Number(options.n)), { reuseProof: true });
const store = gateway.createMemoryStore(corpus, { cacheSize: 0 });
await store.warm();
const names = Object.keys(QUERIES).filter((name) => name.includes(options.only));
const listening = await gateway.startGateway({ store, logger, port: 0, host: "127.0.0.1", graphqlPath: "/graphql", nodeEnv: "production" });
const variants = await variantsFor(listening.url, names);
await listening.stop();

const apollo = gateway.createServer({ logger, nodeEnv: "production" });
const hello = new ApolloServer({ nodeEnv: "production", typeDefs: "type Query { hello: String! }", resolvers: { Query: { hello: () => "world" } } });
await Promise.all([apollo.start(), hello.start()]);

const gc = { young: 0, full: 0, fullCount: 0 };
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    if (entry.detail?.kind === constants.NODE_PERFORMANCE_GC_MINOR) gc.young += entry.duration;
    else if (entry.detail?.kind === constants.NODE_PERFORMANCE_GC_MAJOR) (gc.full += entry.duration), gc.fullCount++;
  }
}).observe({ entryTypes: ["gc"] });
const oldSpace = () => getHeapSpaceStatistics().find((space) => space.space_name === "old_space")?.space_used_size ?? 0;

const headers = new HeaderMap([["content-type", "application/json"]]);
/** Runs `count` requests one after another; CPU and young-collection time per request, old-space growth per request. */
async function time(server, query, pool, count, withContext) {
  let next = 0;
  const one = async () => {
    const response = await server.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: "POST", headers, search: "", body: { query, variables: pool[next++ % pool.length] } },
      context: async () => (withContext ? gateway.createContext({ store, logger, requestId: "bench", executionTimeoutMs: 10_000 }) : {}),
    });
    if (response.body.kind !== "complete" || (response.status ?? 200) !== 200) throw new Error(`${query.slice(0, 40)}… answered ${response.status}`);
  };
  for (let i = 0; i < 300; i++) await one();
  await new Promise((done) => setTimeout(done, 50));
  const before = { cpu: process.cpuUsage(), young: gc.young, full: gc.full, fullCount: gc.fullCount, old: oldSpace() };
  for (let i = 0; i < count; i++) await one();
  const cpu = process.cpuUsage(before.cpu);
  await new Promise((done) => setTimeout(done, 50));
  const fulls = gc.fullCount - before.fullCount;
  return {
    cpuUs: Math.round((cpu.user + cpu.system) / count),
    youngGcUs: Math.round(((gc.young - before.young) * 1000) / count),
    fullGcUs: Math.round(((gc.full - before.full) * 1000) / count),
    oldGrowthBytes: fulls > 0 ? `(${fulls} full GC)` : Math.round((oldSpace() - before.old) / count),
  };
}

const count = Number(options.requests);
log(`${count} requests per scenario, one at a time; CPU µs/request, young and full GC µs/request, old-space growth bytes/request`);
for (let round = 0; round < Number(options.rounds); round++) {
  const rows = [["hello-world { hello }", await time(hello, "{ hello }", [{}], count, false)], ["{ __typename }", await time(apollo, "{ __typename }", [{}], count, true)]];
  for (const name of names) rows.push([name, await time(apollo, QUERIES[name], variants[name], count, true)]);
  for (const [name, r] of rows) console.log(`${name.padEnd(40)} cpu ${String(r.cpuUs).padStart(4)} µs  young GC ${String(r.youngGcUs).padStart(3)} µs  full GC ${String(r.fullGcUs).padStart(3)} µs  old +${r.oldGrowthBytes} B`);
}
await Promise.all([apollo.stop(), hello.stop()]);
process.exit(0);
