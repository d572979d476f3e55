/**
 * The app as the deployment ships it: the bundle that package.json "main" names (`npm run build`).
 * The local host and the cold-start benchmark load it, so that they run the code Azure runs.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { z } from "zod";
import type * as FunctionApp from "../function-app";

export type ShippedApp = typeof FunctionApp;

const manifestSchema = z.object({ name: z.literal("lqw-reflect"), main: z.string().min(1) });

/** The file package.json "main" names, found from this module (source or dist/) upwards. */
export function shippedEntry(from: string = __dirname): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    const manifest = path.join(dir, "package.json");
    if (fs.existsSync(manifest)) {
      const parsed = manifestSchema.safeParse(JSON.parse(fs.readFileSync(manifest, "utf8")));
      if (parsed.success) return path.join(dir, parsed.data.main);
    }
    if (path.dirname(dir) === dir) throw new Error(`no package.json of lqw-reflect above ${from}`);
  }
}

/** Loads the bundle (the Functions host's way: require), which registers the functions and exports the app. */
export function loadShippedApp(entry: string = shippedEntry()): ShippedApp {
  if (!fs.existsSync(entry)) throw new Error(`${entry} is missing: \`npm run build\` bundles the app`);
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a file named at run time, not a module of this build
  return require(entry) as ShippedApp;
}
