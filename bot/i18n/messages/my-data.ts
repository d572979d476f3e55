/** A member's own data: download it, delete all answers. */
import type { MessageDefinitions } from "../message-definition";

export const myDataMessages = {
  "myData.title": { de: "Ihre Daten", en: "Your data" },
  "myData.ready": {
    de: "Ihre Daten liegen zum Herunterladen bereit (JSON-Datei). Der Link gilt bis {date}. Wer den Link hat, kann die Datei bis dahin herunterladen: Bitte geben Sie ihn nicht weiter.",
    en: "Your data is ready to download (JSON file). The link is valid until {date}. Anyone who has the link can download the file until then: please do not pass it on.",
  },
  "myData.fileName": { de: "lqw-reflect-meine-daten-{date}.json", en: "lqw-reflect-my-data-{date}.json" },
  "myData.download": { de: "Herunterladen", en: "Download" },
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
