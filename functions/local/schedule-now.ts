/**
 * `npm run schedule:now`: asks the running `npm start` to run the schedule at once (tick and
 * delivery for every organisation) and says what happened, so a newcomer sees prompts arrive
 * in the Agents Playground without waiting for the weekly slot.
 */
import * as path from "node:path";
import { LOCAL_TOKEN_HEADER, localHostFilePath, readLocalHostFile } from "./local-host-file";
import { SCHEDULE_NOW_ROUTE, type ScheduleNowFigures } from "./schedule-now-route";

/** The run-now answers within Teams' turn limit; this leaves room for a slow first start. */
const REQUEST_TIMEOUT_MS = 60_000;

export interface ScheduleNowCommandOptions {
  /** Where `npm start` keeps its data (.data/ or LOCAL_DATA_DIR). */
  dataDir: string;
  write(line: string): void;
}

/** Runs the schedule in the running app; resolves with the process exit code. */
export async function scheduleNow({ dataDir, write }: ScheduleNowCommandOptions): Promise<number> {
  const host = readLocalHostFile(dataDir);
  if (!host) {
    write(
      `npm start läuft nicht (${localHostFilePath(dataDir)} fehlt). Starten Sie es zuerst in einem anderen Terminal.`,
    );
    write(`npm start is not running (${localHostFilePath(dataDir)} is missing). Start it first in another terminal.`);
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
    write(`npm start antwortet nicht unter ${host.url}. Läuft es noch?`);
    write(`npm start does not answer at ${host.url}. Is it still running?`);
    return 1;
  }
  if (response.status === 403) {
    write(
      "Das geht nur im lokalen Modus (ohne MicrosoftAppId). In Azure läuft der Zeitplan von selbst alle 5 Minuten.",
    );
    write("This works in local mode only (no MicrosoftAppId). On Azure the schedule runs by itself every 5 minutes.");
    return 1;
  }
  if (response.status === 401) {
    write(`Ein anderes npm start antwortet unter ${host.url}. Starten Sie npm start neu.`);
    write(`Another npm start answers at ${host.url}. Restart npm start.`);
    return 1;
  }
  if (!response.ok) {
    write(`Der Zeitplan ist fehlgeschlagen (HTTP ${response.status}); die Ausgabe von npm start nennt den Grund.`);
    write(`Running the schedule failed (HTTP ${response.status}); the output of npm start says why.`);
    return 1;
  }
  for (const line of describeFigures((await response.json()) as ScheduleNowFigures)) write(line);
  return 0;
}

/** German, then English: the figures in two sentences. */
export function describeFigures(figures: ScheduleNowFigures): string[] {
  if (figures.organisations === 0) {
    return [
      "Noch keine Organisation eingerichtet: Schreiben Sie dem Bot „einrichtung“.",
      "No organisation is set up yet: write “setup” to the bot.",
    ];
  }
  const { recorded, sent, reminded, failed, waiting } = figures;
  const lines = [
    `${sent} ${sent === 1 ? "Frage" : "Fragen"} verschickt, ${reminded} ${reminded === 1 ? "Erinnerung" : "Erinnerungen"} ` +
      `(${recorded} neu eingeplant, ${failed} fehlgeschlagen, ${waiting} warten auf den nächsten Versuch).`,
    `${sent} ${sent === 1 ? "prompt" : "prompts"} sent, ${reminded} ${reminded === 1 ? "reminder" : "reminders"} ` +
      `(${recorded} newly scheduled, ${failed} failed, ${waiting} waiting for the next attempt).`,
  ];
  if (recorded + sent + reminded + failed + waiting === 0) {
    // The demo's people are known before they open the chat, and get nothing until they do.
    lines.push(
      "Fragen bekommt nur, wer den Chat mit dem Bot geöffnet hat (im Agents Playground: die Seite öffnen) und in diesem Zeitraum noch keine Frage hatte.",
      "Prompts go only to people who opened the chat with the bot (in the Agents Playground: open the page) and have had none this period.",
    );
  }
  return lines;
}

if (require.main === module) {
  // Compiled to dist/functions/local/; .data/ lives in the repository's root, as for npm start.
  const root = path.resolve(__dirname, "..", "..", "..");
  const dataDir = path.resolve(root, process.env.LOCAL_DATA_DIR ?? ".data");
  scheduleNow({ dataDir, write: (line) => process.stdout.write(`${line}\n`) })
    .then((code) => process.exit(code))
    .catch((error: unknown) => {
      process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
      process.exit(1);
    });
}
