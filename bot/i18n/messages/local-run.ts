/** `npm start` and `npm run schedule:now` in the terminal: German, then English. */
import type { MessageDefinitions } from "../message-definition";

export const localRunMessages = {
  "localRun.portTaken": {
    de: "npm start startet nicht: Port {port} ist schon belegt (von einem anderen Programm oder einem zweiten npm start). Wählen Sie einen freien Port mit {setting}, zum Beispiel: {setting}={example} npm start",
    en: "npm start does not start: port {port} is already in use (by another program or a second npm start). Choose a free port with {setting}, for example: {setting}={example} npm start",
  },
  "localRun.notRunning": {
    de: "npm start läuft nicht ({file} fehlt, und kein anderes npm start hat sich gemeldet). Starten Sie es zuerst in einem anderen Terminal.",
    en: "npm start is not running ({file} is missing, and no other npm start has registered). Start it first in another terminal.",
  },
  "localRun.severalRunning": {
    de: "Es laufen mehrere npm start (Datenordner: {folders}). Wählen Sie einen mit LOCAL_DATA_DIR, zum Beispiel: LOCAL_DATA_DIR=<Ordner> npm run schedule:now",
    en: "Several npm start are running (data folders: {folders}). Choose one with LOCAL_DATA_DIR, for example: LOCAL_DATA_DIR=<folder> npm run schedule:now",
  },
  "localRun.noAnswer": {
    de: "npm start antwortet nicht unter {url}. Läuft es noch?",
    en: "npm start does not answer at {url}. Is it still running?",
  },
  "localRun.localModeOnly": {
    de: "Das geht nur im lokalen Modus (ohne MicrosoftAppId). In Azure läuft der Zeitplan von selbst alle 5 Minuten.",
    en: "This works in local mode only (no MicrosoftAppId). On Azure the schedule runs by itself every 5 minutes.",
  },
  "localRun.otherHost": {
    de: "Ein anderes npm start antwortet unter {url}. Starten Sie npm start neu.",
    en: "Another npm start answers at {url}. Restart npm start.",
  },
  "localRun.failed": {
    de: "Der Zeitplan ist fehlgeschlagen (HTTP {status}); die Ausgabe von npm start nennt den Grund.",
    en: "Running the schedule failed (HTTP {status}); the output of npm start says why.",
  },
  "localRun.noOrganisation": {
    de: "Noch keine Organisation eingerichtet: Schreiben Sie dem Bot „einrichtung“.",
    en: "No organisation is set up yet: write “setup” to the bot.",
  },
  "localRun.figures": {
    de: "{prompts}, {reminders} (neu eingeplant: {recorded}, fehlgeschlagen: {failed}, warten auf den nächsten Versuch: {waiting}).",
    en: "{prompts}, {reminders} (newly scheduled: {recorded}, failed: {failed}, waiting for the next attempt: {waiting}).",
  },
  "localRun.prompts": {
    de: { one: "{count} Frage verschickt", other: "{count} Fragen verschickt" },
    en: { one: "{count} prompt sent", other: "{count} prompts sent" },
  },
  "localRun.reminders": {
    de: { one: "{count} Erinnerung", other: "{count} Erinnerungen" },
    en: { one: "{count} reminder", other: "{count} reminders" },
  },
  "localRun.nobodyDue": {
    de: "Fragen bekommt nur, wer den Chat mit dem Bot geöffnet hat (im Agents Playground: die Seite öffnen) und in diesem Zeitraum noch keine Frage hatte.",
    en: "Prompts go only to people who opened the chat with the bot (in the Agents Playground: open the page) and have had none this period.",
  },
} satisfies MessageDefinitions;
