/**
 * The README's demo path on a fresh data folder, at whatever hour the test runs: start as Anna
 * (`npm start -- --as=anna`), open the Playground, then `npm run schedule:now` in a second
 * terminal; her prompt arrives at once (local mode's "send now" ignores working hours).
 */
import { spawn } from "node:child_process";
import * as path from "node:path";
import { openPlayground, type PlaygroundSession } from "../support/playground-session";

jest.setTimeout(120_000);

const SCHEDULE_NOW = path.resolve(__dirname, "..", "..", "dist", "functions", "local", "schedule-now.js");

/** `npm run schedule:now` as a second terminal runs it; resolves with its exit code and output. */
function runScheduleNow(dataDir: string): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [SCHEDULE_NOW], {
      env: { ...process.env, LOCAL_DATA_DIR: dataDir },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.once("error", reject);
    child.once("exit", (code) => resolve({ code, output }));
  });
}

describe("README demo path: open as Anna, npm run schedule:now, her prompt arrives", () => {
  let session: PlaygroundSession;

  beforeAll(async () => {
    session = await openPlayground({ args: ["--as=anna"] });
  });

  afterAll(async () => {
    if (session) expect(await session.close()).toBe(0);
  });

  it("sends Anna her prompt at once on a fresh data folder, whatever the hour", async () => {
    const { page } = session;
    // Opening the Playground opens Anna's chat: the welcome comes unasked.
    await page.locator(".ac-adaptiveCard", { hasText: "Willkommen bei lqw-reflect" }).first().waitFor();
    const { code, output } = await runScheduleNow(session.stack.dataDir);
    // Counted as sent also when `npm start`'s own minute timer claims the prompt this run recorded
    // (test/integration/schedule-now.test.ts plays that race).
    expect(output).toMatch(/[1-9]\d* Fragen? verschickt/);
    expect(code).toBe(0);
    const prompt = page.locator(".ac-adaptiveCard", { hasText: "Absenden" }).last();
    await prompt.waitFor({ state: "visible" });
    await prompt
      .getByText(/LQW · QB \d+/)
      .first()
      .waitFor();
    await session.screenshot("e2e-demo-path-anna.png");
  });
});
