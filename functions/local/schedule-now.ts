/**
 * `npm run schedule:now`: asks the running `npm start` to run the schedule at once (tick and
 * delivery for every organisation) and says what happened, so a newcomer sees prompts arrive
 * in the Agents Playground without waiting for the weekly slot.
 */
import * as path from "node:path";
import { LOCALES } from "../../bot/domain/quality-models";
import { translator, type MessageKey, type MessageParams } from "../../bot/i18n/translator";
import {
  findRunningHosts,
  defaultRegistryDir,
  LOCAL_TOKEN_HEADER,
  localHostFilePath,
  readLocalHostFile,
  type LocalHostInfo,
  type RunningHost,
} from "./local-host-file";
import { SCHEDULE_NOW_ROUTE, type ScheduleNowFigures } from "./schedule-now-route";

/** The run-now answers within Teams' turn limit; this leaves room for a slow first start. */
const REQUEST_TIMEOUT_MS = 60_000;

export interface ScheduleNowCommandOptions {
  /** Where `npm start` keeps its data (.data/ or LOCAL_DATA_DIR). */
  dataDir: string;
  /** Where every running `npm start` registers itself (`defaultRegistryDir()`). */
  registryDir: string;
  write: (line: string) => void;
}

/**
 * The `npm start` to ask: the one whose data folder this is, else the only one running
 * (started with another LOCAL_DATA_DIR). Several running: none, and they are named.
 */
function findHost(dataDir: string, registryDir: string): LocalHostInfo | RunningHost[] {
  const own = readLocalHostFile(dataDir);
  if (own) return own;
  const running = findRunningHosts(registryDir);
  return running.length === 1 ? (running[0] as RunningHost) : running;
}

/** Runs the schedule in the running app; resolves with the process exit code. */
export async function scheduleNow({ dataDir, registryDir, write }: ScheduleNowCommandOptions): Promise<number> {
  const say = (key: MessageKey, params?: MessageParams) => sayInBothLanguages(write, key, params);
  const host = findHost(dataDir, registryDir);
  if (Array.isArray(host)) {
    if (host.length === 0) say("localRun.notRunning", { file: localHostFilePath(dataDir) });
    else say("localRun.severalRunning", { folders: host.map((each) => each.dataDir).join(", ") });
    return 1;
  }
  let response: Response;
  try {
    response = await fetch(`${host.url}/api/${SCHEDULE_NOW_ROUTE}`, {
      method: "POST",
      headers: { [LOCAL_TOKEN_HEADER]: host.token },
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
  } catch {
    say("localRun.noAnswer", { url: host.url });
    return 1;
  }
  if (response.status === 403) {
    say("localRun.localModeOnly");
    return 1;
  }
  if (response.status === 401) {
    say("localRun.otherHost", { url: host.url });
    return 1;
  }
  if (!response.ok) {
    say("localRun.failed", { status: response.status });
    return 1;
  }
  for (const line of describeFigures((await response.json()) as ScheduleNowFigures)) write(line);
  return 0;
}

/** A terminal has no locale we could trust: German, then English. */
function sayInBothLanguages(write: (line: string) => void, key: MessageKey, params?: MessageParams): void {
  for (const locale of LOCALES) write(translator(locale)(key, params));
}

/** German, then English: the figures in two sentences. */
export function describeFigures(figures: ScheduleNowFigures): string[] {
  if (figures.organisations === 0) return LOCALES.map((locale) => translator(locale)("localRun.noOrganisation"));
  const { recorded, sent, reminded, failed, waiting } = figures;
  const lines = LOCALES.map((locale) => {
    const t = translator(locale);
    return t("localRun.figures", {
      prompts: t("localRun.prompts", { count: sent }),
      reminders: t("localRun.reminders", { count: reminded }),
      recorded,
      failed,
      waiting,
    });
  });
  // The demo's people are known before they open the chat, and get nothing until they do.
  if (recorded + sent + reminded + failed + waiting === 0)
    lines.push(...LOCALES.map((locale) => translator(locale)("localRun.nobodyDue")));
  return lines;
}

if (require.main === module) {
  // Compiled to dist/functions/local/; .data/ lives in the repository's root, as for npm start.
  const root = path.resolve(__dirname, "..", "..", "..");
  const dataDir = path.resolve(root, process.env.LOCAL_DATA_DIR ?? ".data");
  scheduleNow({ dataDir, registryDir: defaultRegistryDir(), write: (line) => process.stdout.write(`${line}\n`) })
    .then((code) => process.exit(code))
    .catch((error: unknown) => {
      process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
      process.exit(1);
    });
}
