/** A member's own data: download it, delete all answers. */
import type { MessageDefinitions } from "../message-definition";

export const myDataMessages = {
  "myData.title": { de: "Ihre Daten", en: "Your data" },
  "myData.ready": {
    de: "Ihre Daten liegen zum Herunterladen bereit (JSON-Datei). Der Link gilt bis {date} und nur für Sie.",
    en: "Your data is ready to download (JSON file). The link is valid until {date} and for you only.",
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
  "deleteAll.yes": { de: "Ja, alles löschen", en: "Yes, delete everything" },
  "deleteAll.no": { de: "Abbrechen", en: "Cancel" },
  "deleteAll.done": {
    de: { one: "Erledigt: {count} Antwort wurde gelöscht.", other: "Erledigt: {count} Antworten wurden gelöscht." },
    en: { one: "Done: {count} answer was deleted.", other: "Done: {count} answers were deleted." },
  },
  "deleteAll.cancelled": { de: "Nichts gelöscht.", en: "Nothing was deleted." },
} satisfies MessageDefinitions;
