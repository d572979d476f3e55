/** The help card: every command per role. */
import type { MessageDefinitions } from "../message-definition";

export const helpMessages = {
  "help.title": { de: "Hilfe", en: "Help" },
  "help.intro": {
    de: "Schreiben Sie einen dieser Befehle (Groß- und Kleinschreibung egal):",
    en: "Type one of these commands (case does not matter):",
  },
  "help.staff.title": { de: "Für alle", en: "For everyone" },
  "help.manager.title": { de: "Für Führungskräfte", en: "For managers" },
  "help.qualityOfficer.title": { de: "Für Qualitätsbeauftragte", en: "For quality officers" },
  "help.command.help": { de: "hilfe – diese Übersicht", en: "help – this overview" },
  "help.command.prompt": { de: "frage – eine neue Reflexionsfrage", en: "prompt – a new reflection question" },
  "help.command.myAnswers": {
    de: "meine antworten – Ihre Antworten ansehen, bearbeiten, löschen",
    en: "my answers – view, edit and delete your answers",
  },
  "help.command.pause": {
    de: "pause bis {until} / pause 2 Wochen / fortsetzen – Fragen pausieren",
    en: "pause until {until} / pause 2 weeks / resume – pause questions",
  },
  "help.command.vacation": {
    de: "urlaub vom {from} bis {to} – keine Fragen während des Urlaubs (auch im Voraus)",
    en: "vacation from {from} to {to} – no questions while you are away (also ahead)",
  },
  "help.command.language": {
    de: "sprache de / sprache en – Sprache wechseln",
    en: "language de / language en – switch language",
  },
  "help.command.settings": {
    de: "einstellungen – Gruppe und bevorzugte Uhrzeit",
    en: "settings – group and preferred time",
  },
  "help.command.myData": {
    de: "meine daten – alle Ihre Daten als Datei herunterladen",
    en: "my data – download all your data as a file",
  },
  "help.command.deleteAll": {
    de: "alles löschen – alle Ihre Antworten löschen",
    en: "delete my data – delete all your answers",
  },
  "help.command.progress": {
    de: "fortschritt – Stand der Reflexion je Qualitätsbereich (nur Gruppenzahlen)",
    en: "progress – reflection status per quality area (group figures only)",
  },
  "help.command.setup": {
    de: "einrichtung – Qualitätsmodell, Termine, Zeitplan, Gruppen",
    en: "setup – quality model, dates, schedule, groups",
  },
  "help.command.roles": { de: "rollen – Rollen vergeben und entziehen", en: "roles – assign and remove roles" },
  "help.command.overview": {
    de: "übersicht – Konfiguration und Mitglieder auf einen Blick",
    en: "overview – configuration and members at a glance",
  },
  "help.command.export": {
    de: "export – Selbstreport-Entwürfe als Word oder Markdown",
    en: "export – self-report drafts as Word or Markdown",
  },
  "help.command.reportBasis": {
    de: "grundlagen – Anforderungen, vereinbarte Ziele, voriger Selbstreport und Gutachten für die Entwürfe; den vorigen Selbstreport können Sie auch als Word-Datei (.docx) hier im Chat senden",
    en: "report basis – requirements, agreed goals, previous self-report and review for the drafts; you can also send the previous self-report as a Word file (.docx) here in the chat",
  },
  "help.command.promptIds": {
    de: "kennungen – die Fragen eines Qualitätsbereichs mit ihren Kennungen (z. B. „kennungen 2“), für „Fragen:“ in den Grundlagen",
    en: "prompt ids – the prompts of a quality area with their ids (e.g. “prompt ids 2”), for “Prompts:” in the report basis",
  },
  "help.command.deliveryStatus": {
    de: "zustellung – wie viele Fragen zugestellt, offen oder nicht zustellbar sind",
    en: "delivery – how many prompts were delivered, are pending or could not be delivered",
  },
  "help.command.runSchedule": {
    de: "zeitplan jetzt / jetzt senden – nur lokal: Fragen sofort an alle senden",
    en: "run schedule / send now – local mode only: send prompts to everyone now",
  },
  "help.privacy": {
    de: "Datenschutz: Führungskräfte sehen nur Gruppenzahlen, nie Ihre Antworten oder Ihren Namen.",
    en: "Privacy: managers only see group figures, never your answers or your name.",
  },
} satisfies MessageDefinitions;
