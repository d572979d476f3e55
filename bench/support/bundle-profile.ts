/**
 * Where a cold start's CPU goes inside the bundle: a CPU profile (node:inspector) whose self time
 * is added up by the package (or the app's own folder) each sample's code came from. esbuild writes
 * a `// node_modules/<package>/…` or `// bot/…` line before each module it bundles, so a line
 * number of the bundle names its module without reading the source map.
 */
import * as fs from "node:fs";
import { Session, type Profiler, type Runtime } from "node:inspector/promises";
import { fileURLToPath } from "node:url";

/** Starts profiling; the returned function stops and gives self time (ms) by package, largest first. */
export async function profileByPackage(): Promise<() => Promise<[string, number][]>> {
  const session = new Session();
  session.connect();
  await session.post("Profiler.enable");
  // 0.1 ms: a cold start's parts are a few milliseconds each.
  await session.post("Profiler.setSamplingInterval", { interval: 100 });
  await session.post("Profiler.start");
  return async () => {
    const { profile } = await session.post("Profiler.stop");
    session.disconnect();
    return [...selfTimeByPackage(profile)].sort((a, b) => b[1] - a[1]);
  };
}

function selfTimeByPackage(profile: Profiler.Profile): Map<string, number> {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const modulesOf = new Map<string, ModuleStarts>();
  const byPackage = new Map<string, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  for (let index = 0; index < samples.length; index++) {
    const frame = nodes.get(samples[index] ?? -1)?.callFrame;
    // A sample's time is the gap to the next one.
    const ms = (deltas[index + 1] ?? 0) / 1000;
    if (!frame) continue;
    const name = sourceOf(frame, modulesOf);
    byPackage.set(name, (byPackage.get(name) ?? 0) + ms);
  }
  return byPackage;
}

/** "(garbage collector)", "(program)" (V8 compiling and Node's C++), node internals, or the bundled module's package. */
function sourceOf(frame: Runtime.CallFrame, modulesOf: Map<string, ModuleStarts>): string {
  if (!frame.url) return frame.functionName.startsWith("(") ? frame.functionName : "(node internals)";
  if (frame.url.startsWith("node:")) return "(node internals)";
  const file = frame.url.startsWith("file:") ? fileURLToPath(frame.url) : frame.url;
  if (!file.endsWith(".js")) return file;
  let starts = modulesOf.get(file);
  if (!starts) modulesOf.set(file, (starts = moduleStarts(file)));
  return starts.packageAt(frame.lineNumber);
}

interface ModuleStarts {
  packageAt(line: number): string;
}

/** The bundle's `// path` lines, in order: each starts a module. */
function moduleStarts(file: string): ModuleStarts {
  const starts: { line: number; name: string }[] = [];
  fs.readFileSync(file, "utf8")
    .split("\n")
    .forEach((text, line) => {
      const path = /^\/\/ ((?:node_modules\/)?[\w@.-]+\/\S+\.[cm]?[jt]s)$/.exec(text)?.[1];
      if (path) starts.push({ line, name: packageName(path) });
    });
  return {
    packageAt(line) {
      let low = 0;
      let high = starts.length - 1;
      let found = "(the bundle's own helpers)";
      while (low <= high) {
        const middle = (low + high) >> 1;
        const start = starts[middle];
        if (start && start.line <= line) {
          found = start.name;
          low = middle + 1;
        } else high = middle - 1;
      }
      return found;
    },
  };
}

/** "node_modules/@azure/cosmos/dist/…" → "@azure/cosmos"; "bot/store/x.ts" → "(the app's own modules)". */
function packageName(path: string): string {
  const at = path.lastIndexOf("node_modules/");
  if (at < 0) return "(the app's own modules)";
  const parts = path.slice(at + "node_modules/".length).split("/");
  return (parts[0]?.startsWith("@") ? parts.slice(0, 2).join("/") : parts[0]) ?? path;
}
