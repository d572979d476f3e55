/**
 * Nachweise named in answer text: a document kind ("Protokoll", "Auswertung", "Qualitätshandbuch",
 * "Kursbericht" …) with what follows it up to the end of the phrase, its date when written beside
 * it, and where it is filed when the sentence says so ("liegt im Intranet unter QM/Protokolle",
 * "abgelegt im Ordner …"). What staff type into the evidence field is a mention as a whole.
 */
import type { EvidenceDocument } from "../../domain/answer";
import { extractFacts } from "./text-facts";

/** Words that name a kind of document, also as the end of a compound ("Teilnahmestatistik"). */
const DOCUMENT_KINDS = [
  "Protokoll",
  "Auswertung",
  "Bericht",
  "Jahresbericht",
  "Qualitätshandbuch",
  "QM-Handbuch",
  "Handbuch",
  "Programmheft",
  "Rückmeldebogen",
  "Rückmeldebögen",
  "Feedbackbogen",
  "Fragebogen",
  "Evaluationsbogen",
  "Statistik",
  "Konzept",
  "Leitfaden",
  "Checkliste",
  "Vereinbarung",
  "Dienstanweisung",
  "Beschluss",
  "Gefährdungsbeurteilung",
  "Fortbildungsplan",
  "Organigramm",
  "Stellenbeschreibung",
  "Haushaltsplan",
  "Wirtschaftsplan",
  "Terminübersicht",
  "Übersicht",
  "Einarbeitungsmappe",
  "Flyer",
  "Newsletter",
  "Präsentation",
  "Dokumentation",
  "Befragung",
  "Umfrage",
  "Analyse",
];

/** A kind with its inflection ending, wherever it stands: alone or as the end of a compound ("Teilnahmestatistik"). */
const KIND = new RegExp(`(?:${DOCUMENT_KINDS.join("|")})(?:e|en|es|s|n)?(?![\\p{Ll}])`, "giu");
/**
 * What identifies the document after the kind: a genitive ("der Gesamtkonferenz"), a following noun
 * ("Kursevaluation"), a chapter or page, a date ("vom 14.05.2025", "03/2025", "Herbstsemester 2025")
 * or a quoted title.
 */
const QUALIFIERS = new RegExp(
  `(?:,?\\s(?:(?:der|des|zur|zum|vom|von)\\s)?(?:(?:Kapitel|Kap\\.|S\\.|Seite)\\s?\\d+(?:\\.\\d+)*|\\p{Lu}[\\p{L}-]*|\\d{1,2}\\.\\d{1,2}\\.\\d{2,4}|\\d{1,2}\\/\\d{4}|(?:19|20)\\d{2}(?:\\/\\d{2})?|Q[1-4]\\/\\d{4}|„[^“]{1,60}“)){0,5}`,
  "uy",
);
const LETTER = /[\p{L}-]/u;

/** "liegt im Intranet", "abgelegt im Ordner QM", "im Qualitätshandbuch, Kapitel 3", "auf dem Laufwerk Q:". */
const PLACE = new RegExp(
  `(?:liegt|liegen|abgelegt|abgeheftet|gespeichert|hinterlegt|archiviert|zu finden|einsehbar|abrufbar)\\s(?:\\p{Ll}+\\s){0,2}(?:im|in der|in den|auf dem|auf der|unter|bei|beim)\\s([^.;!?\\n]{3,80})`,
  "u",
);

/** Kinds that identify a document even without a date (an organisation has one of each). */
const STANDING_ALONE = new Set([
  "qualitätshandbuch",
  "qm-handbuch",
  "programmheft",
  "organigramm",
  "jahresbericht",
  "fortbildungsplan",
  "haushaltsplan",
  "wirtschaftsplan",
  "einarbeitungsmappe",
  "gefährdungsbeurteilung",
  "rückmeldebogen",
  "rückmeldebögen",
  "dienstanweisung",
]);

export function mentionedDocuments(text: string): EvidenceDocument[] {
  const found: EvidenceDocument[] = [];
  // exec rather than matchAll, which copies the pattern on every call (once per answer of a draft).
  KIND.lastIndex = 0;
  for (let match = KIND.exec(text); match; match = KIND.exec(text)) {
    // The whole word: "Teilnahmestatistik" for the kind "statistik"; a word in lower case is no title.
    let start = match.index;
    while (start > 0 && LETTER.test(text.charAt(start - 1))) start -= 1;
    const first = text.charAt(start);
    if (first === first.toLowerCase()) continue;
    const end = match.index + match[0].length;
    QUALIFIERS.lastIndex = end;
    const following = QUALIFIERS.exec(text)?.[0] ?? "";
    const qualifiers = following.trim();
    const title = `${text.slice(start, end)}${following}`.trim().replace(/[,;:]$/, "");
    // A kind alone ("das Protokoll", "die Teilnahmestatistik") names no particular document; with a date,
    // a title or a genitive it does, and some kinds exist once per organisation.
    const kind = text
      .slice(start, end)
      .toLowerCase()
      .replace(/(?:e|en|es|s|n)$/, "");
    const date = /\d/.test(title) ? extractFacts(title).find((fact) => fact.kind === "date")?.text : undefined;
    const isIdentified =
      !!date ||
      /„|^(?:der|des|zur|zum)\s/.test(qualifiers) ||
      STANDING_ALONE.has(text.slice(start, end).toLowerCase()) ||
      STANDING_ALONE.has(kind);
    if (!isIdentified || isIndefinite(text, start)) continue;
    const place = PLACE.exec(sentenceAround(text, start))?.[1]?.trim();
    found.push({ title, ...(date ? { date } : {}), ...(place ? { place } : {}) });
  }
  return found;
}

/** Where it is filed is said in the same sentence as the document. */
function sentenceAround(text: string, at: number): string {
  const start = Math.max(text.lastIndexOf(". ", at) + 1, 0);
  const end = text.indexOf(". ", at);
  return text.slice(start, end === -1 ? text.length : end + 1);
}

/** "ein neuer Fragebogen", "kein Protokoll": no particular document. */
function isIndefinite(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 8), at).toLowerCase();
  return /(?:ein|eine|einen|kein|keine|neue|neuen)\s$/.test(before);
}

/**
 * What staff typed into the evidence field: usually one document, sometimes several separated by
 * ";" or line breaks. Its date and place are read from it as from answer text.
 */
export function typedEvidence(evidence: string): EvidenceDocument[] {
  return evidence
    .split(/\s*(?:;|\n)\s*/)
    .map((part) => part.trim())
    .filter((part) => part.length > 1)
    .map((title) => {
      const date = extractFacts(title).find((fact) => fact.kind === "date")?.text;
      const place = PLACE.exec(title)?.[1]?.trim();
      return { title, ...(date ? { date } : {}), ...(place ? { place } : {}) };
    });
}
