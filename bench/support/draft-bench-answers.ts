/**
 * 100,000 staff answers for the draft benchmark: German sentences from fragments (a vocabulary
 * of a few hundred words, smaller than real answers have, which makes merging harder), about one
 * in ten repeating an earlier answer in other words, spread over 2,000 members and 14 months.
 */
import type { Answer } from "../../bot/domain/answer";
import { answerId, scheduledDeliveryId } from "../../bot/domain/ids";
import { AREA_IDS, DIMENSION_IDS } from "../../bot/domain/quality-models";

export const BENCH_MEMBER_COUNT = 2_000;
export const BENCH_GROUPS = ["leitung", "paedagogik", "verwaltung"] as const;
export const BENCH_CYCLE_START = "2025-02-01";
const RECENT_ANSWERS = 5_000;

const SUBJECTS = [
  "Wir",
  "Im Fachbereich Sprachen",
  "In der Verwaltung",
  "Die Programmplanung",
  "Unser Team",
  "Die Kursleitungen",
  "Im Fachbereich Gesundheit",
  "Die Leitung",
  "Im Bereich Grundbildung",
  "Die Beratungsstelle",
  "Im Fachbereich Beruf und Karriere",
  "Die Qualitätsbeauftragte",
  "Im Jungen Forum",
  "Die Außenstelle Süd",
  "Das Servicebüro",
];
const VERBS = [
  "werten",
  "besprechen",
  "dokumentieren",
  "prüfen",
  "planen",
  "überarbeiten",
  "erheben",
  "vergleichen",
  "sammeln",
  "reflektieren",
  "bündeln",
  "veröffentlichen",
  "priorisieren",
  "klären",
  "begleiten",
];
const TIMES = [
  "jedes Semester",
  "zweimal im Jahr",
  "monatlich",
  "nach jedem Kurs",
  "in der Teamsitzung",
  "zum Jahresende",
  "vor der Programmplanung",
  "in der Programmkonferenz",
  "nach Rücksprache mit dem Beirat",
  "im Mitarbeitendengespräch",
  "quartalsweise",
  "bei Bedarf",
];
const OBJECTS = [
  "die Rückmeldebögen der Teilnehmenden",
  "die Anfragen am Infotelefon",
  "die Wartelisten je Kurs",
  "die Auslastung der Kursräume",
  "die Honorarverträge der Kursleitungen",
  "die Beschwerden und Anregungen",
  "die Kennzahlen des Controllings",
  "die Abbruchquoten der Integrationskurse",
  "die Ergebnisse der Einstufungstests",
  "die Nachfrage nach Bildungsurlaub",
  "die Zugriffszahlen der Website",
  "die Protokolle der Fachbereichskonferenz",
  "die Hinweise aus dem Stadtteilbeirat",
  "die Auswertung der Zielvereinbarungen",
  "die Teilnahmebescheinigungen",
  "die Anmeldungen über das Onlineportal",
  "die Raumbelegung in den Außenstellen",
  "die Fortbildungswünsche des Kollegiums",
  "die Ausfallquote der Kurse",
  "die Barrierefreiheit der Gebäude",
];
const PURPOSES = [
  "damit das Angebot zu den Lebenslagen im Stadtteil passt",
  "um gelungenes Lernen im Sinne unseres Leitbilds zu sichern",
  "und leiten daraus Verbesserungen ab",
  "und informieren die Fachbereiche",
  "damit neue Kolleginnen und Kollegen gut ankommen",
  "weil Teilnehmende ihre Lernziele selbst bestimmen sollen",
  "um Abbrüche früh zu erkennen",
  "und passen die Kurszeiten an",
  "damit Menschen mit wenig Geld teilnehmen können",
  "und stimmen die Ergebnisse mit der Leitung ab",
  "um Doppelarbeit zu vermeiden",
  "und nehmen neue Formate ins Programm auf",
  "damit Kursleitungen gut vorbereitet sind",
  "und berichten dem Verwaltungsrat",
];
const DETAILS = [
  "",
  "",
  "",
  " Das hat sich bewährt.",
  " Dafür nutzen wir eine gemeinsame Tabelle.",
  " Die Ergebnisse hängen im Lehrerzimmer aus.",
  " Verantwortlich ist die jeweilige Fachbereichsleitung.",
  " Seit 2024 geschieht das digital.",
  " Das kostet Zeit, lohnt sich aber.",
  " Zuletzt kamen so drei neue Abendkurse zustande.",
  " Manche Rückmeldungen kommen zu spät für die Planung.",
];

/** A small linear congruential generator: every run seeds the same answers. */
function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

export function benchMemberId(index: number): string {
  return `bench-member-${String(index % BENCH_MEMBER_COUNT).padStart(4, "0")}`;
}

/** The answers as the store holds them, oldest first; ids derived as the submit path derives them. */
export function* benchAnswers(orgId: string, count: number, seed = 42): Generator<Answer> {
  const next = createRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  const recent: Pick<Answer, "text" | "area" | "dimension">[] = [];
  const start = Date.parse("2025-02-04T09:00:00Z");
  // 14 months of answers, evenly spread.
  const spacingMs = Math.floor((420 * 86_400_000) / count);
  for (let index = 0; index < count; index++) {
    const memberId = benchMemberId(index);
    const earlier = recent.length > 0 && next() < 0.1 ? recent[Math.floor(next() * recent.length)] : undefined;
    const text = earlier
      ? `${earlier.text.replace(/\.$/, "")}, das sehe ich auch so.`
      : `${pick(SUBJECTS)} ${pick(VERBS)} ${pick(TIMES)} ${pick(OBJECTS)}, ${pick(PURPOSES)}.${pick(DETAILS)}`;
    const area = earlier?.area ?? pick(AREA_IDS);
    const dimension = earlier?.dimension ?? pick(DIMENSION_IDS);
    const createdAt = new Date(start + index * spacingMs).toISOString();
    const evidence =
      next() < 0.2 ? `Protokoll ${pick(OBJECTS)} vom ${String(1 + (index % 28)).padStart(2, "0")}.03.2025` : undefined;
    const promptInstanceId = scheduledDeliveryId(BENCH_CYCLE_START, `answer-${index}`, memberId);
    // Near-duplicates echo one of the last few thousand answers, as colleagues echo recent ones.
    recent[index % RECENT_ANSWERS] = { text, area, dimension };
    yield {
      orgId,
      answerId: answerId(promptInstanceId, memberId),
      promptInstanceId,
      memberId,
      promptId: `${area}.${dimension}.all.1`,
      model: "lqw",
      area,
      dimension,
      group: BENCH_GROUPS[index % BENCH_GROUPS.length],
      text,
      ...(evidence ? { evidence } : {}),
      createdAt,
      updatedAt: createdAt,
      history: [],
    };
  }
}
