/** Texts every flow shares: the app's name, errors, role names. */
import type { MessageDefinitions } from "../message-definition";

export const commonMessages = {
  "app.name": { de: "lqw-reflect", en: "lqw-reflect" },

  "error.generic": {
    de: "Da ist leider etwas schiefgegangen. Bitte versuchen Sie es gleich noch einmal. (Fehler-ID: {correlationId})",
    en: "Sorry, something went wrong. Please try again in a moment. (Error ID: {correlationId})",
  },
  "error.storeUnavailable": {
    de: "Der Speicher ist gerade nicht erreichbar. Bitte versuchen Sie es in einem Moment noch einmal. (Fehler-ID: {correlationId})",
    en: "The store cannot be reached right now. Please try again in a moment. (Error ID: {correlationId})",
  },
  // A refusal, not an error: nothing went wrong, so no error id.
  "access.onlyRole": {
    de: "Das können nur {role}. Bitte wenden Sie sich an sie.",
    en: "Only {role} can do this. Please ask them.",
  },
  "error.invalidInput": {
    de: "Diese Eingabe konnte ich nicht verarbeiten. Bitte prüfen Sie sie. (Fehler-ID: {correlationId})",
    en: "I could not process this input. Please check it. (Error ID: {correlationId})",
  },
  "error.conflict": {
    de: "Das wurde inzwischen an anderer Stelle geändert. Bitte laden Sie den aktuellen Stand und versuchen Sie es erneut. (Fehler-ID: {correlationId})",
    en: "This was changed elsewhere in the meantime. Please reload it and try again. (Error ID: {correlationId})",
  },
  "error.notFound": {
    de: "Das gibt es nicht mehr – vielleicht wurde es gelöscht. (Fehler-ID: {correlationId})",
    en: "This no longer exists; it may have been deleted. (Error ID: {correlationId})",
  },
  "error.tenantNotAllowed": {
    de: "lqw-reflect ist für Ihre Organisation nicht freigeschaltet. Bitte wenden Sie sich an Ihre IT.",
    en: "lqw-reflect is not enabled for your organisation. Please contact your IT department.",
  },
  "error.unsupportedScope": {
    de: "lqw-reflect arbeitet im persönlichen Chat. Bitte schreiben Sie mir dort.",
    en: "lqw-reflect works in your personal chat. Please write to me there.",
  },
  "turn.waitAMoment": {
    de: "Einen Moment bitte – Sie schreiben schneller, als ich antworten kann. Bitte senden Sie gleich noch einmal.",
    en: "One moment, please – you are writing faster than I can answer. Please send it again in a moment.",
  },
  "turn.busy": {
    de: "Gerade ist sehr viel los, ich konnte das nicht rechtzeitig bearbeiten. Bitte versuchen Sie es in einer Minute noch einmal.",
    en: "It is very busy right now and I could not handle that in time. Please try again in a minute.",
  },
  "turn.busyCard": {
    de: "Gerade ist sehr viel los, nichts wurde gespeichert. Ihr Text steht noch auf der Karte – bitte senden Sie ihn in einer Minute noch einmal.",
    en: "It is very busy right now and nothing was saved. Your text is still on the card – please send it again in a minute.",
  },
  "role.manager": { de: "Führungskräfte", en: "managers" },
  "role.qualityOfficer": { de: "Qualitätsbeauftragte", en: "quality officers" },
  "role.managerOrQualityOfficer": {
    de: "Führungskräfte und Qualitätsbeauftragte",
    en: "managers and quality officers",
  },
} satisfies MessageDefinitions;
