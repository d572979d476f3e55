/**
 * The statements of one requirement × reflection dimension, from its answers, keeping every fact:
 * - answers whose wording is nearly the same once their facts are set aside are one group;
 * - where their facts agree, the group is one statement with every source;
 * - where they differ, one wording stays with "…" in place of each differing value, and the
 *   values are listed with their sources, in date order ("Februar · 15 von 18 [A3]; Mai · 14 …");
 * - a practice reported from several departments or courses is said once in the organisation's
 *   voice with its spread ("In 5 von 8 Fachbereichen (…): …"), one answer kept as an example;
 * - one person's view in the first person stays their quote.
 * The same figure for the same period with different values is also a point to clarify.
 */
import type { DimensionId } from "../domain/quality-models";
import type { AnalysedAnswer } from "./analysed-answer";
import type { DifferingValues, FactKind, Statement, StatementSpread, StatementVariant, ValueRow } from "./draft";
import type { DraftTexts } from "./draft-texts";
import { toOrganisationVoice } from "./analysis/first-person";
import { spreadPhraseRemoval } from "./analysis/spread-phrase";
import { conclusionStatus } from "./analysis/statement-cues";
import type { TextFact } from "./analysis/text-facts";
import { mergeNearDuplicates, type MergedStatement } from "./merge-near-duplicates";

export interface AggregateContext {
  dimension: DimensionId;
  texts: DraftTexts;
  /** The answer's key, assigned on first use so that keys ascend through the document. */
  keyFor(answer: AnalysedAnswer): string;
  /** Numbers of the Nachweise the answer names, registering them on first use (a fresh array, each number once). */
  evidenceNumbersOf(answer: AnalysedAnswer): number[];
  /** How many departments the answers name altogether: the "von 8" of a spread. */
  knownDepartments: number;
  /** Registers a point to clarify and returns its id. */
  addDifferingValues(sides: { text: string; sourceKeys: string[] }[]): string;
}

export interface AggregatedStatement {
  statement: Statement;
  members: readonly AnalysedAnswer[];
}

const ELLIPSIS = "…";
/** Answers further apart than this report on different periods, unless their text names the same one. */
const SAME_PERIOD_DAYS = 183;
const DAY_MS = 86_400_000;

export function aggregateStatements(
  answers: readonly AnalysedAnswer[],
  context: AggregateContext,
): AggregatedStatement[] {
  const groups = mergeNearDuplicates(
    answers,
    (answer) => answer.skeleton,
    (skeleton) => skeleton,
  );
  return orderGroups(groups).map((members) => ({ statement: buildStatement(members, context), members }));
}

/**
 * Shared practice first (most sources first), then single statements, then personal quotes; each
 * by date. Three lists rather than a sort of them all: only the shared ones need sorting.
 */
function orderGroups(groups: readonly MergedStatement<AnalysedAnswer>[]): AnalysedAnswer[][] {
  const shared: AnalysedAnswer[][] = [];
  const single: AnalysedAnswer[][] = [];
  const quotes: AnalysedAnswer[][] = [];
  for (const { items } of groups) {
    if (items.length > 1) shared.push(items);
    else if (items[0]?.isFirstPerson) quotes.push(items);
    else single.push(items);
  }
  // A stable sort: groups of one size stay in date order.
  shared.sort((a, b) => b.length - a.length);
  return shared.concat(single, quotes);
}

function buildStatement(members: readonly AnalysedAnswer[], context: AggregateContext): Statement {
  const first = members[0] as AnalysedAnswer;
  const sourceKeys = members.map((member) => context.keyFor(member));
  const statement: Statement =
    members.length === 1
      ? { kind: first.isFirstPerson ? "quote" : "statement", text: first.text, sourceKeys }
      : mergedStatement(members, sourceKeys, context);
  const evidence = evidenceNumbersOf(members, context);
  if (evidence.length > 0) statement.evidenceNumbers = evidence;
  // At most one flag, and most statements have none: no list made for those.
  if (context.dimension === "results") {
    if (evidence.length === 0) statement.flags = ["noEvidence"];
  } else if (context.dimension === "conclusions") {
    const status = statusOf(members);
    if (status) statement.status = status;
    else statement.flags = ["undecided"];
  }
  return statement;
}

/**
 * The Nachweise the members name, each once, ascending. Most statements have one member and no
 * Nachweis (two in three answers of the benchmark name none): the register is not asked then.
 */
function evidenceNumbersOf(members: readonly AnalysedAnswer[], context: AggregateContext): number[] {
  if (members.length === 1) {
    const only = members[0] as AnalysedAnswer;
    if (only.documents.length === 0) return [];
    const numbers = context.evidenceNumbersOf(only);
    return numbers.length > 1 ? numbers.sort((a, b) => a - b) : numbers;
  }
  const numbers = [
    ...new Set(members.flatMap((member) => (member.documents.length === 0 ? [] : context.evidenceNumbersOf(member)))),
  ];
  return numbers.length > 1 ? numbers.sort((a, b) => a - b) : numbers;
}

function mergedStatement(
  members: readonly AnalysedAnswer[],
  sourceKeys: string[],
  context: AggregateContext,
): Statement {
  const slots = alignSlots(members);
  const differing = slots.filter((slot) => new Set(members.map((_member, index) => slot.keyOf(index))).size > 1);
  const representative = longest(members);
  const variants = variantsOf(members, sourceKeys);
  if (differing.length === 0) {
    const voiced = representative.answer.isFirstPerson ? toOrganisationVoice(representative.answer.text) : undefined;
    return {
      kind: representative.answer.isFirstPerson && !voiced ? "quote" : "statement",
      text: voiced ?? representative.answer.text,
      sourceKeys,
      ...(variants.length > 1 ? { variants } : {}),
    };
  }
  const values = differingValues(members, differing, sourceKeys, context);
  const spread = spreadOf(members, differing, representative.answer, context.knownDepartments);
  const masked = maskDiffering(representative, differing, members, spread?.unit);
  const statement: Statement = spread
    ? summary(spread, masked, members, sourceKeys, context.texts)
    : { kind: representative.answer.isFirstPerson ? "quote" : "statement", text: masked, sourceKeys };
  statement.values = [values];
  statement.variants = variants;
  return statement;
}

function summary(
  spread: StatementSpread,
  masked: string,
  members: readonly AnalysedAnswer[],
  sourceKeys: string[],
  texts: DraftTexts,
): Statement {
  const lead = texts.spreadLead(spread);
  const voiced = masked ? toOrganisationVoice(masked) : undefined;
  const first = members[0] as AnalysedAnswer;
  return {
    kind: "summary",
    text: voiced ? `${lead}: ${voiced}` : texts.summaryByExample(lead),
    sourceKeys,
    spread,
    example: { text: first.text, sourceKey: sourceKeys[0] as string },
  };
}

interface Slot {
  kind: FactKind;
  /** The fact (or facts, for a list slot) of the member at this index. */
  factsOf(index: number): readonly TextFact[];
  keyOf(index: number): string;
}

/**
 * Which fact of one answer corresponds to which of another: by position when every answer has
 * the same kinds of fact in the same order, else by kind (the n-th figure with the n-th figure),
 * and where even the counts differ, all facts of that kind as one list.
 */
function alignSlots(members: readonly AnalysedAnswer[]): Slot[] {
  const kindsOf = (member: AnalysedAnswer) => member.facts.map((fact) => fact.kind).join(",");
  const firstKinds = kindsOf(members[0] as AnalysedAnswer);
  if (members.every((member) => kindsOf(member) === firstKinds)) {
    return (members[0] as AnalysedAnswer).facts.map((fact, position) =>
      single(members, fact.kind, (member) => member.facts[position]),
    );
  }
  const slots: Slot[] = [];
  for (const kind of ["department", "title", "date", "number"] as const) {
    const ofKind = members.map((member) => member.facts.filter((fact) => fact.kind === kind));
    const counts = new Set(ofKind.map((facts) => facts.length));
    if (counts.size === 1) {
      const count = ofKind[0]?.length ?? 0;
      for (let position = 0; position < count; position++)
        slots.push(single(members, kind, (_member, index) => ofKind[index]?.[position]));
    } else {
      slots.push({
        kind,
        factsOf: (index) => ofKind[index] ?? [],
        keyOf: (index) => (ofKind[index] ?? []).map((fact) => fact.key).join("|"),
      });
    }
  }
  return slots;
}

function single(
  members: readonly AnalysedAnswer[],
  kind: FactKind,
  factOf: (member: AnalysedAnswer, index: number) => TextFact | undefined,
): Slot {
  const facts = members.map((member, index) => factOf(member, index));
  return {
    kind,
    factsOf: (index) => {
      const fact = facts[index];
      return fact ? [fact] : [];
    },
    keyOf: (index) => facts[index]?.key ?? "",
  };
}

/** One row per combination of values, in the order of the members' dates, each with its sources. */
function differingValues(
  members: readonly AnalysedAnswer[],
  differing: readonly Slot[],
  sourceKeys: readonly string[],
  context: AggregateContext,
): DifferingValues {
  const rows = new Map<string, ValueRow & { text: string }>();
  members.forEach((member, index) => {
    const values = differing.map(
      (slot) =>
        slot
          .factsOf(index)
          .map((fact) => displayValue(fact))
          .join(", ") || "–",
    );
    const key = differing.map((slot) => slot.keyOf(index)).join("\u0000");
    const row = rows.get(key);
    if (row) row.sourceKeys.push(sourceKeys[index] as string);
    else rows.set(key, { values, sourceKeys: [sourceKeys[index] as string], text: member.text });
  });
  const result: DifferingValues = {
    slots: differing.map((slot) => slot.kind),
    rows: [...rows.values()].map(({ values, sourceKeys: keys }) => ({ values, sourceKeys: keys })),
  };
  if (isSameMeasureAndPeriod(members, differing))
    result.clarificationId = context.addDifferingValues(
      [...rows.values()].map((row) => ({ text: row.text, sourceKeys: row.sourceKeys })),
    );
  return result;
}

/** Only figures differ, and the answers speak of one period: the same date in their text, or written within half a year. */
function isSameMeasureAndPeriod(members: readonly AnalysedAnswer[], differing: readonly Slot[]): boolean {
  if (!differing.every((slot) => slot.kind === "number")) return false;
  const dated = members.every((member) => member.facts.some((fact) => fact.kind === "date"));
  if (dated) return true;
  const times = members.map((member) => Date.parse(`${member.day}T00:00:00Z`));
  return Math.max(...times) - Math.min(...times) <= SAME_PERIOD_DAYS * DAY_MS;
}

function displayValue(fact: TextFact): string {
  return fact.kind === "department" ? departmentName(fact.text) : fact.text;
}

function departmentName(written: string): string {
  return written.replace(/^(?:Fachbereichs?|Fachbereichen|Programmbereichs?|Abteilung)\s/, "");
}

/** Departments or courses the practice is reported from, when they are what differs. */
function spreadOf(
  members: readonly AnalysedAnswer[],
  differing: readonly Slot[],
  representative: AnalysedAnswer,
  knownDepartments: number,
): StatementSpread | undefined {
  const distinct = (kind: FactKind) => {
    const names = new Map<string, string>();
    for (const slot of differing.filter((candidate) => candidate.kind === kind))
      members.forEach((_member, index) => {
        for (const fact of slot.factsOf(index)) if (!names.has(fact.key)) names.set(fact.key, displayValue(fact));
      });
    return [...names.values()];
  };
  const departments = distinct("department");
  if (departments.length > 1) {
    const spread: StatementSpread = { unit: "departments", count: departments.length, names: departments };
    if (knownDepartments >= departments.length) spread.of = knownDepartments;
    return spread;
  }
  const isAboutCourses = representative.facts.some(
    (fact) =>
      fact.kind === "title" &&
      /(?:Kurs|Kurses|Kursen|Kurs:|Seminar|Workshop|Lehrgang)\s*$/i.test(
        representative.text.slice(Math.max(0, fact.start - 16), fact.start),
      ),
  );
  const titles = distinct("title");
  if (isAboutCourses && titles.length > 1) return { unit: "courses", count: titles.length, names: titles };
  return undefined;
}

/**
 * The representative's wording with "…" for each differing value. Of a figure only the number is
 * left out where the rest agrees ("… von 18 Kursleitenden"). In a summary, the phrase naming the
 * department or course the lead lists is taken out ("im Fachbereich Sprachen"), and sentences that
 * are little more than differing values are left to the list of values.
 */
function maskDiffering(
  representative: { answer: AnalysedAnswer; index: number },
  differing: readonly Slot[],
  members: readonly AnalysedAnswer[],
  spreadUnit: StatementSpread["unit"] | undefined,
): string {
  const { answer } = representative;
  const replacements = new Map<TextFact, { start: number; text: string }>();
  for (const slot of differing) {
    const keepsUnit = slot.kind === "number" && sameUnit(slot, members);
    for (const fact of slot.factsOf(representative.index)) {
      const isSpread =
        (spreadUnit === "departments" && fact.kind === "department") ||
        (spreadUnit === "courses" && fact.kind === "title");
      if (isSpread) replacements.set(fact, spreadPhraseRemoval(answer.text, fact));
      else
        replacements.set(fact, {
          start: fact.start,
          text: keepsUnit ? `${ELLIPSIS}${fact.text.replace(LEADING_NUMBER, "")}` : ELLIPSIS,
        });
    }
  }
  let text = "";
  let at = 0;
  for (const fact of answer.facts) {
    const replacement = replacements.get(fact);
    if (!replacement) continue;
    text += answer.text.slice(at, replacement.start) + replacement.text;
    at = fact.end;
  }
  text += answer.text.slice(at);
  if (!spreadUnit) return text;
  return sentences(text)
    .filter((sentence) => !isMostlyValues(sentence))
    .join(" ")
    .trim();
}

const LEADING_NUMBER = /^(?:\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:[.,]\d+)?|[a-zäöüß]+)/u;

/** The figures of a slot differ only in their number: "15 von 18", "14 von 18". */
function sameUnit(slot: Slot, members: readonly AnalysedAnswer[]): boolean {
  const rests = new Set(
    members.map((_member, index) =>
      slot
        .factsOf(index)
        .map((fact) => fact.key.replace(LEADING_NUMBER, ""))
        .join("|"),
    ),
  );
  const [rest] = rests;
  return rests.size === 1 && rest !== undefined && rest.trim() !== "";
}

/** A sentence of two or more "…" and few other words: the list of values says it better. */
function isMostlyValues(sentence: string): boolean {
  const gaps = sentence.split(ELLIPSIS).length - 1;
  const words = sentence
    .replaceAll(ELLIPSIS, " ")
    .split(/\s+/)
    .filter((word) => /\p{L}/u.test(word)).length;
  return gaps >= 2 && words < 9;
}

function sentences(text: string): string[] {
  return text.split(/(?<=[.!?])\s+(?=\p{Lu}|„)/u);
}

function longest(members: readonly AnalysedAnswer[]): { answer: AnalysedAnswer; index: number } {
  let best = 0;
  members.forEach((member, index) => {
    if (member.text.length > (members[best] as AnalysedAnswer).text.length) best = index;
  });
  return { answer: members[best] as AnalysedAnswer, index: best };
}

function variantsOf(members: readonly AnalysedAnswer[], sourceKeys: readonly string[]): StatementVariant[] {
  const byText = new Map<string, StatementVariant>();
  members.forEach((member, index) => {
    const variant = byText.get(member.text);
    if (variant) variant.sourceKeys.push(sourceKeys[index] as string);
    else byText.set(member.text, { text: member.text, sourceKeys: [sourceKeys[index] as string] });
  });
  return [...byText.values()];
}

/** Marks on the cards first (a majority), else what the representative's words say. */
function statusOf(members: readonly AnalysedAnswer[]): "decided" | "proposal" | undefined {
  const marked = members.map((member) => member.answer.status).filter((status) => status !== undefined);
  if (marked.length > 0) {
    const decided = marked.filter((status) => status === "decided").length;
    return decided * 2 > marked.length ? "decided" : "proposal";
  }
  for (const member of members) {
    const status = conclusionStatus(member.text);
    if (status) return status;
  }
  return undefined;
}
