/** Pause, holiday, language and the settings card. */
import type { MessageDefinitions } from "../message-definition";

export const preferencesMessages = {
  "pause.set": {
    de: "Alles klar: bis einschließlich {date} bekommen Sie keine Fragen. Mit „fortsetzen“ geht es früher weiter.",
    en: "All right: you will get no questions up to and including {date}. Type “resume” to continue earlier.",
  },
  "vacation.set": {
    de: "Schönen Urlaub! Bis einschließlich {date} bekommen Sie keine Fragen.",
    en: "Enjoy your holiday! No questions up to and including {date}.",
  },
  "pause.resumed": {
    de: "Willkommen zurück – Ihre Pause ist beendet.",
    en: "Welcome back: your pause has ended.",
  },
  "pause.notPaused": {
    de: "Sie sind nicht pausiert – die Fragen kommen wie geplant.",
    en: "You are not paused: questions arrive as planned.",
  },
  "pause.nextQuestion": { de: "Ihre nächste Frage kommt am {date}.", en: "Your next question comes on {date}." },
  "pause.noNextQuestion": {
    de: "Im laufenden Zyklus ist keine weitere Frage für Sie geplant; mit „frage“ bekommen Sie jederzeit eine.",
    en: "No further question is scheduled for you in the current cycle; type “question” to get one at any time.",
  },
  "pause.badDate": {
    de: "Das Datum habe ich nicht verstanden. Schreiben Sie zum Beispiel „{example}“.",
    en: "I did not understand the date. Write for example “{example}”.",
  },
  "pause.pastDate": {
    de: "Das Datum liegt in der Vergangenheit. Bitte nennen Sie ein Datum ab heute.",
    en: "That date is in the past. Please give a date from today on.",
  },
  "pause.tooFar": {
    de: "Bitte pausieren Sie höchstens ein Jahr im Voraus.",
    en: "Please pause for at most one year ahead.",
  },
  "pause.example": { de: "pause bis {until}", en: "pause until {until}" },
  "vacation.example": { de: "urlaub vom {from} bis {to}", en: "vacation from {from} to {to}" },
  "vacation.badDate": {
    de: "Den Urlaub habe ich nicht verstanden. Schreiben Sie zum Beispiel „{example}“ oder „urlaub bis {until}“.",
    en: "I did not understand your holiday. Write for example “{example}” or “vacation until {until}”.",
  },
  "vacation.setPeriod": {
    de: "Eingetragen: Urlaub vom {from} bis einschließlich {to}. In dieser Zeit bekommen Sie keine Fragen.",
    en: "Noted: holiday from {from} up to and including {to}. No questions during that time.",
  },
  // Each language under its own name, so a person finds theirs whatever the card's language.
  "language.option.de": { de: "Deutsch", en: "Deutsch" },
  "language.option.en": { de: "English", en: "English" },
  "language.set": { de: "Ich schreibe Ihnen ab jetzt auf Deutsch.", en: "I will write to you in English from now on." },
  "language.unknown": {
    de: "Bitte wählen Sie „sprache de“ oder „sprache en“.",
    en: "Please choose “language de” or “language en”.",
  },

  "settings.title": { de: "Einstellungen", en: "Settings" },
  "settings.onboardingTitle": { de: "Kurz einrichten", en: "Quick set-up" },
  "settings.intro": {
    de: "So bekommen Sie Fragen, die zu Ihrer Arbeit passen – zu einer Zeit, die Ihnen passt.",
    en: "So that you get questions that fit your work, at a time that suits you.",
  },
  "settings.group": { de: "Ihr Arbeitsbereich", en: "Your area of work" },
  "settings.groupRequired": { de: "Bitte wählen Sie einen Arbeitsbereich.", en: "Please choose an area of work." },
  "settings.time": { de: "Bevorzugte Uhrzeit", en: "Preferred time" },
  "settings.timeHint": {
    de: "Standard: {weekday}, {time} Uhr (Ihre Organisation).",
    en: "Default: {weekday}, {time} (your organisation).",
  },
  "settings.language": { de: "Sprache", en: "Language" },
  "settings.consent": {
    de: "Im Selbstreport-Entwurf darf mein Name bei meinen Aussagen stehen",
    en: "My name may appear next to my statements in the self-report draft",
  },
  "settings.consentHint": {
    de: "Ohne Zustimmung erscheinen Sie dort nur als Pseudonym (z. B. „Person A7“).",
    en: "Without consent you appear there only as a pseudonym (e.g. “Person A7”).",
  },
  "settings.save": { de: "Speichern", en: "Save" },
  "settings.saved": { de: "Einstellungen gespeichert.", en: "Settings saved." },
  "settings.unknownGroup": {
    de: "Diesen Arbeitsbereich gibt es nicht (mehr). Bitte wählen Sie erneut.",
    en: "This area of work does not exist (any more). Please choose again.",
  },
  "settings.badTime": { de: "Bitte geben Sie eine Uhrzeit wie 09:30 an.", en: "Please give a time such as 09:30." },
  "settings.notSetUp": {
    de: "Einstellungen gibt es, sobald Ihre Organisation eingerichtet ist.",
    en: "Settings become available once your organisation has been set up.",
  },
} satisfies MessageDefinitions;
