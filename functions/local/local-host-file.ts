/**
 * `.data/local-host.json`: where the running `npm start` listens and the token its local-only
 * routes ask for, so that `npm run schedule:now` in another terminal can reach it. A web page
 * cannot read the file, so it cannot trigger those routes through the user's browser.
 */
import { randomBytes } from "node:crypto";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { z } from "zod";

const LOCAL_HOST_FILE = "local-host.json";
/** The header the local-only routes read the token from. */
export const LOCAL_TOKEN_HEADER = "x-local-token";

const localHostInfoSchema = z.object({
  url: z.url(),
  token: z.string().min(32),
  pid: z.number().int().positive(),
});
export type LocalHostInfo = z.infer<typeof localHostInfoSchema>;

export function newLocalToken(): string {
  return randomBytes(32).toString("hex");
}

export function localHostFilePath(dataDir: string): string {
  return path.join(dataDir, LOCAL_HOST_FILE);
}

export function writeLocalHostFile(dataDir: string, info: LocalHostInfo): void {
  fs.mkdirSync(dataDir, { recursive: true });
  fs.writeFileSync(localHostFilePath(dataDir), `${JSON.stringify(localHostInfoSchema.parse(info), null, 2)}\n`, {
    mode: 0o600,
  });
}

/** The running host's address and token; undefined when no `npm start` wrote the file (or it is unreadable). */
export function readLocalHostFile(dataDir: string): LocalHostInfo | undefined {
  let text: string;
  try {
    text = fs.readFileSync(localHostFilePath(dataDir), "utf8");
  } catch {
    return undefined;
  }
  try {
    const parsed = localHostInfoSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** Removes the file on Ctrl-C, unless a newer `npm start` has written its own meanwhile. */
export function removeLocalHostFile(dataDir: string, token: string): void {
  if (readLocalHostFile(dataDir)?.token === token) fs.rmSync(localHostFilePath(dataDir), { force: true });
}

/**
 * Every running `npm start` also registers itself in one folder per user, outside any data
 * folder, so that `npm run schedule:now` finds it whatever LOCAL_DATA_DIR it was started with.
 * The folder is the user's own (0700), the files too (0600): a web page cannot read them.
 */
const runningHostSchema = localHostInfoSchema.extend({ dataDir: z.string().min(1) });
export type RunningHost = z.infer<typeof runningHostSchema>;

/** The registry folder of this user: in the system's temporary folder, one per user id. */
export function defaultRegistryDir(): string {
  const user = typeof process.getuid === "function" ? String(process.getuid()) : os.userInfo().username;
  return path.join(os.tmpdir(), `lqw-reflect-${user}`);
}

export function registerRunningHost(registryDir: string, host: RunningHost): void {
  fs.mkdirSync(registryDir, { recursive: true, mode: 0o700 });
  fs.writeFileSync(
    path.join(registryDir, `${host.pid}.json`),
    `${JSON.stringify(runningHostSchema.parse(host), null, 2)}\n`,
    { mode: 0o600 },
  );
}

export function unregisterRunningHost(registryDir: string, pid: number): void {
  fs.rmSync(path.join(registryDir, `${pid}.json`), { force: true });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, under another user.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** The registered hosts whose process still runs; entries of stopped ones are removed on the way. */
export function findRunningHosts(registryDir: string): RunningHost[] {
  let names: string[];
  try {
    names = fs.readdirSync(registryDir).filter((name) => /^\d+\.json$/.test(name));
  } catch {
    return [];
  }
  const hosts: RunningHost[] = [];
  for (const name of names) {
    const file = path.join(registryDir, name);
    try {
      const parsed = runningHostSchema.safeParse(JSON.parse(fs.readFileSync(file, "utf8")));
      if (parsed.success && isAlive(parsed.data.pid)) hosts.push(parsed.data);
      else fs.rmSync(file, { force: true });
    } catch {
      fs.rmSync(file, { force: true });
    }
  }
  return hosts;
}
