/**
 * Where a cold start's CPU goes inside the bundle: a CPU profile (node:inspector) whose self time
 * is added up by the package (or the app's own folder) each sample's code came from, as the
 * bundle's source map names it (the bundle has no comments left to name its modules).
 */
import * as fs from "node:fs";
import { Session, type Profiler, type Runtime } from "node:inspector/promises";
import { fileURLToPath } from "node:url";
import { decode } from "@jridgewell/sourcemap-codec";

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
  const packagesOf = new Map<string, PackageLookup>();
  const byPackage = new Map<string, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  for (let index = 0; index < samples.length; index++) {
    const frame = nodes.get(samples[index] ?? -1)?.callFrame;
    // A sample's time is the gap to the next one.
    const ms = (deltas[index + 1] ?? 0) / 1000;
    if (!frame) continue;
    const name = sourceOf(frame, packagesOf);
    byPackage.set(name, (byPackage.get(name) ?? 0) + ms);
  }
  return byPackage;
}

/** "(garbage collector)", "(program)" (V8 compiling and Node's C++), node internals, or the bundled module's package. */
function sourceOf(frame: Runtime.CallFrame, packagesOf: Map<string, PackageLookup>): string {
  if (!frame.url) return frame.functionName.startsWith("(") ? frame.functionName : "(node internals)";
  if (frame.url.startsWith("node:")) return "(node internals)";
  const file = frame.url.startsWith("file:") ? fileURLToPath(frame.url) : frame.url;
  if (file.includes("/node_modules/")) return `(outside the bundle) ${packageName(file)}`;
  if (!file.endsWith(".js")) return file;
  let lookup = packagesOf.get(file);
  if (!lookup) packagesOf.set(file, (lookup = packageLookup(file)));
  return lookup(frame.lineNumber, frame.columnNumber);
}

/** The package of the code at a 0-based line and column of a bundle. */
type PackageLookup = (line: number, column: number) => string;

/** From the bundle's source map: the source of the mapping at or before a position names its package. */
function packageLookup(file: string): PackageLookup {
  if (!fs.existsSync(`${file}.map`)) return () => "(the app's own modules)";
  const map = JSON.parse(fs.readFileSync(`${file}.map`, "utf8")) as { sources: string[]; mappings: string };
  const lines = decode(map.mappings);
  const packages = map.sources.map(packageName);
  return (line, column) => {
    const segments = lines[line] ?? [];
    let low = 0;
    let high = segments.length - 1;
    let found = "(the bundle's own helpers)";
    while (low <= high) {
      const middle = (low + high) >> 1;
      const segment = segments[middle]!;
      if (segment[0] <= column) {
        if (segment.length > 1) found = packages[segment[1]!] ?? found;
        low = middle + 1;
      } else high = middle - 1;
    }
    return found;
  };
}

/**
 * "../../node_modules/@azure/cosmos/dist/…" or, where a package's own source map was followed,
 * "webpack://@azure/functions/src/…" → "@azure/cosmos", "@azure/functions"; "../../bot/store/x.ts"
 * → "(the app's own modules)".
 */
function packageName(source: string): string {
  const at = source.lastIndexOf("node_modules/");
  const rest = at >= 0 ? source.slice(at + "node_modules/".length) : /^webpack:\/\/(.+)$/.exec(source)?.[1];
  if (rest === undefined) return "(the app's own modules)";
  const parts = rest.split("/");
  return (parts[0]?.startsWith("@") ? parts.slice(0, 2).join("/") : parts[0]) ?? source;
}
