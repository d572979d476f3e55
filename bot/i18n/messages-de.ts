/** German user-facing text: the primary language. Keys are shared with messages-en.ts. */
export const de = {
  "app.name": "lqw-reflect",

  "welcome.title": "Willkommen bei lqw-reflect",
  "welcome.greeting": "Hallo {name}!",
  "welcome.intro":
    "Ich helfe Ihrem Team, die Qualitätsarbeit laufend und in kleinen Schritten zu reflektieren: etwa einmal pro Woche eine kurze Frage zu einem Qualitätsbereich, in einer Minute beantwortet. Aus den Antworten entsteht nach und nach der Entwurf für den Selbstreport.",
  "welcome.privacy.title": "Wer sieht was?",
  "welcome.privacy.own": "Ihre eigenen Antworten sehen Sie jederzeit – und können sie bearbeiten, exportieren und löschen.",
  "welcome.privacy.officers":
    "Die Qualitätsbeauftragten lesen Antworten, wenn sie den Selbstreport-Entwurf zusammenstellen – ohne Ihren Namen, außer Sie stimmen zu.",
  "welcome.privacy.managers":
    "Führungskräfte sehen nur Gruppenzahlen ab {threshold} Personen – nie einzelne Antworten und nie Namen.",
  "welcome.role.title": "Was Sie tun können",
  "welcome.role.staff": "Fragen beantworten, wenn sie kommen – oder jederzeit „frage“ schreiben.",
  "welcome.role.manager": "„fortschritt“ zeigt, wie weit Ihre Organisation in den Qualitätsbereichen ist.",
  "welcome.role.qualityOfficer": "„einrichtung“ richtet die Organisation ein, „export“ erstellt Selbstreport-Entwürfe.",
  "welcome.action.help": "Hilfe",

  "help.title": "Hilfe",
  "help.intro": "Schreiben Sie einen dieser Befehle (Groß- und Kleinschreibung egal):",
  "help.staff.title": "Für alle",
  "help.manager.title": "Für Führungskräfte",
  "help.qualityOfficer.title": "Für Qualitätsbeauftragte",
  "help.command.help": "hilfe – diese Übersicht",
  "help.command.prompt": "frage – eine neue Reflexionsfrage",
  "help.command.myAnswers": "meine antworten – Ihre Antworten ansehen, bearbeiten, löschen",
  "help.command.pause": "pause bis 31.12.2026 / fortsetzen – Fragen pausieren",
  "help.command.vacation": "urlaub bis 15.08.2026 – keine Fragen während des Urlaubs",
  "help.command.language": "sprache de / sprache en – Sprache wechseln",
  "help.command.settings": "einstellungen – Gruppe und bevorzugte Uhrzeit",
  "help.command.myData": "meine daten – alle Ihre Daten als Datei herunterladen",
  "help.command.deleteAll": "alles löschen – alle Ihre Antworten löschen",
  "help.command.progress": "fortschritt – Stand der Reflexion je Qualitätsbereich (nur Gruppenzahlen)",
  "help.command.setup": "einrichtung – Qualitätsmodell, Termine, Zeitplan, Gruppen",
  "help.command.roles": "rollen – Rollen vergeben und entziehen",
  "help.command.overview": "übersicht – Konfiguration und Mitglieder auf einen Blick",
  "help.command.export": "export – Selbstreport-Entwürfe als Word oder Markdown",
  "help.privacy": "Datenschutz: Führungskräfte sehen nur Gruppenzahlen, nie Ihre Antworten oder Ihren Namen.",

  "hint.unknown": "Das habe ich leider nicht verstanden. Schreiben Sie „hilfe“, um zu sehen, was ich kann.",

  "error.generic": "Da ist leider etwas schiefgegangen. Bitte versuchen Sie es gleich noch einmal. (Fehler-ID: {correlationId})",
  "error.storeUnavailable":
    "Der Speicher ist gerade nicht erreichbar. Bitte versuchen Sie es in einem Moment noch einmal. (Fehler-ID: {correlationId})",
  "error.notAllowed": "Das dürfen nur {role}. (Fehler-ID: {correlationId})",
  "error.invalidInput": "Diese Eingabe konnte ich nicht verarbeiten. Bitte prüfen Sie sie. (Fehler-ID: {correlationId})",
  "error.conflict":
    "Das wurde inzwischen an anderer Stelle geändert. Bitte laden Sie den aktuellen Stand und versuchen Sie es erneut. (Fehler-ID: {correlationId})",
  "error.notFound": "Das gibt es nicht mehr – vielleicht wurde es gelöscht. (Fehler-ID: {correlationId})",
  "error.tenantNotAllowed": "lqw-reflect ist für Ihre Organisation nicht freigeschaltet. Bitte wenden Sie sich an Ihre IT.",
  "error.unsupportedScope": "lqw-reflect arbeitet im persönlichen Chat. Bitte schreiben Sie mir dort.",

  "role.manager": "Führungskräfte",
  "role.qualityOfficer": "Qualitätsbeauftragte",
  "role.managerOrQualityOfficer": "Führungskräfte und Qualitätsbeauftragte",
} as const;

export type MessageKey = keyof typeof de;
