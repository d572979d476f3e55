/** The greeting on install and on „hallo“. */
import type { MessageDefinitions } from "../message-definition";

export const welcomeMessages = {
  "welcome.title": { de: "Willkommen bei lqw-reflect", en: "Welcome to lqw-reflect" },
  "welcome.back": {
    de: "Willkommen zurück bei lqw-reflect! Ihre Einstellungen und Antworten sind noch da; die Fragen kommen wieder zum nächsten Termin. „hilfe“ zeigt, was ich kann.",
    en: "Welcome back to lqw-reflect! Your settings and answers are still here; questions arrive again at the next scheduled time. “help” shows what I can do.",
  },
  "welcome.greeting": { de: "Hallo {name}!", en: "Hello {name}!" },
  "welcome.intro": {
    de: "Ich helfe Ihrem Team, die Qualitätsarbeit laufend und in kleinen Schritten zu reflektieren: {rhythm} eine kurze Frage zu einem Qualitätsbereich, in einer Minute beantwortet. Aus den Antworten entsteht nach und nach der Entwurf für den Selbstreport.",
    en: "I help your team reflect on your quality work continuously and in small steps: {rhythm} a short question on one quality area, answered in a minute. Over time the answers become the draft of your self-report.",
  },
  // How often questions come, as the organisation's schedule says (before setup: not yet known).
  "welcome.rhythm.weekly": { de: "einmal pro Woche", en: "once a week" },
  "welcome.rhythm.biweekly": { de: "alle zwei Wochen", en: "every two weeks" },
  "welcome.rhythm.monthly": { de: "einmal im Monat", en: "once a month" },
  "welcome.rhythm.unknown": { de: "regelmäßig", en: "regularly" },
  "welcome.privacy.title": { de: "Wer sieht was?", en: "Who sees what?" },
  "welcome.privacy.own": {
    de: "Ihre eigenen Antworten sehen Sie jederzeit – und können sie bearbeiten, exportieren und löschen.",
    en: "You can always see your own answers, and edit, export and delete them.",
  },
  "welcome.privacy.officers": {
    de: "Die Qualitätsbeauftragten lesen Antworten, wenn sie den Selbstreport-Entwurf zusammenstellen – ohne Ihren Namen, außer Sie stimmen zu.",
    en: "Quality officers read answers when they compile the self-report draft, without your name unless you agree.",
  },
  "welcome.privacy.managers": {
    de: "Führungskräfte sehen nur Gruppenzahlen ab {threshold} Personen – nie einzelne Antworten und nie Namen.",
    en: "Managers see group figures for groups of {threshold} or more only: never single answers, never names.",
  },
  "welcome.role.title": { de: "Was Sie tun können", en: "What you can do" },
  "welcome.role.staff": {
    de: "Fragen beantworten, wenn sie kommen – oder jederzeit „frage“ schreiben.",
    en: "Answer questions when they arrive, or type “prompt” at any time.",
  },
  "welcome.role.manager": {
    de: "„fortschritt“ zeigt, wie weit Ihre Organisation in den Qualitätsbereichen ist.",
    en: "“progress” shows how far your organisation has come in each quality area.",
  },
  "welcome.role.qualityOfficer": {
    de: "„einrichtung“ richtet die Organisation ein, „export“ erstellt Selbstreport-Entwürfe.",
    en: "“setup” configures your organisation, “export” compiles self-report drafts.",
  },
  "welcome.action.help": { de: "Hilfe", en: "Help" },
} satisfies MessageDefinitions;
