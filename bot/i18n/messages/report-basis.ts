/** The Selbstreport basis card: requirement list, agreed goals, last workshop, previous report, Gutachten notes. */
import type { MessageDefinitions } from "../message-definition";

export const reportBasisMessages = {
  "reportBasis.title": { de: "Grundlagen für den Selbstreport", en: "Basis for the self-report" },
  "reportBasis.intro.first": {
    de: "Fügen Sie die Anforderungen Ihrer Organisation ein – je Zeile Nummer, Qualitätsbereich und Ihr Kurztitel. Die Entwürfe gliedern dann jeden Qualitätsbereich nach diesen Anforderungen und zeigen, welche noch nicht bearbeitet sind.",
    en: "Paste your organisation's requirements: one per line with number, quality area and your short title. Drafts then organise each quality area by these requirements and show which are not covered yet.",
  },
  "reportBasis.intro.recertification": {
    de: "Fügen Sie die Anforderungen Ihrer Organisation ein, die beim letzten Abschlussworkshop vereinbarten Ziele, dessen Datum, den vorigen Selbstreport und die Hinweise aus dem Gutachten. Die Entwürfe gliedern danach, führen QB 11a je vereinbartem Ziel und zeigen, welche Hinweise und Auflagen noch offen sind.",
    en: "Paste your organisation's requirements, the goals agreed at the last final workshop, its date, the previous self-report and the reviewer's notes. Drafts are organised by them, show QB 11a per agreed goal and which notes and conditions are still open.",
  },
  "reportBasis.field.requirements": { de: "Anforderungen", en: "Requirements" },
  "reportBasis.hint.requirements": {
    de: "Je Zeile: Nummer; Qualitätsbereich; Kurztitel – getrennt durch Semikolon (oder aus einer Tabelle kopiert). Den Qualitätsbereich als Zahl („2“), „QB 2“ oder Namen. Die lizenzierten Texte der Anforderungen werden nicht mitgeliefert: Verwenden Sie Ihre eigenen Kurztitel. Optional am Ende „; Fragen:“ mit den Kennungen der Fragen (durch Komma getrennt), deren Antworten zu dieser Anforderung gehören; die Kennungen zeigt der Befehl „kennungen“.",
    en: "One per line: number; quality area; short title, separated by semicolons (or copied from a table). The area as a number (“2”), “QB 2” or its name. The licensed requirement texts are not shipped: use your own short titles. Optionally at the end “; Prompts:” with the ids of the prompts (comma-separated) whose answers belong to this requirement; the command “prompt ids” shows them.",
  },
  "reportBasis.placeholder.requirements": {
    de: "1.1; 1; Leitbild gemeinsam erarbeitet und beschlossen",
    en: "1.1; 1; Mission statement developed and adopted together",
  },
  "reportBasis.field.goals": {
    de: "Vereinbarte Entwicklungsziele (QB 11a)",
    en: "Agreed development goals (QB 11a)",
  },
  "reportBasis.hint.goals": {
    de: "Je Zeile: Ziel; vereinbart am (z. B. 14.03.2023).",
    en: "One per line: goal; agreed on (e.g. 14.03.2023).",
  },
  "reportBasis.placeholder.goals": {
    de: "Abbruchquote in Sprachkursen senken; 14.03.2023",
    en: "Reduce drop-out in language courses; 14.03.2023",
  },
  "reportBasis.field.previousReport": { de: "Voriger Selbstreport (Text)", en: "Previous self-report (text)" },
  "reportBasis.hint.previousReport": {
    de: "Am einfachsten senden Sie die Word-Datei (.docx) hier im Chat: Ich lese sie und speichere ihren Text hier. Oder öffnen Sie den vorigen Selbstreport in Word, markieren Sie alles (Strg+A), kopieren Sie ihn und fügen Sie ihn hier ein. Die Überschriften „QB 1“ … „QB 11“ sollen dabei sein.",
    en: "Easiest: send the Word file (.docx) here in the chat; I read it and store its text here. Or open the previous self-report in Word, select all (Ctrl+A), copy and paste it here. Keep the headings “QB 1” … “QB 11”.",
  },
  "reportBasis.placeholder.previousReport": {
    de: "QB 1 Leitbild – Unser Leitbild wurde 2019 …",
    en: "QB 1 Mission statement – Our mission statement was …",
  },
  "reportBasis.field.reviewNotes": {
    de: "Hinweise und Auflagen aus dem Gutachten",
    en: "Notes and conditions from the review",
  },
  "reportBasis.hint.reviewNotes": {
    de: "Am besten je Hinweis oder Auflage eine Zeile mit dem Qualitätsbereich, z. B. „QB 5: Ergebnisse der Evaluation systematisch auswerten“.",
    en: "Best one line per note or condition with its quality area, e.g. “QB 5: analyse evaluation results systematically”.",
  },
  "reportBasis.placeholder.reviewNotes": {
    de: "QB 5 (Hinweis): Ergebnisse der Evaluation systematisch auswerten",
    en: "QB 5 (note): analyse evaluation results systematically",
  },
  "reportBasis.field.lastWorkshopAt": {
    de: "Datum des letzten Abschlussworkshops",
    en: "Date of the last final workshop",
  },
  "reportBasis.hint.lastWorkshopAt": {
    de: "Nachweise mit einem Datum davor markiert der Entwurf als außerhalb des Berichtszeitraums.",
    en: "The draft flags evidence dated before it as outside the period the report covers.",
  },
  "reportBasis.stored.requirements": {
    de: {
      one: "{count} Anforderung gespeichert (Qualitätsbereiche: {areas})",
      other: "{count} Anforderungen gespeichert (Qualitätsbereiche: {areas})",
    },
    en: {
      one: "{count} requirement stored (quality areas: {areas})",
      other: "{count} requirements stored (quality areas: {areas})",
    },
  },
  "reportBasis.stored.goals": {
    de: { one: "{count} Ziel gespeichert", other: "{count} Ziele gespeichert" },
    en: { one: "{count} goal stored", other: "{count} goals stored" },
  },
  "reportBasis.stored.longText": {
    de: {
      one: "Gespeichert ({count} Zeichen). Leer lassen behält ihn; neuer Text ersetzt ihn.",
      other: "Gespeichert ({count} Zeichen). Leer lassen behält ihn; neuer Text ersetzt ihn.",
    },
    en: {
      one: "Stored ({count} character). Leave empty to keep it; new text replaces it.",
      other: "Stored ({count} characters). Leave empty to keep it; new text replaces it.",
    },
  },
  "reportBasis.characters": {
    de: { one: "{count} Zeichen", other: "{count} Zeichen" },
    en: { one: "{count} character", other: "{count} characters" },
  },
  "reportBasis.none": { de: "keine Angabe", en: "not given" },
  "reportBasis.save": { de: "Speichern", en: "Save" },
  "reportBasis.edit": { de: "Bearbeiten", en: "Edit" },
  "reportBasis.saved": { de: "Grundlagen gespeichert", en: "Basis saved" },
  "reportBasis.savedText": {
    de: "Die nächsten Entwürfe (Befehl „export“) verwenden diese Angaben.",
    en: "The next drafts (command “export”) use these.",
  },
  "reportBasis.areasWithout": {
    de: "Ohne eigene Anforderungen: {areas}. Diese Bereiche bleiben im Entwurf ungegliedert.",
    en: "Without requirements of their own: {areas}. These areas stay unstructured in the draft.",
  },
  "reportBasis.fact.requirements": { de: "Anforderungen", en: "Requirements" },
  "reportBasis.fact.goals": { de: "Vereinbarte Ziele", en: "Agreed goals" },
  "reportBasis.fact.lastWorkshopAt": { de: "Letzter Abschlussworkshop", en: "Last final workshop" },
  "reportBasis.fact.previousReport": { de: "Voriger Selbstreport", en: "Previous self-report" },
  "reportBasis.fact.reviewNotes": { de: "Gutachten-Hinweise", en: "Reviewer's notes" },
  "reportBasis.conflict": {
    de: "Eine andere Person hat die Grundlagen inzwischen gespeichert. Ihre Eingaben stehen unten; mit „Speichern“ ersetzen Sie deren Fassung.",
    en: "Someone else saved the basis in the meantime. What you typed is below; “Save” replaces their version.",
  },
  "reportBasis.problem.summary": {
    de: {
      one: "Nichts gespeichert: {count} Zeile lässt sich nicht lesen. Ihre Eingaben bleiben erhalten – bitte korrigieren Sie sie.",
      other:
        "Nichts gespeichert: {count} Zeilen lassen sich nicht lesen. Ihre Eingaben bleiben erhalten – bitte korrigieren Sie sie.",
    },
    en: {
      one: "Nothing saved: {count} line cannot be read. What you typed is kept; please correct it.",
      other: "Nothing saved: {count} lines cannot be read. What you typed is kept; please correct them.",
    },
  },
  "reportBasis.problem.line": {
    de: "{field}, Zeile {line} („{text}“): {reason}",
    en: "{field}, line {line} (“{text}”): {reason}",
  },
  "reportBasis.problem.fieldCount": {
    de: "zu wenige Angaben – erwartet werden sie durch Semikolon getrennt.",
    en: "too few parts: they are expected separated by semicolons.",
  },
  "reportBasis.problem.unknownArea": {
    de: "unbekannter Qualitätsbereich – bitte als Zahl von 1 bis 11, „QB 2“ oder Namen.",
    en: "unknown quality area: please a number from 1 to 11, “QB 2” or its name.",
  },
  "reportBasis.problem.idTooLong": {
    de: "die Nummer ist zu lang (höchstens 20 Zeichen).",
    en: "the number is too long (at most 20 characters).",
  },
  "reportBasis.problem.titleMissing": { de: "der Titel fehlt.", en: "the title is missing." },
  "reportBasis.problem.titleTooLong": {
    de: "der Titel ist zu lang (höchstens 200 Zeichen).",
    en: "the title is too long (at most 200 characters).",
  },
  "reportBasis.problem.duplicateId": {
    de: "diese Nummer steht schon in einer früheren Zeile.",
    en: "this number is already used in an earlier line.",
  },
  "reportBasis.problem.invalidDate": {
    de: "das Datum ist nicht lesbar – bitte z. B. 14.03.2023.",
    en: "the date cannot be read: please e.g. 14.03.2023.",
  },
  "reportBasis.problem.tooMany": { de: "mehr Zeilen als erlaubt.", en: "more lines than allowed." },
  "reportBasis.problem.unknownPrompt": {
    de: "die Frage „{id}“ steht nicht im Fragenkatalog Ihres Qualitätsmodells.",
    en: "the prompt “{id}” is not in your quality model's prompt catalog.",
  },
  "reportBasis.problem.promptOfOtherArea": {
    de: "die Frage „{id}“ gehört zu einem anderen Qualitätsbereich.",
    en: "the prompt “{id}” belongs to another quality area.",
  },
  "reportBasis.promptsLabel": { de: "Fragen", en: "Prompts" },
  "reportBasis.promptIds": { de: "Kennungen der Fragen", en: "Prompt ids" },
  "promptList.title": { de: "Kennungen der Fragen · QB {number} {name}", en: "Prompt ids · QB {number} {name}" },
  "promptList.intro": {
    de: "Jede Frage dieses Qualitätsbereichs mit ihrer Kennung. Sollen die Antworten auf eine Frage zu einer Ihrer Anforderungen gehören, schreiben Sie in den Grundlagen ans Ende der Zeile „; Fragen:“ und die Kennungen, durch Komma getrennt, z. B. „; Fragen: {example}“.",
    en: "Every prompt of this quality area with its id. To file the answers to a prompt under one of your requirements, end its line in the report basis with “; Prompts:” and the ids, comma-separated, e.g. “; Prompts: {example}”.",
  },
  "promptList.previous": { de: "← QB {number}", en: "← QB {number}" },
  "promptList.next": { de: "QB {number} →", en: "QB {number} →" },
  "promptList.back": { de: "Zu den Grundlagen", en: "To the report basis" },
  "promptList.unknownArea": {
    de: "Diesen Qualitätsbereich finde ich nicht. Schreiben Sie z. B. „kennungen 2“, „kennungen QB 2“ oder den Namen des Bereichs.",
    en: "I cannot find that quality area. Write e.g. “prompt ids 2”, “prompt ids QB 2” or the area's name.",
  },
  "reportBasis.problem.workshopDate": {
    de: "Das Datum des Abschlussworkshops ist nicht lesbar.",
    en: "The date of the final workshop cannot be read.",
  },
  "reportBasis.problem.tooLong": {
    de: "Nichts gespeichert: „{field}“ ist zu lang (höchstens {max} Zeichen). Ihre Eingaben bleiben erhalten.",
    en: "Nothing saved: “{field}” is too long (at most {max} characters). What you typed is kept.",
  },
} satisfies MessageDefinitions;
