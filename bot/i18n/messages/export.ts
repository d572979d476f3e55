/** The draft export card and the finished draft's message. */
import type { MessageDefinitions } from "../message-definition";

export const exportMessages = {
  "export.title": { de: "Selbstreport-Entwurf exportieren", en: "Export a self-report draft" },
  "export.intro": {
    de: "Ich stelle die Antworten Ihres Teams zu Entwürfen je Qualitätsbereich zusammen – mit Quellenangaben und Lücken, zum Bearbeiten in Word oder als Markdown. Als Datenpaket erhalten Sie die Antworten selbst, pseudonymisiert, um den Entwurf außerhalb von Teams zu erstellen oder sie einer Beratung zu geben.",
    en: "I compile your team's answers into drafts per quality area, with sources and gaps, for editing in Word or as Markdown. As a data package you get the answers themselves, pseudonymised, to compile the draft outside Teams or to hand them to a consultant.",
  },
  "export.areas": { de: "Qualitätsbereiche", en: "Quality areas" },
  "export.areasRequired": {
    de: "Bitte wählen Sie mindestens einen Qualitätsbereich.",
    en: "Please choose at least one quality area.",
  },
  "export.period": { de: "Zeitraum", en: "Period" },
  "export.period.cycle": { de: "Ganzer Zyklus ({from} bis {to})", en: "Whole cycle ({from} to {to})" },
  "export.period.range": { de: "Eigener Zeitraum", en: "Custom period" },
  "export.from": { de: "Von", en: "From" },
  "export.to": { de: "Bis", en: "To" },
  "export.rangeHint": {
    de: "Von/Bis gelten nur für „Eigener Zeitraum“.",
    en: "From/To apply to “Custom period” only.",
  },
  "export.format": { de: "Format", en: "Format" },
  "export.formatRequired": { de: "Bitte wählen Sie mindestens ein Format.", en: "Please choose at least one format." },
  "export.format.docx": { de: "Word (.docx, Quellen als Kommentare)", en: "Word (.docx, sources as comments)" },
  "export.format.markdown": { de: "Markdown (.md)", en: "Markdown (.md)" },
  "export.format.bundle": {
    de: "Datenpaket (.json): alle Antworten des Zeitraums aus allen Qualitätsbereichen und Ihre Grundlagen, pseudonymisiert – für „npm run draft“ oder eine Beratung",
    en: "Data package (.json): every answer of the period from all quality areas and your report basis, pseudonymised – for “npm run draft” or a consultant",
  },
  "export.variant": { de: "Fassung", en: "Version" },
  "export.variant.working": {
    de: "Arbeitsfassung: mit Quellen und Klärungsbedarf (Standard)",
    en: "Working version: with sources and points to clarify (default)",
  },
  "export.variant.reviewer": {
    de: "Für Gutachter: ohne Quellen und Klärungsbedarf, nur der Text der Organisation",
    en: "For the reviewer: without sources and points to clarify, only the organisation's text",
  },
  "export.fileNameReviewer": {
    de: "Selbstreport-fuer-Gutachter-{date}.{extension}",
    en: "self-report-for-reviewer-{date}.{extension}",
  },
  "export.attribution": { de: "Quellenangaben", en: "Sources" },
  "export.attribution.pseudonymous": { de: "Pseudonym (Standard)", en: "Pseudonyms (default)" },
  "export.attribution.named": {
    de: "Mit Namen – nur bei Personen, die zugestimmt haben",
    en: "With names – only for people who consented",
  },
  "export.mode": { de: "Entwurfsart", en: "Kind of draft" },
  "export.mode.structured": {
    de: "Strukturiert (geordnete Aussagen mit Quellen)",
    en: "Structured (ordered statements with sources)",
  },
  "export.mode.llm": {
    de: "Fließtext mit KI (Quellen werden geprüft)",
    en: "Prose written by AI (sources are checked)",
  },
  "export.mode.llmUnavailable": {
    de: "Fließtext mit KI ist nicht eingerichtet; es gibt die strukturierte Fassung.",
    en: "AI prose is not configured; you get the structured version.",
  },
  "export.language": { de: "Sprache der Überschriften", en: "Language of headings" },
  "export.create": { de: "Dateien erstellen", en: "Create files" },
  "export.badPeriod": {
    de: "Bitte geben Sie einen gültigen Zeitraum an (Von vor Bis).",
    en: "Please give a valid period (From before To).",
  },
  "export.started": {
    de: "Ihr Entwurf wird erstellt. Das kann einige Minuten dauern – ich schicke Ihnen die Datei hier, sobald sie fertig ist.",
    en: "Your draft is being compiled. This can take a few minutes; I will send you the file here as soon as it is ready.",
  },
  "export.continuing": {
    de: "Das dauert bei so vielen Antworten etwas länger. Ich schicke Ihnen die Dateien hier, sobald sie fertig sind.",
    en: "With this many answers it takes a little longer. I will send you the files here as soon as they are ready.",
  },
  "export.inProgress": {
    de: "Dieser Entwurf wird gerade erstellt. Bitte schreiben Sie in einer Minute „export“, falls er bis dahin nicht hier erscheint.",
    en: "This draft is being compiled right now. Please write “export” in a minute if it has not appeared here by then.",
  },
  "export.ready.title": { de: "Ihr Entwurf ist fertig", en: "Your draft is ready" },
  "export.ready.text": {
    de: "Ausgewertet: {answers} · Qualitätsbereiche: {areas}. Die Links gelten bis {date}. Wer den Link hat, kann die Datei bis dahin herunterladen: Bitte geben Sie ihn nicht weiter. Der Entwurf ist zur Bearbeitung gedacht, nicht als fertiger Text.",
    en: "Answers used: {answers} · quality areas: {areas}. The links are valid until {date}. Anyone who has a link can download the file until then: please do not pass it on. The draft is meant for editing, not as final text.",
  },
  "export.ready.gaps": {
    de: {
      one: "Lücken: {count} Feld mit wenigen oder keinen Aussagen (im Entwurf je Bereich aufgeführt).",
      other: "Lücken: {count} Felder mit wenigen oder keinen Aussagen (im Entwurf je Bereich aufgeführt).",
    },
    en: {
      one: "Gaps: {count} cell with few or no statements (listed per area in the draft).",
      other: "Gaps: {count} cells with few or no statements (listed per area in the draft).",
    },
  },
  "export.ready.bundleTitle": { de: "Ihr Datenpaket ist fertig", en: "Your data package is ready" },
  "export.ready.bundleText": {
    de: "Antworten im Datenpaket: {answers} · Qualitätsbereiche: {areas}. Dazu Ihre Grundlagen: die Anforderungen, in einer Rezertifizierung auch die vereinbarten Ziele, der vorige Selbstreport und die Hinweise aus dem Gutachten. Die Mitarbeitenden stehen darin unter ihren Pseudonymen, ohne Namen, Teams-IDs und E-Mail-Adressen; Namen, E-Mail-Adressen und Telefonnummern in allen Texten sind ersetzt, soweit erkennbar – sehen Sie die Datei durch, bevor Sie sie weitergeben. Der Link gilt bis {date}. Wer den Link hat, kann die Datei bis dahin herunterladen: Geben Sie deshalb die Datei weiter, nicht den Link.",
    en: "Answers in the data package: {answers} · quality areas: {areas}. With it your report basis: the requirements, in a re-certification also the agreed goals, the previous self-report and the reviewer's notes. Staff appear under their pseudonyms, without names, Teams ids or e-mail addresses; names, e-mail addresses and phone numbers in all texts are replaced as far as they can be recognised – look through the file before you pass it on. The link is valid until {date}. Anyone who has the link can download the file until then: please pass on the file, not the link.",
  },
  "export.ready.bundleIncluded": {
    de: "Das Datenpaket enthält alle Antworten des Zeitraums aus allen Qualitätsbereichen und Ihre Grundlagen, pseudonymisiert: ohne Namen, Teams-IDs und E-Mail-Adressen.",
    en: "The data package holds every answer of the period from all quality areas and your report basis, pseudonymised: without names, Teams ids or e-mail addresses.",
  },
  "export.fileNameBundle": { de: "Datenpaket-{date}.json", en: "data-package-{date}.json" },
  "export.fileName": { de: "Selbstreport-Entwurf-{date}.{extension}", en: "self-report-draft-{date}.{extension}" },
  "export.download.docx": { de: "Word herunterladen", en: "Download Word" },
  "export.download.markdown": { de: "Markdown herunterladen", en: "Download Markdown" },
  "export.download.bundle": { de: "Datenpaket herunterladen", en: "Download data package" },
  "export.failed": {
    de: "Der Entwurf konnte nicht erstellt werden. Bitte versuchen Sie es später noch einmal. (Fehler-ID: {correlationId})",
    en: "The draft could not be compiled. Please try again later. (Error ID: {correlationId})",
  },
} satisfies MessageDefinitions;
