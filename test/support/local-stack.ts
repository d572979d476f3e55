/**
 * The whole local stack as `npm start` runs it (`node dist/functions/local/start.js`), on free
 * ports with a throw-away data directory, so e2e tests never touch a developer's running app.
 */
import { spawn, type ChildProcess } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { freePorts } from "./free-ports";

const ROOT = path.resolve(__dirname, "..", "..");
const START_SCRIPT = path.join(ROOT, "dist", "functions", "local", "start.js");
const READY_LINE = "Agents Playground";

export interface LocalStack {
  /** The local Functions host, e.g. http://127.0.0.1:41234 */
  hostUrl: string;
  /** Empty with `--no-playground`. */
  playgroundUrl: string;
  dataDir: string;
  /** Everything the process printed so far (for failure messages). */
  output(): string;
  /** SIGTERM, as Ctrl-C would; resolves with the exit code once the process is gone. */
  stop(): Promise<number | null>;
  /** SIGKILL to the whole process group, as a crash or `kill -9` would; resolves once it is gone. */
  kill(): Promise<void>;
}

/** True while something answers HTTP at the URL. */
export async function isAnswering(url: string): Promise<boolean> {
  try {
    await fetch(url, { signal: AbortSignal.timeout(2_000) });
    return true;
  } catch {
    return false;
  }
}

/** Polls until nothing answers at the URL any more; false if it still does after `timeoutMs`. */
export async function waitUntilGone(url: string, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (await isAnswering(url)) {
    if (Date.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 250)); // retry interval of a poll
  }
  return true;
}

function waitForLine(child: ChildProcess, output: () => string, line: string, timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const done = (error?: Error) => {
      clearTimeout(timer);
      child.stdout?.off("data", check);
      child.off("exit", exited);
      if (error) reject(error);
      else resolve();
    };
    const check = () => {
      if (output().includes(line)) done();
    };
    const exited = (code: number | null) =>
      done(new Error(`the local stack exited (code ${code}) before printing "${line}":\n${output()}`));
    const timer = setTimeout(() => done(new Error(`no "${line}" within ${timeoutMs} ms:\n${output()}`)), timeoutMs);
    child.stdout?.on("data", check);
    child.once("exit", exited);
    check();
  });
}

/** Polls until the URL answers with a success status (the Playground starts after the host). */
async function waitForUrl(url: string, timeoutMs: number, output: () => string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let lastError = "";
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
      if (response.ok) return;
      lastError = `status ${response.status}`;
    } catch (error) {
      lastError = error instanceof Error ? error.message : String(error);
    }
    await new Promise((resolve) => setTimeout(resolve, 250)); // retry interval of a poll, not a wait for an event
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms (${lastError}):\n${output()}`);
}

export async function startLocalStack(
  options: {
    args?: string[];
    env?: Record<string, string>;
    timeoutMs?: number;
    /** A data folder to start on (a restart after a crash); kept when the stack stops. */
    dataDir?: string;
  } = {},
): Promise<LocalStack> {
  if (!fs.existsSync(START_SCRIPT)) {
    throw new Error(
      `${path.relative(ROOT, START_SCRIPT)} is missing: build first with \`npm run build\` (npm test builds before the e2e test).`,
    );
  }
  const timeoutMs = options.timeoutMs ?? 60_000;
  const [port, playgroundPort] = await freePorts(2);
  const dataDir = options.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), "lqw-reflect-e2e-"));
  const removeDataDir = () => {
    if (!options.dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  };
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    PLAYGROUND_PORT: String(playgroundPort),
    LOCAL_DATA_DIR: dataDir,
  };
  // Whatever the developer's shell configures for Azure must not leak into the local stack.
  for (const name of [
    "MicrosoftAppId",
    "MicrosoftAppPassword",
    "MicrosoftAppTenantId",
    "WEBSITE_SITE_NAME",
    "HOST",
    "COSMOS_PORT",
  ])
    delete env[name];
  Object.assign(env, options.env);

  // Its own process group: if the graceful stop fails, the Playground child is killed with it.
  const child = spawn(process.execPath, [START_SCRIPT, ...(options.args ?? [])], {
    cwd: ROOT,
    env,
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  let printed = "";
  child.stdout?.on("data", (chunk: Buffer) => (printed += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (printed += chunk.toString()));
  const output = () => printed;
  const exit = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  const forceKill = () => {
    try {
      if (child.pid) process.kill(-child.pid, "SIGKILL");
    } catch {
      /* already gone */
    }
  };

  try {
    await waitForLine(child, output, READY_LINE, timeoutMs);
    const withPlayground = !options.args?.includes("--no-playground");
    const playgroundUrl = withPlayground ? /Agents Playground\s+(http:\/\/\S+)/.exec(printed)?.[1] : "";
    if (playgroundUrl === undefined) throw new Error(`no Playground URL in the output:\n${printed}`);
    if (withPlayground) await waitForUrl(playgroundUrl, timeoutMs, output);
    return {
      hostUrl: `http://127.0.0.1:${port}`,
      playgroundUrl,
      dataDir,
      output,
      async stop() {
        if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
        const guard = setTimeout(forceKill, 15_000);
        const code = await exit;
        clearTimeout(guard);
        removeDataDir();
        return code;
      },
      async kill() {
        forceKill();
        await exit;
        removeDataDir();
      },
    };
  } catch (error) {
    forceKill();
    await exit;
    removeDataDir();
    throw error;
  }
}
