/** The previous Selbstreport sent as a Word file in the personal chat. */
import type { MessageDefinitions } from "../message-definition";

export const previousReportFileMessages = {
  "previousReportFile.onlyOfficers": {
    de: "Dateien nehme ich nur von Qualitätsbeauftragten an: den vorigen Selbstreport als Word-Datei (.docx). Ihre Antworten schreiben Sie bitte in die Frage-Karte oder hier in den Chat.",
    en: "I only take files from quality officers: the previous self-report as a Word file (.docx). Please write your answers in the prompt card or here in the chat.",
  },
  "previousReportFile.unreadableAttachment": {
    de: "Diese Datei kann ich nicht öffnen: Teams hat sie ohne Download-Angaben geschickt. Bitte senden Sie sie noch einmal.",
    en: "I cannot open this file: Teams sent it without download details. Please send it again.",
  },
  "previousReportFile.oneAtATime": {
    de: {
      one: "Bitte senden Sie eine Datei nach der anderen.",
      other:
        "Sie haben {count} Dateien gesendet. Bitte senden Sie den vorigen Selbstreport als eine einzelne Word-Datei (.docx).",
    },
    en: {
      one: "Please send one file at a time.",
      other: "You sent {count} files. Please send the previous self-report as a single Word file (.docx).",
    },
  },
  "previousReportFile.onlyDocx": {
    de: "„{name}“ ist keine Word-Datei (.docx). Als vorigen Selbstreport nehme ich nur .docx an: In Word „Speichern unter“ → „Word-Dokument (*.docx)“ wählen und die Datei hier senden.",
    en: "“{name}” is not a Word file (.docx). For the previous self-report I only take .docx: in Word choose “Save as” → “Word Document (*.docx)” and send the file here.",
  },
  "previousReportFile.problem.download": {
    de: "„{name}“ ließ sich nicht aus Teams laden. Nichts gespeichert – bitte senden Sie die Datei noch einmal.",
    en: "“{name}” could not be loaded from Teams. Nothing saved; please send the file again.",
  },
  "previousReportFile.problem.tooLarge": {
    de: "„{name}“ ist zu groß (höchstens {max} MB, entpackt höchstens 30 MB Text). Nichts gespeichert. Bilder herauszunehmen hilft meist; oder fügen Sie den Text unter „grundlagen“ ein.",
    en: "“{name}” is too large (at most {max} MB, at most 30 MB of text unpacked). Nothing saved. Removing pictures usually helps; or paste the text under “report basis”.",
  },
  "previousReportFile.problem.notDocx": {
    de: "„{name}“ lässt sich nicht als Word-Dokument öffnen. Nichts gespeichert. Bitte in Word als „Word-Dokument (*.docx)“ speichern und noch einmal senden.",
    en: "“{name}” cannot be opened as a Word document. Nothing saved. Please save it in Word as “Word Document (*.docx)” and send it again.",
  },
  "previousReportFile.problem.unsafe": {
    de: "„{name}“ enthält Dateinamen, die aus dem Dokument herausführen, und wird deshalb nicht geöffnet. Nichts gespeichert.",
    en: "“{name}” contains file names that lead out of the document, so it is not opened. Nothing saved.",
  },
  "previousReportFile.problem.unreadable": {
    de: "„{name}“ ist beschädigt oder enthält Angaben, die ich aus Sicherheitsgründen nicht lese. Nichts gespeichert. Bitte in Word neu speichern und noch einmal senden.",
    en: "“{name}” is damaged or contains parts I do not read for safety. Nothing saved. Please save it again in Word and resend it.",
  },
  "previousReportFile.problem.noText": {
    de: "In „{name}“ steht kein Text (vielleicht nur Bilder oder ein eingescanntes Dokument). Nichts gespeichert.",
    en: "“{name}” contains no text (perhaps only pictures or a scanned document). Nothing saved.",
  },
  "previousReportFile.problem.tooLong": {
    de: {
      one: "Der Text von „{name}“ ist mit {count} Zeichen zu lang (höchstens {max}). Nichts gespeichert.",
      other: "Der Text von „{name}“ ist mit {count} Zeichen zu lang (höchstens {max}). Nichts gespeichert.",
    },
    en: {
      one: "The text of “{name}” is too long at {count} character (at most {max}). Nothing saved.",
      other: "The text of “{name}” is too long at {count} characters (at most {max}). Nothing saved.",
    },
  },
  "previousReportFile.problem.notStored": {
    de: "„{name}“ ist gelesen, ließ sich aber gerade nicht speichern. Bitte senden Sie die Datei gleich noch einmal.",
    en: "“{name}” was read but could not be saved just now. Please send the file again in a moment.",
  },
  "previousReportFile.saved": {
    de: "Voriger Selbstreport gespeichert: {name}",
    en: "Previous self-report saved: {name}",
  },
  "previousReportFile.paragraphs": {
    de: { one: "{count} Absatz gelesen.", other: "{count} Absätze gelesen." },
    en: { one: "{count} paragraph read.", other: "{count} paragraphs read." },
  },
  "previousReportFile.chapters": {
    de: {
      one: "{count} Qualitätsbereich erkannt: {areas}.",
      other: "{count} Qualitätsbereiche erkannt: {areas}.",
    },
    en: {
      one: "{count} quality area recognised: {areas}.",
      other: "{count} quality areas recognised: {areas}.",
    },
  },
  "previousReportFile.noChapters": {
    de: "Keine Qualitätsbereiche erkannt: Der Entwurf kann so nicht zeigen, was je Bereich neu ist. Überschriften wie „QB 3“ oder nummerierte Word-Überschriften („3 Bedarfserschließung“) helfen.",
    en: "No quality areas recognised: the draft cannot show what is new per area. Headings such as “QB 3” or numbered Word headings (“3 Needs assessment”) help.",
  },
  "previousReportFile.replaced": {
    de: "Er ersetzt den bisher gespeicherten vorigen Selbstreport.",
    en: "It replaces the previous self-report stored before.",
  },
  "previousReportFile.firstCertification": {
    de: "Ihre Organisation ist in der Erstzertifizierung: Der vorige Selbstreport wird erst in Entwürfen einer Re-Zertifizierung verwendet.",
    en: "Your organisation is in its first certification: the previous self-report is used only in drafts of a re-certification.",
  },
  "previousReportFile.openBasis": { de: "Grundlagen öffnen", en: "Open report basis" },
} satisfies MessageDefinitions;
