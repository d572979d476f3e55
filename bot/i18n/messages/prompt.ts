/** The prompt card and what skipping or snoozing a prompt answers. */
import type { MessageDefinitions } from "../message-definition";

export const promptMessages = {
  "prompt.areaLine": { de: "{model} · QB {number} · {area}", en: "{model} · QB {number} · {area}" },
  "prompt.exampleLabel": { de: "Beispiel für eine Antwort:", en: "Example answer:" },
  "prompt.factLine": {
    de: "Eine Sachfrage für die ganze Einrichtung: Sie sind dafür zuständig, eine Antwort genügt, und die anderen werden sie nicht gefragt.",
    en: "A fact question for the whole organisation: you are responsible for it, one answer is enough, and the others are not asked it.",
  },
  "prompt.idLine": {
    de: "Kennung dieser Frage (für „Fragen:“ in den Grundlagen): {id}",
    en: "This prompt's id (for “Prompts:” in the report basis): {id}",
  },
  "prompt.answerLabel": {
    de: "Ihre Antwort (2–5 Sätze genügen, höchstens {max} Zeichen)",
    en: "Your answer (2–5 sentences are enough, at most {max} characters)",
  },
  "prompt.answerPlaceholder": { de: "Schreiben Sie in eigenen Worten …", en: "Write in your own words …" },
  "prompt.answerRequired": {
    de: "Bitte schreiben Sie eine Antwort – oder wählen Sie „Überspringen“.",
    en: "Please write an answer, or choose “Skip”.",
  },
  "prompt.evidenceLabel": {
    de: "Nachweis (optional): Dokumentname oder Link",
    en: "Evidence (optional): document name or link",
  },
  "prompt.evidencePlaceholder": { de: "z. B. Protokoll Teamsitzung 03/2026", en: "e.g. team meeting minutes 03/2026" },
  "prompt.document.heading": { de: "Nachweis (optional)", en: "Evidence (optional)" },
  "prompt.document.hint": {
    de: "Ein Dokument, das das Ergebnis belegt – es kommt nummeriert in den Nachweis-Anhang des Selbstreports.",
    en: "A document that backs the result: it goes, numbered, into the Selbstreport's evidence annex.",
  },
  "prompt.document.title": { de: "Titel des Dokuments", en: "Title of the document" },
  "prompt.document.titlePlaceholder": {
    de: "z. B. Auswertung Kursleitendenbefragung",
    en: "e.g. analysis of the course leader survey",
  },
  "prompt.document.date": { de: "Datum oder Zeitraum", en: "Date or period" },
  "prompt.document.datePlaceholder": { de: "z. B. 14.05.2026 oder Herbst 2025", en: "e.g. 14 May 2026 or autumn 2025" },
  "prompt.document.place": { de: "Wo ist es abgelegt?", en: "Where is it filed?" },
  "prompt.document.placePlaceholder": {
    de: "z. B. Intranet > QM > Protokolle",
    en: "e.g. intranet > QM > minutes",
  },
  "prompt.conclusion.label": {
    de: "Ist diese Schlussfolgerung schon beschlossen? (optional)",
    en: "Has this conclusion been decided yet? (optional)",
  },
  "prompt.conclusion.decided": { de: "Beschlossen", en: "Decided" },
  "prompt.conclusion.proposal": {
    de: "Vorschlag – noch nicht beschlossen (geht in die Entwicklungsziele, QB 11)",
    en: "Proposal – not decided yet (feeds the development goals, QB 11)",
  },
  "prompt.submit": { de: "Absenden", en: "Submit" },
  "prompt.guidance": { de: "Hinweis anzeigen", en: "Show hint" },
  "prompt.guidanceHide": { de: "Hinweis ausblenden", en: "Hide hint" },
  "prompt.skip": { de: "Überspringen", en: "Skip" },
  "prompt.another": { de: "Andere Frage", en: "Another question" },
  "prompt.later": { de: "Später", en: "Later" },
  "prompt.laterQuestion": { de: "Wann soll ich Sie erinnern?", en: "When shall I remind you?" },
  "prompt.snooze.hour": { de: "In 1 Stunde", en: "In 1 hour" },
  "prompt.snooze.tomorrow": { de: "Morgen", en: "Tomorrow" },
  "prompt.snooze.nextWeek": { de: "Nächste Woche", en: "Next week" },
  "prompt.previousAnswer": { de: "Beim letzten Mal schrieben Sie ({date}):", en: "Last time you wrote ({date}):" },
  "prompt.successDefinitionNote": { de: "Ihre {term}: „{text}“", en: "Your {term}: “{text}”" },
  "prompt.notSetUp": {
    de: "lqw-reflect ist für Ihre Organisation noch nicht eingerichtet. Sobald die Qualitätsbeauftragten das erledigt haben, bekommen Sie hier Ihre Fragen.",
    en: "lqw-reflect has not been set up for your organisation yet. Once your quality officers have done so, your questions will arrive here.",
  },
  "prompt.noPromptNow": {
    de: "Im Moment habe ich keine passende Frage für Sie – der Befragungszeitraum hat noch nicht begonnen oder ist vorbei.",
    en: "I have no question for you right now: the reflection period has not started yet or is over.",
  },

  "skip.title": { de: "Übersprungen", en: "Skipped" },
  "skip.text": {
    de: "Kein Problem. Die nächste Frage kommt zum nächsten Termin – oder jetzt mit „Andere Frage“.",
    en: "No problem. The next question arrives at the next scheduled time, or now with “Another question”.",
  },
  "snooze.remindAt": { de: "Erinnerung am {date}", en: "Reminder on {date}" },
  "snooze.answerNow": { de: "Doch jetzt antworten", en: "Answer now after all" },
  "promptGone.text": { de: "Diese Frage ist nicht mehr offen.", en: "This question is no longer open." },
} satisfies MessageDefinitions;
