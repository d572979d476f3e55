/**
 * `npm start`: the whole app on one machine without a cloud account. Starts the embedded
 * Cosmos-compatible server (data kept in .data/), the local Functions host and the
 * Microsoft 365 Agents Playground; prints their URLs; stops all of them on Ctrl-C.
 */
import { spawn, type ChildProcess } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { startLocalHost } from "./local-host";
import { startEmbeddedCosmos, type EmbeddedCosmos } from "./embedded-cosmos";
import { createStorePersistence, type StorePersistence } from "./store-persistence";
import { resumeClaimsOfEarlierRun } from "./resume-claims";
import { DEMO_TENANT_ID, DEMO_USERS, playgroundConfigFor, type DemoUserKey } from "./demo-organisation";
import { seedDemoOrganisation } from "./demo-seed";
import { startLocalTimers } from "./local-timers";
import {
  defaultRegistryDir,
  newLocalToken,
  registerRunningHost,
  removeLocalHostFile,
  unregisterRunningHost,
  writeLocalHostFile,
} from "./local-host-file";
import { createScheduleNowRoute } from "./schedule-now-route";
import { holdPorts, isAddressInUse, type PlannedPort } from "./port-check";
import { LOCALES } from "../../bot/domain/quality-models";
import { translator } from "../../bot/i18n/translator";
import { loadShippedApp } from "./shipped-app";

const ROOT = path.resolve(__dirname, "..", "..", "..");

interface StartOptions {
  host: string;
  port: number;
  playgroundPort: number;
  dataDir: string;
  demoUser: DemoUserKey;
  withPlayground: boolean;
  demoLocale: "de" | "en";
}

function readOptions(argv: readonly string[], env: NodeJS.ProcessEnv): StartOptions {
  const flag = (name: string) => argv.find((arg) => arg.startsWith(`--${name}=`))?.split("=")[1];
  const demoUser = (flag("as") ?? env.DEMO_USER ?? "miriam") as DemoUserKey;
  if (!(demoUser in DEMO_USERS)) throw new Error(`--as must be one of ${Object.keys(DEMO_USERS).join(", ")}`);
  return {
    host: env.HOST ?? "127.0.0.1",
    port: Number(env.PORT ?? 3978),
    playgroundPort: Number(env.PLAYGROUND_PORT ?? 56150),
    dataDir: path.resolve(ROOT, env.LOCAL_DATA_DIR ?? ".data"),
    demoUser,
    withPlayground: !argv.includes("--no-playground"),
    demoLocale: flag("lang") === "en" ? "en" : "de",
  };
}

/** Every port this run will listen on, with the setting that moves it. */
function plannedPorts(options: StartOptions, env: NodeJS.ProcessEnv): PlannedPort[] {
  const ports: PlannedPort[] = [{ port: options.port, setting: "PORT" }];
  if (options.withPlayground) ports.push({ port: options.playgroundPort, setting: "PLAYGROUND_PORT" });
  const cosmosPort = Number(env.COSMOS_PORT ?? 0);
  if (!env.COSMOS_ENDPOINT && cosmosPort > 0) ports.push({ port: cosmosPort, setting: "COSMOS_PORT" });
  return ports;
}

/** German, then English, on stderr: which port is taken and how to choose another. */
function sayPortTaken(taken: PlannedPort): void {
  for (const locale of LOCALES)
    process.stderr.write(
      `${translator(locale)("localRun.portTaken", { port: taken.port, setting: taken.setting, example: taken.port + 1 })}\n`,
    );
}

async function main(): Promise<void> {
  const options = readOptions(process.argv.slice(2), process.env);
  const hold = await holdPorts(plannedPorts(options, process.env));
  if (hold.taken) {
    sayPortTaken(hold.taken);
    process.exit(1);
  }
  const { held } = hold;
  fs.mkdirSync(options.dataDir, { recursive: true });

  let cosmos: EmbeddedCosmos | undefined;
  // Set once the store client exists; the server acknowledges a write only once it is on disk.
  let persistence: StorePersistence | undefined;
  if (!process.env.COSMOS_ENDPOINT) {
    await held.release("COSMOS_PORT");
    cosmos = await startEmbeddedCosmos(Number(process.env.COSMOS_PORT ?? 0), {
      recordWrites: async (writes) => persistence?.record(writes),
    });
    process.env.COSMOS_ENDPOINT = cosmos.endpoint;
    process.env.COSMOS_KEY = cosmos.key;
  }
  // The demo quality officer is a quality officer from the start, as a tenant's first officers would be.
  process.env.BOOTSTRAP_QUALITY_OFFICERS ??= `${DEMO_TENANT_ID}:${DEMO_USERS.miriam.aadObjectId}`;
  const playgroundConnector = `http://localhost:${options.playgroundPort}/_connector`;
  // Local mode only (no app id): with an app id these settings are refused, and the Playground is not the channel.
  if (!process.env.MicrosoftAppId) {
    // The Playground always says "en-US"; German is the product's first language, --lang=en switches.
    process.env.LOCAL_CLIENT_LOCALE ??= options.demoLocale;
    // The bot answers the Playground's connector and nothing else.
    process.env.LOCAL_SERVICE_URL ??= playgroundConnector;
  }

  // The bundle Azure runs, not the compiled modules beside this file.
  const { HTTP_FUNCTIONS, TIMER_FUNCTIONS, configureRoot, disposeServices, getServices } = loadShippedApp();
  const baseUrl = `http://${options.host}:${options.port}`;
  configureRoot({ env: process.env, localBaseUrl: baseUrl });
  const services = await getServices();
  await services.store.ensureContainers();
  persistence = cosmos
    ? createStorePersistence({
        store: services.store,
        database: services.config.cosmos.database,
        dataDir: options.dataDir,
      })
    : undefined;
  const restored = (await persistence?.restore())?.documents ?? 0;
  // Nothing else uses the embedded store: what the run before held when it stopped is free now.
  if (cosmos) await resumeClaimsOfEarlierRun(services.repos, new Date());
  // The demo organisation (VHS Musterstadt) is set up on the embedded server's first start.
  const seeded = cosmos
    ? await seedDemoOrganisation(services.repos, new Date(), {
        serviceUrl: playgroundConnector,
      })
    : undefined;

  // `npm run schedule:now` finds this host and its token in .data/local-host.json.
  const localToken = newLocalToken();
  await held.release("PORT");
  const host = await startLocalHost({
    host: options.host,
    port: options.port,
    functions: [...HTTP_FUNCTIONS, createScheduleNowRoute({ token: localToken, services: getServices })],
    isLocalMode: services.config.isLocalMode,
  }).catch(async (error: unknown) => {
    // Taken between the check and now: the same message, not a raw EADDRINUSE.
    if (!isAddressInUse(error)) throw error;
    sayPortTaken({ port: options.port, setting: "PORT" });
    await persistence?.stop();
    await disposeServices();
    await cosmos?.stop();
    process.exit(1);
  });
  writeLocalHostFile(options.dataDir, { url: host.url, token: localToken, pid: process.pid });
  // …and from any other folder too: the per-user registry names this run and its data folder.
  const registryDir = defaultRegistryDir();
  registerRunningHost(registryDir, {
    url: host.url,
    token: localToken,
    pid: process.pid,
    dataDir: options.dataDir,
  });

  // The Functions host would run the timers; locally they run in this process.
  const timers = startLocalTimers(TIMER_FUNCTIONS);

  let playground: ChildProcess | undefined;
  if (options.withPlayground) {
    await held.release("PLAYGROUND_PORT");
    playground = startPlayground(options, `${host.url}/api/messages`);
  }

  const lines = [
    "",
    "lqw-reflect läuft / is running",
    `  Bot endpoint       ${host.url}/api/messages`,
    `  Health             ${host.url}/api/health`,
    `  Cosmos DB          ${services.config.cosmos.endpoint}${cosmos ? ` (embedded, ${restored} documents restored from ${path.relative(ROOT, options.dataDir)}/)` : ""}`,
    seeded?.isConfigured
      ? `  Demo organisation  VHS Musterstadt (LQW) with ${seeded.answersSeeded ?? 0} earlier answers; Jonas Weber is a manager, Miriam Köhler a quality officer`
      : "",
    options.withPlayground
      ? `  Agents Playground  http://localhost:${options.playgroundPort}  (you are ${DEMO_USERS[options.demoUser].name})`
      : "  Agents Playground  not started (--no-playground)",
    services.config.isLocalMode
      ? "  Prompts now        npm run schedule:now  (or write „jetzt senden“ to the bot)"
      : "",
    "Stop with Ctrl-C.",
    "",
  ];
  process.stdout.write(
    lines.filter((line, index) => line !== "" || index === 0 || index === lines.length - 1).join("\n"),
  );

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    process.stdout.write("\nStopping…\n");
    playground?.kill("SIGTERM");
    await timers.stop();
    await host.close();
    removeLocalHostFile(options.dataDir, localToken);
    unregisterRunningHost(registryDir, process.pid);
    await persistence?.stop();
    await disposeServices();
    await cosmos?.stop();
    process.exit(0);
  };
  process.on("SIGINT", () => void stop());
  process.on("SIGTERM", () => void stop());
}

function startPlayground(options: StartOptions, endpoint: string): ChildProcess {
  // The Playground reads its demo organisation from the working directory; the chosen user's
  // variant of the committed file lives under .data/.
  const workDir = path.join(options.dataDir, "playground", options.demoUser);
  fs.mkdirSync(workDir, { recursive: true });
  fs.writeFileSync(path.join(workDir, ".m365agentsplayground.yml"), playgroundConfigFor(options.demoUser));
  const cli = require.resolve("@microsoft/m365agentsplayground/cli.js");
  const child = spawn(
    process.execPath,
    [cli, "-e", endpoint, "-c", "msteams", "--disable-telemetry", "-p", String(options.playgroundPort)],
    {
      cwd: workDir,
      // It exits when its standard input closes, so it gets a pipe that stays open.
      stdio: ["pipe", "pipe", "pipe"],
      env: {
        ...process.env,
        // The Playground sends its own process's time zone as the Teams client's.
        TZ: process.env.TZ ?? "Europe/Berlin",
        // It would open a browser itself and exit where none can be opened; we print its URL instead.
        TEAMSAPPTESTER_BROWSER: "none",
        M365_AGENTS_PLAYGROUND_LOGFILE: path.join(workDir, "playground.log"),
      },
    },
  );
  // Its own output is chatty; keep the last lines to explain a failed start.
  const recent: string[] = [];
  const keep = (chunk: Buffer) => recent.push(...chunk.toString().split("\n").filter(Boolean).slice(-20));
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  child.on("exit", (code) => {
    if (code && code !== 0) {
      process.stderr.write(`${recent.slice(-20).join("\n")}\n`);
      process.stderr.write(`Agents Playground stopped (exit ${code}); see ${path.join(workDir, "playground.log")}\n`);
    }
  });
  return child;
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
