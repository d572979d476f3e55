/**
 * The German phrase around a department or course that a summary's lead takes over ("In 5 von 8
 * Fachbereichen …"): what to cut from the example's wording and what stands in its place.
 */
import type { TextFact } from "./text-facts";

/**
 * Takes out what the lead of a summary lists. A department goes with its phrase ("…, auch im
 * Fachbereich Sprachen" → "…"; "Im Fachbereich Sprachen gehört …" → "Dort gehört …"); a course
 * keeps its noun ("im Kurs „Yoga“ verteile ich" → "im Kurs verteilen wir").
 */
export function spreadPhraseRemoval(text: string, fact: TextFact): { start: number; text: string } {
  const before = text.slice(Math.max(0, fact.start - 40), fact.start);
  if (fact.kind !== "department") {
    const phrase = /\s*(?:von\s+)?$/iu.exec(before);
    return { start: fact.start - (phrase?.[0].length ?? 0), text: "" };
  }
  const phrase =
    /(,\s*auch\s+|\s*)(?:(im|in dem|in den|in meinem|in unserem|aus dem|beim|vom|des|unseres|für den|den|dem)\s+)?$/iu.exec(
      before,
    );
  const start = fact.start - (phrase?.[0].length ?? 0);
  const preposition = phrase?.[2]?.toLowerCase();
  const atStart = /(?:^|[.!?]\s+)$/.test(text.slice(0, start));
  const leading = phrase?.[1]?.startsWith(",") || atStart ? "" : " ";
  // "des Fachbereichs X" → "der Fachbereiche", "für den Fachbereich X" → "für die Fachbereiche", "im Fachbereich X" → "dort".
  let replacement =
    preposition === "des" || preposition === "unseres"
      ? `${leading}der Fachbereiche`
      : preposition === "für den"
        ? `${leading}für die Fachbereiche`
        : preposition === "den"
          ? `${leading}die Fachbereiche`
          : atStart
            ? "dort"
            : /[;:]\s*$/.test(text.slice(0, start))
              ? " dort"
              : "";
  if (atStart) replacement = replacement.trimStart().charAt(0).toUpperCase() + replacement.trimStart().slice(1);
  return { start, text: replacement };
}
