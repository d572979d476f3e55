/** Scheduled prompts, reminders, the delivery status and „zeitplan jetzt“. */
import type { MessageDefinitions } from "../message-definition";

export const deliveryMessages = {
  "delivery.prompt.summary": { de: "Eine neue Reflexionsfrage für Sie", en: "A new reflection prompt for you" },
  "delivery.reminder.summary": {
    de: "Erinnerung: Ihre Reflexionsfrage wartet noch",
    en: "Reminder: your reflection prompt is still waiting",
  },
  "delivery.reminder.title": { de: "Kleine Erinnerung", en: "A gentle reminder" },
  "delivery.reminder.text": {
    de: "Ihre Frage vom {date} ist noch offen. Eine Minute genügt – oder überspringen Sie sie einfach.",
    en: "Your prompt from {date} is still open. A minute is enough – or simply skip it.",
  },
  "delivery.reminder.open": { de: "Frage öffnen", en: "Open prompt" },
  "delivery.status.title": { de: "Zustellung der Fragen", en: "Prompt delivery" },
  "delivery.status.sent": { de: "Gesendet", en: "Sent" },
  "delivery.status.pending": { de: "Ausstehend", en: "Pending" },
  "delivery.status.failed": { de: "Fehlgeschlagen", en: "Failed" },
  "delivery.status.unreachable": { de: "Nicht zustellbar", en: "Undeliverable" },
  "delivery.status.membersNotInstalled": {
    de: "Personen, die die App entfernt haben",
    en: "People who removed the app",
  },
  "delivery.status.membersUnreachable": {
    de: "Personen, die nicht erreichbar sind",
    en: "People who cannot be reached",
  },
  "delivery.status.known": {
    de: {
      one: "Der Bot kennt {count} Person: die eine, die die App installiert hat.",
      other: "Der Bot kennt {count} Personen: alle, die die App installiert haben.",
    },
    en: {
      one: "The bot knows {count} person: the one who installed the app.",
      other: "The bot knows {count} people: everyone who installed the app.",
    },
  },
  "delivery.status.neverInstalled": {
    de: "Wer die App nie installiert hat, ist dem Bot unbekannt und bekommt keine Fragen. Ihre IT kann die App für alle installieren (Microsoft Graph oder eine App-Einrichtungsrichtlinie).",
    en: "People who never installed the app are unknown to the bot and get no prompts. Your IT can install the app for everyone (Microsoft Graph or an app setup policy).",
  },
  "delivery.status.listButton": { de: "Wer fehlt?", en: "Who is missing?" },
  "delivery.list.title": { de: "Nicht erreichbar", en: "Not reachable" },
  "delivery.list.intro": {
    de: "Diese Personen bekommen derzeit keine Fragen. Die Namen sehen nur Qualitätsbeauftragte.",
    en: "These people get no prompts at the moment. Only quality officers see the names.",
  },
  "delivery.list.notInstalled": { de: "{name} – App entfernt", en: "{name} – removed the app" },
  "delivery.list.unreachable": {
    de: "{name} – nicht erreichbar (blockiert oder Chat gelöscht)",
    en: "{name} – not reachable (blocked or chat deleted)",
  },
  "delivery.list.more": { de: "… und {count} weitere.", en: "… and {count} more." },
  "delivery.list.none": {
    de: "Alle bekannten Personen sind erreichbar.",
    en: "Everyone the bot knows can be reached.",
  },
  "delivery.list.unnamed": { de: "(ohne Namen)", en: "(no name)" },
  "delivery.runNow.localOnly": {
    de: "„zeitplan jetzt“ gibt es nur im lokalen Modus. In Azure läuft der Zeitplan von selbst alle 5 Minuten.",
    en: "“run schedule” exists in local mode only. On Azure the schedule runs by itself every 5 minutes.",
  },
  "delivery.runNow.notSetUp": {
    de: "Richten Sie zuerst die Organisation ein („einrichtung“); dann gibt es Fragen zu verschicken.",
    en: "Set up the organisation first (“setup”); then there are prompts to send.",
  },
  "delivery.runNow.unavailable": {
    de: "Der Zeitplan kann gerade nicht gestartet werden.",
    en: "The schedule cannot be started right now.",
  },
  "delivery.runNow.done": {
    de: "Zeitplan ausgeführt – neu eingeplant: {recorded}, gesendet: {sent}, Erinnerungen: {reminded}, fehlgeschlagen: {failed}.",
    en: "Schedule run – newly scheduled: {recorded}, sent: {sent}, reminders: {reminded}, failed: {failed}.",
  },
  "delivery.runNow.nothingDue": {
    de: "Zeitplan ausgeführt: Alle haben ihre Frage für diesen Zeitraum schon bekommen (oder pausieren). Nichts gesendet.",
    en: "Schedule run: everyone already has their prompt for this period (or is paused). Nothing sent.",
  },
} satisfies MessageDefinitions;
