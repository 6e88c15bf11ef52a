// V8 CPU profiles for the benchmark: record one around a function (node:inspector, in process) and summarise
// it — self time per function and per source area, and the inclusive time of chosen functions split by the
// functions they call. Locations are mapped back to src/ through the build's source maps (dist/*.js.map).
import { readFileSync } from "node:fs";
import { Session } from "node:inspector/promises";
import { SourceMap } from "node:module";
import { fileURLToPath } from "node:url";

/** Runs `work` under the V8 sampling profiler (one sample per `intervalUs` µs); returns its result and the profile. */
export async function profiled(work, intervalUs = 200) {
  const session = new Session();
  session.connect();
  await session.post("Profiler.enable");
  await session.post("Profiler.setSamplingInterval", { interval: intervalUs });
  await session.post("Profiler.start");
  try {
    const result = await work();
    const { profile } = await session.post("Profiler.stop");
    return { result, profile };
  } finally {
    session.disconnect();
  }
}

const sourceMaps = new Map();

/** `src/…:line` (or `node_modules/<package>`) for a profile call frame, through the chunk's source map when there is one. */
function originalLocation(callFrame) {
  const { url, lineNumber, columnNumber } = callFrame;
  if (!url.startsWith("file://")) return url === "" ? "" : url;
  const packageMatch = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (packageMatch) return `node_modules/${packageMatch[1]}`;
  const workspace = /\/packages\/([^/]+)\/dist\//.exec(url);
  if (workspace && workspace[1] !== "loader") return `@corpus/${workspace[1]}`;
  if (!sourceMaps.has(url)) {
    let map = null;
    try {
      map = new SourceMap(JSON.parse(readFileSync(`${fileURLToPath(url)}.map`, "utf8")));
    } catch {
      // no map: a dependency or a script, shown by its own path
    }
    sourceMaps.set(url, map);
  }
  const map = sourceMaps.get(url);
  const entry = map?.findEntry(lineNumber, columnNumber);
  const path = entry?.originalSource ? entry.originalSource : url;
  const bundled = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path);
  if (bundled) return `node_modules/${bundled[1]}`;
  const src = /\/(src\/.*|scripts\/.*)$/.exec(path);
  return `${src ? src[1] : path}${entry?.originalSource ? `:${entry.originalLine + 1}` : ""}`;
}

/** The part of the loader a location belongs to: `extract/events`, `ingest`, `zod`, `GC`… */
function areaOf(functionName, location) {
  if (functionName === "(garbage collector)") return "GC";
  if (functionName === "(program)" || functionName === "(idle)" || functionName === "(root)") return functionName;
  const pkg = /^node_modules\/(.+)$/.exec(location);
  if (pkg) return pkg[1];
  if (location.startsWith("@corpus/")) return location;
  const src = /^src\/((?:extract|corpus|ingest|segment|cli)(?:\/[^/:]+(?=\/))?)/.exec(location);
  if (src) return src[1];
  if (location.startsWith("node:") || location === "") return "node internals / builtins";
  return location.replace(/:\d+$/, "");
}

/**
 * Self time per function and per area, and for each function named in `breakdown` (by name, or by source
 * location for anonymous ones), its inclusive time split by its direct callees (recursion counted once). Times in ms; `perArticle` divides by that count.
 */
export function summariseProfile(profile, { top = 20, breakdown = [] } = {}) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map();
  for (let i = 0; i < profile.samples.length; i++) {
    const delta = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    self.set(profile.samples[i], (self.get(profile.samples[i]) ?? 0) + delta);
  }
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  const functions = new Map();
  const areas = new Map();
  const inclusive = new Map(); // node id → ms
  const walk = (node) => {
    let sum = self.get(node.id) ?? 0;
    for (const child of node.children ?? []) sum += walk(byId.get(child));
    inclusive.set(node.id, sum);
    return sum;
  };
  walk(profile.nodes[0]);
  for (const node of profile.nodes) {
    const ms = self.get(node.id) ?? 0;
    if (ms === 0) continue;
    const location = originalLocation(node.callFrame);
    const name = node.callFrame.functionName || "(anonymous)";
    const key = `${name} ${location}`;
    functions.set(key, (functions.get(key) ?? 0) + ms);
    const area = areaOf(name, location);
    areas.set(area, (areas.get(area) ?? 0) + ms);
  }
  const split = new Map(breakdown.map((name) => [name, { total: 0, callees: new Map() }]));
  // a breakdown entry is a function name, or a source location (`src/extract/events/index.ts:236`) for anonymous functions
  const byLocation = breakdown.some((name) => name.includes(":"));
  const visit = (node, open) => {
    let name = node.callFrame.functionName;
    if (!split.has(name) && byLocation) name = originalLocation(node.callFrame);
    const entry = split.get(name);
    const counted = entry && !open.has(name);
    if (counted) {
      entry.total += inclusive.get(node.id);
      entry.callees.set("(self)", (entry.callees.get("(self)") ?? 0) + (self.get(node.id) ?? 0));
      for (const childId of node.children ?? []) {
        const child = byId.get(childId);
        const calleeName = child.callFrame.functionName || "(anonymous)";
        const label = child.callFrame.url === "" ? calleeName : `${calleeName} ${originalLocation(child.callFrame)}`;
        entry.callees.set(label, (entry.callees.get(label) ?? 0) + inclusive.get(childId));
      }
    }
    if (counted) open.add(name);
    for (const childId of node.children ?? []) visit(byId.get(childId), open);
    if (counted) open.delete(name);
  };
  visit(profile.nodes[0], new Set());
  const sorted = (map) => [...map].sort((a, b) => b[1] - a[1]);
  return {
    total,
    functions: sorted(functions).slice(0, top),
    areas: sorted(areas),
    breakdown: [...split].map(([name, { total: ms, callees }]) => ({ name, ms, callees: sorted(callees) })),
  };
}
