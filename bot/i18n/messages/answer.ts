/** Submitting, editing and deleting one answer. */
import type { MessageDefinitions } from "../message-definition";

export const answerMessages = {
  "answer.problem.empty": {
    de: "Ihre Antwort ist leer. Bitte schreiben Sie ein paar Worte – oder wählen Sie „Überspringen“.",
    en: "Your answer is empty. Please write a few words, or choose “Skip”.",
  },
  "answer.problem.tooLong": {
    de: "Ihre Antwort ist mit {length} Zeichen zu lang (höchstens {max}). Bitte kürzen Sie sie – Ihr Text bleibt hier erhalten.",
    en: "Your answer has {length} characters, which is too long (at most {max}). Please shorten it; your text stays here.",
  },
  "answer.problem.evidenceTooLong": {
    de: "Der Nachweis ist zu lang (höchstens {max} Zeichen). Bitte kürzen Sie ihn.",
    en: "The evidence reference is too long (at most {max} characters). Please shorten it.",
  },
  "answer.problem.documentTitleMissing": {
    de: "Bitte geben Sie dem Nachweis einen Titel – Datum und Ablageort allein lassen sich nicht zuordnen. Ihre Eingaben bleiben erhalten.",
    en: "Please give the evidence a title: a date and place alone cannot be matched. What you typed is kept.",
  },
  "answer.problem.documentTooLong": {
    de: "Ein Feld des Nachweises ist zu lang (Titel und Ablageort höchstens {max} Zeichen, Datum höchstens {dateMax}). Bitte kürzen Sie es.",
    en: "A field of the evidence is too long (title and place at most {max} characters, date at most {dateMax}). Please shorten it.",
  },
  "answer.document": { de: "Nachweis", en: "Evidence" },
  "answer.documentFiled": { de: "abgelegt: {place}", en: "filed: {place}" },
  "answer.status.decided": { de: "Schlussfolgerung: beschlossen", en: "Conclusion: decided" },
  "answer.status.proposal": {
    de: "Schlussfolgerung: Vorschlag (noch nicht beschlossen)",
    en: "Conclusion: proposal (not decided yet)",
  },
  "answer.storeUnavailable": {
    de: "Konnte nicht gespeichert werden – Ihr Text bleibt erhalten. Bitte erneut senden.",
    en: "Could not be saved – your text is kept. Please submit again.",
  },
  "answer.alreadyAnswered": {
    de: "Zu dieser Frage ist schon eine andere Antwort gespeichert (vielleicht von einem anderen Gerät). Ihr Text steht unten; mit „Speichern“ ersetzen Sie die gespeicherte Fassung.",
    en: "A different answer to this question is already saved (perhaps from another device). Your text is below; “Save” replaces the saved version.",
  },
  "answer.editConflict": {
    de: "Diese Antwort wurde inzwischen an anderer Stelle geändert. Die aktuelle Fassung steht oben; Ihr Text bleibt im Feld erhalten. Mit „Speichern“ ersetzen Sie die aktuelle Fassung.",
    en: "This answer was changed elsewhere in the meantime. The current version is shown above; your text stays in the field. “Save” replaces the current version.",
  },
  "answer.currentVersion": { de: "Aktuell gespeichert:", en: "Currently saved:" },
  "answer.saved": { de: "Gespeichert – danke!", en: "Saved – thank you!" },
  "answer.updated": { de: "Änderung gespeichert", en: "Change saved" },
  "answer.meta": { de: "Gespeichert am {date}", en: "Saved on {date}" },
  "answer.metaEdited": {
    de: "Gespeichert am {date}, zuletzt geändert am {edited}",
    en: "Saved on {date}, last changed on {edited}",
  },
  "answer.evidence": { de: "Nachweis", en: "Evidence" },
  "answer.edit": { de: "Bearbeiten", en: "Edit" },
  "answer.delete": { de: "Löschen", en: "Delete" },
  "answer.save": { de: "Speichern", en: "Save" },
  "answer.cancel": { de: "Abbrechen", en: "Cancel" },
  "answer.myAnswers": { de: "Meine Antworten", en: "My answers" },
  "answer.followUpOffer": {
    de: "Möchten Sie noch kurz einschätzen, wie gut das funktioniert? Das ist freiwillig.",
    en: "Would you like to add a quick judgement of how well this works? It is optional.",
  },
  "answer.followUp": { de: "Bewertung ergänzen", en: "Add an evaluation" },
  "answer.deleteConfirm.title": { de: "Antwort löschen?", en: "Delete this answer?" },
  "answer.deleteConfirm.text": {
    de: "Die Antwort wird endgültig gelöscht und erscheint in keinem späteren Entwurf.",
    en: "The answer is deleted for good and will not appear in any later draft.",
  },
  "answer.deleteConfirm.yes": { de: "Ja, löschen", en: "Yes, delete" },
  "answer.deleteConfirm.no": { de: "Nein, behalten", en: "No, keep it" },
  "answer.deleted": { de: "Antwort gelöscht.", en: "Answer deleted." },
  "answer.deletedWhileEditing": {
    de: "Diese Antwort wurde inzwischen gelöscht (vielleicht auf einem anderen Gerät). Ihre Änderung ist nicht gespeichert; Ihr Text steht hier zum Kopieren:",
    en: "This answer was deleted in the meantime (perhaps on another device). Your change was not saved; your text is here to copy:",
  },
  "answer.notFound": {
    de: "Diese Antwort gibt es nicht mehr – vielleicht wurde sie schon gelöscht.",
    en: "This answer no longer exists; it may have been deleted already.",
  },
} satisfies MessageDefinitions;
