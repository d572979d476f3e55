/**
 * `.data/local-host.json`: where the running `npm start` listens and the token its local-only
 * routes ask for, so that `npm run schedule:now` in another terminal can reach it. A web page
 * cannot read the file, so it cannot trigger those routes through the user's browser.
 */
import { randomBytes } from "node:crypto";
import * as fs from "node:fs";
import * as path from "node:path";
import { z } from "zod";

export const LOCAL_HOST_FILE = "local-host.json";
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
