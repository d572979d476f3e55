/** A member's own data: download it, delete all answers. */
import type { MessageDefinitions } from "../message-definition";

export const myDataMessages = {
  "myData.title": { de: "Ihre Daten", en: "Your data" },
  "myData.ready": {
    de: "Ihre Daten liegen zum Herunterladen bereit: zum Lesen (jede Antwort mit Frage, Qualitätsbereich, Datum und Uhrzeit) und dasselbe als JSON für andere Programme. Die Links gelten bis {date}. Wer einen Link hat, kann die Datei bis dahin herunterladen: Bitte geben Sie ihn nicht weiter.",
    en: "Your data is ready to download: to read (each answer with its question, quality area, date and time) and the same as JSON for other programs. The links are valid until {date}. Anyone who has a link can download the file until then: please do not pass it on.",
  },
  "myData.fileName": { de: "lqw-reflect-meine-daten-{date}.md", en: "lqw-reflect-my-data-{date}.md" },
  "myData.jsonFileName": { de: "lqw-reflect-meine-daten-{date}.json", en: "lqw-reflect-my-data-{date}.json" },
  "myData.download": { de: "Zum Lesen herunterladen", en: "Download to read" },
  "myData.downloadJson": { de: "Als JSON herunterladen", en: "Download as JSON" },
  "myData.doc.title": { de: "Ihre Daten in lqw-reflect", en: "Your data in lqw-reflect" },
  "myData.doc.exportedAt": { de: "Stand: {date}", en: "As of {date}" },
  "myData.doc.you": { de: "Ihre Einstellungen", en: "Your settings" },
  "myData.doc.name": { de: "Name", en: "Name" },
  "myData.doc.group": { de: "Arbeitsbereich", en: "Area of work" },
  "myData.doc.preferredTime": { de: "Bevorzugte Uhrzeit", en: "Preferred time" },
  "myData.doc.language": { de: "Sprache", en: "Language" },
  "myData.doc.namedAttribution": {
    de: "Namentliche Nennung in Entwürfen erlaubt",
    en: "Named attribution in drafts allowed",
  },
  "myData.doc.yes": { de: "ja", en: "yes" },
  "myData.doc.no": { de: "nein", en: "no" },
  "myData.doc.pausedUntil": { de: "Pausiert bis einschließlich", en: "Paused up to and including" },
  "myData.doc.holiday": { de: "Urlaub", en: "Holiday" },
  "myData.doc.answers": {
    de: { one: "Ihre Antwort ({count})", other: "Ihre Antworten ({count})" },
    en: { one: "Your answer ({count})", other: "Your answers ({count})" },
  },
  "myData.doc.question": { de: "Frage:", en: "Question:" },
  "myData.doc.answer": { de: "Ihre Antwort:", en: "Your answer:" },
  "myData.doc.changedAt": { de: "Zuletzt geändert am {date}.", en: "Last changed on {date}." },
  "myData.doc.earlier": { de: "Frühere Fassung (ersetzt am {date}):", en: "Earlier version (replaced on {date}):" },
  "myData.doc.questionsSent": {
    de: { one: "An Sie gesendete Frage ({count})", other: "An Sie gesendete Fragen ({count})" },
    en: { one: "Question sent to you ({count})", other: "Questions sent to you ({count})" },
  },
  "myData.doc.activity": { de: "Was Sie getan haben (Protokoll)", en: "What you did (log)" },
  "myData.doc.noActivity": { de: "Keine Einträge.", en: "No entries." },
  "myData.doc.jsonHint": {
    de: "Dieselben Angaben als Daten für andere Programme: die JSON-Datei von derselben Karte.",
    en: "The same as data for other programs: the JSON file from the same card.",
  },
  "myData.response.open": { de: "noch offen", en: "still open" },
  "myData.response.answered": { de: "beantwortet", en: "answered" },
  "myData.response.skipped": { de: "übersprungen", en: "skipped" },
  "myData.response.snoozed": { de: "auf später verschoben", en: "snoozed" },
  "myData.response.replaced": { de: "durch eine andere Frage ersetzt", en: "replaced by another question" },
  "myData.action.exportCreated": { de: "Entwurf erstellt", en: "Draft created" },
  "myData.action.rolesChanged": { de: "Rolle geändert", en: "Role changed" },
  "myData.action.configChanged": { de: "Einrichtung geändert", en: "Setup changed" },
  "myData.action.dataExported": { de: "Eigene Daten heruntergeladen", en: "Own data downloaded" },
  "myData.action.dataDeleted": { de: "Eigene Antworten gelöscht", en: "Own answers deleted" },
  "deleteAll.title": { de: "Alle Ihre Antworten löschen?", en: "Delete all your answers?" },
  "deleteAll.text": {
    de: {
      one: "Das löscht Ihre einzige Antwort endgültig. Sie erscheint danach in keinem Entwurf mehr. Ihre Einstellungen bleiben.",
      other:
        "Das löscht alle {count} Antworten endgültig. Sie erscheinen danach in keinem Entwurf mehr. Ihre Einstellungen bleiben.",
    },
    en: {
      one: "This deletes your only answer for good. It will no longer appear in any draft. Your settings stay.",
      other: "This deletes all {count} answers for good. They will no longer appear in any draft. Your settings stay.",
    },
  },
  "deleteAll.citedInDrafts": {
    de: {
      one: "Ihre Antworten sind in {count} Entwurf vom {dates} zitiert, den Qualitätsbeauftragte schon erstellt haben. Er bleibt, wie er ist; sprechen Sie sie an, wenn Ihre Aussagen daraus entfernt werden sollen.",
      other:
        "Ihre Antworten sind in {count} Entwürfen vom {dates} zitiert, die Qualitätsbeauftragte schon erstellt haben. Sie bleiben, wie sie sind; sprechen Sie sie an, wenn Ihre Aussagen daraus entfernt werden sollen.",
    },
    en: {
      one: "Your answers are quoted in {count} draft of {dates} that quality officers have already compiled. It stays as it is; talk to them if your statements should be removed from it.",
      other:
        "Your answers are quoted in {count} drafts of {dates} that quality officers have already compiled. They stay as they are; talk to them if your statements should be removed from them.",
    },
  },
  "deleteAll.inDataPackages": {
    de: {
      one: "Pseudonymisiert stehen Ihre Antworten auch in {count} Datenpaket vom {dates}, das Qualitätsbeauftragte schon erstellt haben. Es bleibt, wie es ist; sprechen Sie sie an, wenn Ihre Antworten daraus entfernt werden sollen.",
      other:
        "Pseudonymisiert stehen Ihre Antworten auch in {count} Datenpaketen vom {dates}, die Qualitätsbeauftragte schon erstellt haben. Sie bleiben, wie sie sind; sprechen Sie sie an, wenn Ihre Antworten daraus entfernt werden sollen.",
    },
    en: {
      one: "Your answers, pseudonymised, are also in {count} data package of {dates} that quality officers have already created. It stays as it is; talk to them if your answers should be removed from it.",
      other:
        "Your answers, pseudonymised, are also in {count} data packages of {dates} that quality officers have already created. They stay as they are; talk to them if your answers should be removed from them.",
    },
  },
  "deleteAll.linksStopped": {
    de: "Frühere Links zum Herunterladen Ihrer Daten funktionieren nicht mehr.",
    en: "Earlier links to download your data no longer work.",
  },
  "deleteAll.yes": { de: "Ja, alles löschen", en: "Yes, delete everything" },
  "deleteAll.no": { de: "Abbrechen", en: "Cancel" },
  "deleteAll.done": {
    de: { one: "Erledigt: {count} Antwort wurde gelöscht.", other: "Erledigt: {count} Antworten wurden gelöscht." },
    en: { one: "Done: {count} answer was deleted.", other: "Done: {count} answers were deleted." },
  },
  "deleteAll.cancelled": { de: "Nichts gelöscht.", en: "Nothing was deleted." },
} satisfies MessageDefinitions;
