/** A message typed into the chat: offered as the answer to an open prompt, a thanks, or a hint with likely commands. */
import type { MessageDefinitions } from "../message-definition";

export const typedAnswerMessages = {
  "typedAnswer.title": {
    de: "Als Antwort auf „{question}“ speichern?",
    en: "Save as your answer to “{question}”?",
  },
  "typedAnswer.titleSeveral": {
    de: "Als Antwort speichern? Sie haben mehrere offene Fragen.",
    en: "Save as an answer? You have several open questions.",
  },
  "typedAnswer.typedLabel": { de: "Ihre Nachricht", en: "Your message" },
  "typedAnswer.choiceLabel": { de: "Zu welcher Frage gehört Ihr Text?", en: "Which question does your text answer?" },
  "typedAnswer.nothingLost": {
    de: "Nichts geht verloren: „Bearbeiten“ öffnet die Frage mit Ihrem Text, bei „Nein“ bleibt er hier stehen.",
    en: "Nothing is lost: “Edit” opens the question with your text, with “No” it stays here.",
  },
  "typedAnswer.save": { de: "Speichern", en: "Save" },
  "typedAnswer.edit": { de: "Bearbeiten", en: "Edit" },
  "typedAnswer.no": { de: "Nein", en: "No" },
  "typedAnswer.dismissed.title": { de: "Nicht als Antwort gespeichert", en: "Not saved as an answer" },
  "typedAnswer.dismissed.text": {
    de: "Ihr Text bleibt hier und oben im Chat stehen. Wenn Sie es sich anders überlegen: „Doch speichern“.",
    en: "Your text stays here and above in the chat. If you change your mind: “Save after all”.",
  },
  "typedAnswer.saveAfterAll": { de: "Doch speichern", en: "Save after all" },
  "typedAnswer.tooLong.title": {
    de: "Zu lang für eine Antwort: {length} Zeichen, höchstens {max}",
    en: "Too long for an answer: {length} characters, at most {max}",
  },
  "typedAnswer.tooLong.text": {
    de: "Nichts wurde gespeichert und nichts gekürzt; Ihr Text bleibt oben im Chat erhalten. „Kürzen“ öffnet die Frage mit Ihrem ganzen Text.",
    en: "Nothing was saved and nothing was cut; your text stays above in the chat. “Shorten” opens the question with your whole text.",
  },
  "typedAnswer.shorten": { de: "Kürzen", en: "Shorten" },
  "typedAnswer.noOpenPrompt": {
    de: "Diese Frage ist nicht mehr offen. Ihr Text steht unten zum Kopieren.",
    en: "This question is no longer open. Your text is below to copy.",
  },
  "thanks.reply": { de: "Gern geschehen! 😊", en: "You’re welcome! 😊" },
  "hint.unknown.title": { de: "Das habe ich leider nicht verstanden.", en: "Sorry, I did not understand that." },
  "hint.unknown.text": {
    de: "Meinten Sie eines davon? Alle Befehle zeigt „hilfe“.",
    en: "Did you mean one of these? “help” shows every command.",
  },
  "hint.button.prompt": { de: "Neue Frage", en: "New question" },
  "hint.button.myAnswers": { de: "Meine Antworten", en: "My answers" },
  "hint.button.help": { de: "Hilfe", en: "Help" },
  "hint.button.progress": { de: "Fortschritt", en: "Progress" },
  "hint.button.overview": { de: "Übersicht", en: "Overview" },
} satisfies MessageDefinitions;
