/** Draft export: deterministic compile of many answers across all 11 areas, rendered to Word and Markdown. */
import { performance } from "node:perf_hooks";
import type { CellCoverage } from "../bot/domain/coverage-types";
import { AREA_IDS, DIMENSION_IDS } from "../bot/domain/quality-models";
import { compileDraft } from "../bot/drafts/compile-draft";
import type { DraftAnswer, DraftInput, MemberAttribution } from "../bot/drafts/draft-input";
import { renderDocx } from "../bot/drafts/render-docx";
import { renderMarkdown } from "../bot/drafts/render-markdown";
import type { Benchmark } from "./benchmark";

const MEMBER_COUNT = 40;
const GROUPS = ["leitung", "paedagogik", "verwaltung"];
// Fragments of staff answers; combined they give a vocabulary of a few hundred words, as real answers do.
const SUBJECTS = [
  "Wir", "Im Fachbereich Sprachen", "In der Verwaltung", "Die Programmplanung", "Unser Team", "Die Kursleitungen",
  "Im Fachbereich Gesundheit", "Die Leitung", "Im Bereich Grundbildung", "Die Beratungsstelle", "Im Fachbereich Beruf und Karriere",
  "Die Qualitätsbeauftragte", "Im Jungen Forum", "Die Außenstelle Süd", "Das Servicebüro",
];
const VERBS = [
  "werten", "besprechen", "dokumentieren", "prüfen", "planen", "überarbeiten", "erheben", "vergleichen", "sammeln", "reflektieren",
  "bündeln", "veröffentlichen", "priorisieren", "klären", "begleiten",
];
const TIMES = [
  "jedes Semester", "zweimal im Jahr", "monatlich", "nach jedem Kurs", "in der Teamsitzung", "zum Jahresende", "vor der Programmplanung",
  "in der Programmkonferenz", "nach Rücksprache mit dem Beirat", "im Mitarbeitendengespräch", "quartalsweise", "bei Bedarf",
];
const OBJECTS = [
  "die Rückmeldebögen der Teilnehmenden", "die Anfragen am Infotelefon", "die Wartelisten je Kurs", "die Auslastung der Kursräume",
  "die Honorarverträge der Kursleitungen", "die Beschwerden und Anregungen", "die Kennzahlen des Controllings", "die Abbruchquoten der Integrationskurse",
  "die Ergebnisse der Einstufungstests", "die Nachfrage nach Bildungsurlaub", "die Zugriffszahlen der Website", "die Protokolle der Fachbereichskonferenz",
  "die Hinweise aus dem Stadtteilbeirat", "die Auswertung der Zielvereinbarungen", "die Teilnahmebescheinigungen", "die Anmeldungen über das Onlineportal",
  "die Raumbelegung in den Außenstellen", "die Fortbildungswünsche des Kollegiums", "die Ausfallquote der Kurse", "die Barrierefreiheit der Gebäude",
];
const PURPOSES = [
  "damit das Angebot zu den Lebenslagen im Stadtteil passt", "um gelungenes Lernen im Sinne unseres Leitbilds zu sichern",
  "und leiten daraus Verbesserungen ab", "und informieren die Fachbereiche", "damit neue Kolleginnen und Kollegen gut ankommen",
  "weil Teilnehmende ihre Lernziele selbst bestimmen sollen", "um Abbrüche früh zu erkennen", "und passen die Kurszeiten an",
  "damit Menschen mit wenig Geld teilnehmen können", "und stimmen die Ergebnisse mit der Leitung ab", "um Doppelarbeit zu vermeiden",
  "und nehmen neue Formate ins Programm auf", "damit Kursleitungen gut vorbereitet sind", "und berichten dem Verwaltungsrat",
];
const DETAILS = [
  "", "", "", " Das hat sich bewährt.", " Dafür nutzen wir eine gemeinsame Tabelle.", " Die Ergebnisse hängen im Lehrerzimmer aus.",
  " Verantwortlich ist die jeweilige Fachbereichsleitung.", " Seit 2024 geschieht das digital.", " Das kostet Zeit, lohnt sich aber.",
  " Zuletzt kamen so drei neue Abendkurse zustande.", " Manche Rückmeldungen kommen zu spät für die Planung.",
];

/** A small deterministic generator, so every run compiles the same answers. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function pick<T>(items: readonly T[], next: () => number): T {
  return items[Math.floor(next() * items.length)] as T;
}

function generateAnswers(count: number, seed = 42): DraftAnswer[] {
  const next = random(seed);
  const answers: DraftAnswer[] = [];
  const start = Date.parse("2025-01-06T08:00:00Z");
  for (let index = 0; index < count; index += 1) {
    const memberId = `aad-member-${index % MEMBER_COUNT}`;
    const earlier = answers.length > 0 && next() < 0.1 ? answers[Math.floor(next() * answers.length)] : undefined;
    // About one in ten answers repeats an earlier one in other words: the merge has work to do.
    const text = earlier
      ? `${earlier.text.replace(/\.$/, "")}, das sehe ich auch so.`
      : `${pick(SUBJECTS, next)} ${pick(VERBS, next)} ${pick(TIMES, next)} ${pick(OBJECTS, next)}, ${pick(PURPOSES, next)}.${pick(DETAILS, next)}`;
    const createdAt = new Date(start + index * 37 * 60_000).toISOString();
    answers.push({
      answerId: `answer:delivery:2025:${index}:${memberId}`,
      memberId,
      area: earlier?.area ?? pick(AREA_IDS, next),
      dimension: earlier?.dimension ?? pick(DIMENSION_IDS, next),
      group: GROUPS[index % GROUPS.length],
      text,
      ...(next() < 0.2 ? { evidence: `Protokoll ${pick(OBJECTS, next)} vom ${String(1 + (index % 28)).padStart(2, "0")}.03.2025` } : {}),
      createdAt,
      updatedAt: createdAt,
    });
  }
  return answers;
}

function benchInput(answers: DraftAnswer[]): DraftInput {
  const members = new Map<string, MemberAttribution>();
  for (let index = 0; index < MEMBER_COUNT; index += 1) members.set(`aad-member-${index}`, { pseudonym: `Person ${index + 1}` });
  const coverage: CellCoverage[] = AREA_IDS.flatMap((area) =>
    DIMENSION_IDS.map((dimension) => ({ area, dimension, answers: 2, contributors: 1, status: "thin" as const })),
  );
  return {
    organisation: {
      name: "Volkshochschule Nordstadt",
      model: "lqw",
      modelVersion: "LQW 2",
      cycleKind: "recertification",
      successDefinition: "Lernen ist gelungen, wenn Teilnehmende ihre eigenen Ziele erreichen.",
      groupNames: { leitung: "Leitung", paedagogik: "Pädagogik / Beratung", verwaltung: "Verwaltung" },
    },
    period: { from: "2025-01-01", to: "2029-12-31" },
    areas: [...AREA_IDS],
    answers,
    members,
    coverage,
    generatedAt: new Date("2025-06-02T08:00:00Z"),
  };
}

interface RunFigures {
  totalMs: number;
  compileMs: number;
  markdownMs: number;
  docxMs: number;
  statements: number;
  markdownKiB: number;
  docxKiB: number;
}

async function compileAndRender(input: DraftInput): Promise<RunFigures> {
  const started = performance.now();
  const draft = compileDraft(input);
  const compiled = performance.now();
  const markdown = renderMarkdown(draft);
  const markdownDone = performance.now();
  const docx = await renderDocx(draft);
  const finished = performance.now();
  const statements = draft.sections.reduce(
    (sum, section) => sum + section.parts.reduce((inner, part) => inner + part.blocks.reduce((n, block) => n + block.paragraphs.length, 0), 0),
    0,
  );
  return {
    totalMs: Math.round(finished - started),
    compileMs: Math.round(compiled - started),
    markdownMs: Math.round(markdownDone - compiled),
    docxMs: Math.round(finished - markdownDone),
    statements,
    markdownKiB: Math.round(Buffer.byteLength(markdown) / 1024),
    docxKiB: Math.round(docx.length / 1024),
  };
}

const RUNS = 3;

function draftBenchmark(answerCount: number, targetMs: number): Benchmark {
  return {
    name: `drafts: compile + Word + Markdown, ${answerCount.toLocaleString("en")} answers`,
    description: `deterministic draft of ${answerCount.toLocaleString("en")} answers across 11 areas, rendered to .docx and Markdown; median of ${RUNS} runs (issue 10)`,
    target: { value: targetMs, unit: "ms", kind: "max" },
    async run() {
      const input = benchInput(generateAnswers(answerCount));
      const runs: RunFigures[] = [];
      for (let run = 0; run < RUNS; run += 1) runs.push(await compileAndRender(input));
      const median = [...runs].sort((a, b) => a.totalMs - b.totalMs)[Math.floor(RUNS / 2)] as RunFigures;
      return {
        value: median.totalMs,
        unit: "ms",
        details: {
          firstRunMs: runs[0]?.totalMs ?? Number.NaN,
          slowestRunMs: Math.max(...runs.map((run) => run.totalMs)),
          compileMs: median.compileMs,
          markdownMs: median.markdownMs,
          docxMs: median.docxMs,
          statements: median.statements,
          markdownKiB: median.markdownKiB,
          docxKiB: median.docxKiB,
          rssAfterMiB: Math.round(process.memoryUsage().rss / 2 ** 20),
        },
      };
    },
  };
}

export const benchmarks: Benchmark[] = [draftBenchmark(5_000, 5_000)];
