/**
 * The Chromium the e2e tests drive, so that `npm ci && npm test` needs Node only (issue 19):
 * `CHROMIUM_PATH` when set to a file, the system's (`/usr/bin/chromium`, Debian's package) when
 * there is one, else the headless Chromium that @sparticuz/chromium ships inside its npm package
 * (unpacked to the temporary folder on first use). `CHROMIUM_PATH=npm` asks for the npm one even
 * where the system has its own; CI runs that way, so the fallback is proven on every run.
 */
import * as fs from "node:fs";

const SYSTEM_CHROMIUM = "/usr/bin/chromium";

export async function chromiumPath(env: NodeJS.ProcessEnv = process.env): Promise<string> {
  const wanted = env.CHROMIUM_PATH;
  if (wanted && wanted !== "npm") return wanted;
  if (wanted !== "npm" && fs.existsSync(SYSTEM_CHROMIUM)) return SYSTEM_CHROMIUM;
  // Unpacking also points the library path at the libraries it ships, for the browser it starts.
  const { default: bundled } = await import("@sparticuz/chromium");
  return bundled.executablePath();
}
