/**
 * `npm run schedule:now` against the local host's run-now route, the way `npm start` serves it:
 * the embedded store, the fake connector and the real adapter behind it.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { startLocalHost, type LocalHost } from "../../functions/local/local-host";
import {
  findRunningHosts,
  LOCAL_TOKEN_HEADER,
  newLocalToken,
  registerRunningHost,
  unregisterRunningHost,
  readLocalHostFile,
  removeLocalHostFile,
  writeLocalHostFile,
} from "../../functions/local/local-host-file";
import { describeFigures, scheduleNow } from "../../functions/local/schedule-now";
import {
  createScheduleNowRoute,
  SCHEDULE_NOW_ROUTE,
  type ScheduleNowServices,
} from "../../functions/local/schedule-now-route";
import { HTTP_FUNCTIONS } from "../../functions/registrations";
import { sendCounts, startDeliveryEnv, type DeliveryEnv } from "./delivery-fixtures";

describe("npm run schedule:now", () => {
  let env: DeliveryEnv;
  const hosts: LocalHost[] = [];
  const dataDirs: string[] = [];

  beforeAll(async () => {
    env = await startDeliveryEnv();
  });
  afterAll(async () => env.stop());
  afterEach(async () => {
    await Promise.all(hosts.splice(0).map((host) => host.close()));
    for (const dir of dataDirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
    env.connector.clear();
  });

  const newDataDir = () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "lqw-schedule-now-"));
    dataDirs.push(dir);
    return dir;
  };

  /** The app's services as `npm start` has them; only the organisations given are known to the store's org list. */
  const services = (isLocalMode: boolean): ScheduleNowServices => ({
    config: { isLocalMode },
    clock: env.clock,
    repos: env.repos,
    scheduling: env.scheduling(),
  });

  /** A running `npm start`: its local host with the route, and .data/local-host.json pointing at it. */
  async function runningStart(isLocalMode = true) {
    const token = newLocalToken();
    const host = await startLocalHost({
      host: "127.0.0.1",
      port: 0,
      functions: [...HTTP_FUNCTIONS, createScheduleNowRoute({ token, services: async () => services(isLocalMode) })],
      isLocalMode,
    });
    hosts.push(host);
    const dataDir = newDataDir();
    writeLocalHostFile(dataDir, { url: host.url, token, pid: process.pid });
    return { host, dataDir, token };
  }

  /** `registryDir`: the per-user registry of running npm starts; an empty one unless a test registers. */
  async function run(dataDir: string, registryDir = newDataDir()) {
    const lines: string[] = [];
    const code = await scheduleNow({ dataDir, registryDir, write: (line) => lines.push(line) });
    return { code, output: lines.join("\n") };
  }

  it("sends every member of a set-up organisation their prompt at once and says how many, in German and English", async () => {
    await env.addOrg("org-now");
    for (const member of ["anna", "ben", "carla"]) await env.addMember("org-now", member);
    const { dataDir } = await runningStart();

    const first = await run(dataDir);

    expect(first.code).toBe(0);
    expect(first.output).toContain(
      "3 Fragen verschickt, 0 Erinnerungen (neu eingeplant: 3, fehlgeschlagen: 0, warten auf den nächsten Versuch: 0).",
    );
    expect(first.output).toContain(
      "3 prompts sent, 0 reminders (newly scheduled: 3, failed: 0, waiting for the next attempt: 0).",
    );
    const counts = sendCounts(env.connector);
    expect(counts.size).toBe(3);
    expect([...counts.values()].every((count) => count === 1)).toBe(true);

    const again = await run(dataDir);
    expect(again.output).toContain("0 Fragen verschickt");
    expect(again.output).toContain("Fragen bekommt nur, wer den Chat mit dem Bot geöffnet hat");
    expect(env.connector.sent).toHaveLength(3);
  });

  it("counts the prompts it recorded that another run sent first, as npm start's minute timer can", async () => {
    await env.addOrg("org-timer-first");
    for (const member of ["anna", "ben", "carla"]) await env.addMember("org-timer-first", member);
    // The timer's worker claims and sends the recorded prompts after the tick, before run-now's worker looks.
    const timer = env.scheduling({ workerId: "minute-timer" });
    let hasTimerRun = false;
    const deliveries = env.repos.deliveries;
    const claimDue: typeof deliveries.claimDue = async (...args) => {
      if (!hasTimerRun) {
        hasTimerRun = true;
        expect(await timer.worker.run({ orgIds: ["org-timer-first"] })).toMatchObject({ sent: 3 });
      }
      return deliveries.claimDue(...args);
    };
    const scheduling = env.scheduling({ repos: { ...env.repos, deliveries: { ...deliveries, claimDue } } });

    const run = await scheduling.runNow("org-timer-first", env.clock.now());

    expect(hasTimerRun).toBe(true);
    expect(run).toEqual({ isSetUp: true, recorded: 3, sent: 3, reminded: 0, failed: 0, waiting: 0 });
    expect([...sendCounts(env.connector).values()]).toEqual([1, 1, 1]);
    // Run again: nothing new recorded, nothing sent, whoever would send it.
    expect(await scheduling.runNow("org-timer-first", env.clock.now())).toMatchObject({ recorded: 0, sent: 0 });
  });

  it("says „1 Frage“ and “1 reminder” for one of each", () => {
    const figures = { organisations: 1, recorded: 1, sent: 1, reminded: 1, failed: 0, waiting: 0 };
    expect(describeFigures(figures)).toEqual([
      "1 Frage verschickt, 1 Erinnerung (neu eingeplant: 1, fehlgeschlagen: 0, warten auf den nächsten Versuch: 0).",
      "1 prompt sent, 1 reminder (newly scheduled: 1, failed: 0, waiting for the next attempt: 0).",
    ]);
  });

  it("refuses outside local mode and sends nothing: there the timers run the schedule", async () => {
    await env.addOrg("org-azure");
    await env.addMember("org-azure", "dora");
    const { host, dataDir, token } = await runningStart(false);

    const answer = await fetch(`${host.url}/api/${SCHEDULE_NOW_ROUTE}`, {
      method: "POST",
      headers: { [LOCAL_TOKEN_HEADER]: token },
    });
    expect(answer.status).toBe(403);
    expect(await answer.json()).toEqual({ error: "local-mode-only" });

    const { code, output } = await run(dataDir);
    expect(code).toBe(1);
    expect(output).toContain("Das geht nur im lokalen Modus");
    expect(output).toContain("On Azure the schedule runs by itself");
    expect(env.connector.sent).toHaveLength(0);
    expect(await env.repos.deliveries.countsByState("org-azure")).toMatchObject({ pending: 0, sent: 0 });
  });

  it("refuses a caller without the token from .data/local-host.json, such as a web page in the browser", async () => {
    await env.addOrg("org-csrf");
    await env.addMember("org-csrf", "emil");
    const { host } = await runningStart();

    const withoutToken = await fetch(`${host.url}/api/${SCHEDULE_NOW_ROUTE}`, { method: "POST" });
    const wrongToken = await fetch(`${host.url}/api/${SCHEDULE_NOW_ROUTE}`, {
      method: "POST",
      headers: { [LOCAL_TOKEN_HEADER]: newLocalToken() },
    });

    expect([withoutToken.status, wrongToken.status]).toEqual([401, 401]);
    expect(env.connector.sent).toHaveLength(0);
    expect(await env.repos.deliveries.countsByState("org-csrf")).toMatchObject({ pending: 0, sent: 0 });
  });

  it("is served by the local host only, never registered with Azure Functions", () => {
    expect(HTTP_FUNCTIONS.map((registration) => registration.route)).not.toContain(SCHEDULE_NOW_ROUTE);
  });

  it("explains that npm start must run first when it is not running", async () => {
    const { code, output } = await run(newDataDir());
    expect(code).toBe(1);
    expect(output).toContain("npm start läuft nicht");
    expect(output).toContain("Start it first in another terminal.");
  });

  it("explains when npm start has stopped without removing its file", async () => {
    const { host, dataDir } = await runningStart();
    await host.close();

    const { code, output } = await run(dataDir);
    expect(code).toBe(1);
    expect(output).toContain(`npm start antwortet nicht unter ${host.url}`);
  });

  it("finds the running npm start whatever data folder it was started with, and names several when it cannot choose", async () => {
    await env.addOrg("org-elsewhere");
    await env.addMember("org-elsewhere", "dora");
    const { host, token, dataDir: startedWith } = await runningStart();
    const registry = newDataDir();
    registerRunningHost(registry, { url: host.url, token, pid: process.pid, dataDir: startedWith });
    // A stopped run left its entry behind: it is not counted (and is cleared).
    registerRunningHost(registry, { url: "http://127.0.0.1:1", token, pid: 2 ** 22 + 7, dataDir: "/gone" });

    const found = await run(newDataDir(), registry);
    expect(found.code).toBe(0);
    expect(found.output).toMatch(/\d+ Fragen? verschickt/);
    expect(findRunningHosts(registry).map((each) => each.dataDir)).toEqual([startedWith]);

    // Two running (this process stands in for both): it names their folders instead of guessing.
    registerRunningHost(registry, { url: host.url, token, pid: process.ppid, dataDir: "/other/.data" });
    const several = await run(newDataDir(), registry);
    expect(several.code).toBe(1);
    expect(several.output).toContain("Es laufen mehrere npm start");
    expect(several.output).toContain(startedWith);
    expect(several.output).toContain("/other/.data");
    unregisterRunningHost(registry, process.ppid);
    unregisterRunningHost(registry, process.pid);
    expect(findRunningHosts(registry)).toEqual([]);
  });

  it("leaves a newer npm start's file in place when an older one stops", () => {
    const dataDir = newDataDir();
    const older = newLocalToken();
    const newer = newLocalToken();
    writeLocalHostFile(dataDir, { url: "http://127.0.0.1:3978", token: newer, pid: 4242 });

    removeLocalHostFile(dataDir, older);
    expect(readLocalHostFile(dataDir)?.token).toBe(newer);
    removeLocalHostFile(dataDir, newer);
    expect(readLocalHostFile(dataDir)).toBeUndefined();
  });
});
