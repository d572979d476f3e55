/**
 * The deterministic compiler, fed one answer at a time: `add` reads each answer as it arrives
 * (personal data removed, facts, requirement, Nachweise named), so that an export compiles each
 * page while the store fetches the next; `finish` groups, numbers and judges, and returns the
 * draft. `compileDraft` is the same for answers already in memory. It never writes content of its own: statements are staff text
 * with personal data removed (./privacy),
 * everything else a fixed label or staff text put together by a rule in docs/drafts.md.
 */
import type { CellCoverage } from "../domain/coverage-types";
import {
  DIMENSIONS,
  findArea,
  findDimension,
  type AreaId,
  type DimensionId,
  type Locale,
} from "../domain/quality-models";
import { aggregateStatements, type AggregatedStatement } from "./aggregate-statements";
import { analyseAnswer, type AnalysedAnswer } from "./analysed-answer";
import { typedEvidence } from "./analysis/evidence-mentions";
import { AREA_ELEVEN, goalCardOf, partOf } from "./area-eleven";
import { answersTakingUp, indexPreviousReport, isNewSince, type PreviousReportIndex } from "./continuity";
import type {
  DimensionBlock,
  Draft,
  DraftSection,
  DraftSource,
  DraftTopic,
  EarlierFinding,
  GoalCard,
  PointToClarify,
  SectionPart,
  Statement,
} from "./draft";
import { createDraftDates, type DraftDates } from "./draft-dates";
import type { DraftAnswer, DraftGoal, DraftInput, DraftRequirement } from "./draft-input";
import { compileHeader, areaHeading, successDefinitionTerm } from "./draft-header";
import { draftTexts, type DraftTexts } from "./draft-texts";
import { createEvidenceRegister, type EvidenceRegister } from "./evidence-register";
import { findContradictions } from "./find-contradictions";
import { judgeGaps, type JudgedTopic } from "./gap-rules";
import { draftRedactionContext, rememberedTypedRedaction, withoutPersonalData } from "./draft-privacy";
import { createSourceRegistry, type SourceRegistry } from "./source-registry";
import { createSuccessReferenceFinder, MAX_LINE_STATEMENTS, type SuccessReferenceFinder } from "./success-references";
import { createTopicMatcher, type TopicMatcher } from "./topic-matcher";
import { extractFacts, maskFacts } from "./analysis/text-facts";
import { isFirstPerson, isPersonalView, toOrganisationVoice } from "./analysis/first-person";
import { normaliseText } from "./text-similarity";
import { plainWordsOf } from "./plain-words";
import { rememberPerWord } from "./word-memory";

/** Everything a draft needs except the answers, which are added one by one, and the coverage, known once they are all read. */
export type DraftBuildOptions = Omit<DraftInput, "answers" | "coverage">;

export interface DraftBuilder {
  /** Reads one answer; answers of other areas, outside the period or without text are left out. */
  add(answer: DraftAnswer): void;
  /** The draft of everything added, with the coverage per area × dimension of the same answers. Call once. */
  finish(coverage: readonly CellCoverage[]): Draft;
}

const DEFAULT_DRAFT_TIME_ZONE = "Europe/Berlin";
const DEFAULT_ANONYMITY_THRESHOLD = 5;

interface Context {
  options: DraftBuildOptions;
  locale: Locale;
  texts: DraftTexts;
  dates: DraftDates;
  registry: SourceRegistry;
  evidence: EvidenceRegister;
  successReference: SuccessReferenceFinder;
  successTerm: string;
  previous: PreviousReportIndex;
  /** Departments named anywhere in the answers: the "von 8" of "In 5 von 8 Fachbereichen". */
  departments: Set<string>;
  clarificationCount: number;
  /** Proposals of QB 1–10, for the goal cards of QB 11. */
  proposals: GoalCard[];
}

export function createDraftBuilder(options: DraftBuildOptions): DraftBuilder {
  const locale = options.locale ?? "de";
  const texts = draftTexts(locale);
  const dates = createDraftDates(locale, options.timeZone ?? DEFAULT_DRAFT_TIME_ZONE);
  const { organisation } = options;
  const areas = [...new Set(options.areas)].sort(
    (a, b) => findArea(organisation.model, a).number - findArea(organisation.model, b).number,
  );
  const areaSet = new Set(areas);
  const requirementsByArea = groupRequirements(organisation.requirements ?? []);
  const matchers = new Map<AreaId, TopicMatcher>(
    [...requirementsByArea].map(([area, requirements]) => [area, createTopicMatcher(requirements)]),
  );
  const goals = organisation.goals ?? [];
  const goalMatcher = createTopicMatcher(goals);
  const successTerm = successDefinitionTerm(organisation, locale);
  const context: Context = {
    options,
    locale,
    texts,
    dates,
    registry: createSourceRegistry({
      members: options.members,
      attribution: options.attribution ?? "pseudonymous",
      groupNames: organisation.groupNames ?? {},
      groupSizes: organisation.groupSizes ?? {},
      anonymityThreshold: organisation.anonymityThreshold ?? DEFAULT_ANONYMITY_THRESHOLD,
      dates,
      unknownPerson: texts.unknownPerson,
    }),
    evidence: createEvidenceRegister({
      from:
        organisation.cycleKind === "recertification" && organisation.lastWorkshopAt
          ? organisation.lastWorkshopAt
          : options.period.from,
      to: options.period.to,
    }),
    successReference: createSuccessReferenceFinder(organisation.successDefinition, successTerm),
    successTerm,
    previous: indexPreviousReport(organisation.previousReport),
    departments: new Set(),
    clarificationCount: 0,
    proposals: [],
  };
  const buckets = new Map<AreaId, AnalysedAnswer[]>();
  const privacy = draftRedactionContext(options);
  // Evidence texts come back in many answers (the same Nachweis named again): each read once.
  const redactTyped = rememberedTypedRedaction(privacy);
  const readTypedEvidence = rememberPerWord(typedEvidence);

  return {
    add(original) {
      if (!areaSet.has(original.area)) return;
      const day = dates.dayOf(original.createdAt);
      if (day < options.period.from || day > options.period.to) return;
      // Split once for the two looks at every word: redaction's name check and the topic match.
      const plainWords = plainWordsOf(original.text);
      // Names, e-mail addresses, phone numbers … typed into the answer never reach the draft.
      const answer = withoutPersonalData(original, privacy, plainWords, redactTyped);
      // trim strips what \s matches, looking at the ends only, and gives the string itself when
      // they are not blank (a pattern for "\s$" tried every space of the answer).
      const text = answer.text.trim();
      if (!text) return;
      const analysed = analyseAnswer(answer, text, day, context.registry.entryFor(answer, day), readTypedEvidence);
      for (const fact of analysed.facts) if (fact.kind === "department") context.departments.add(fact.key);
      if (answer.area === AREA_ELEVEN) {
        const part = partOf(analysed, organisation.cycleKind);
        if (part) analysed.part = part;
      }
      const topicId =
        analysed.part === "11a"
          ? goalMatcher.match(text, answer.requirementIds, undefined, plainWords)
          : matchers.get(answer.area)?.match(text, answer.requirementIds, answer.promptId, plainWords);
      if (topicId !== undefined) analysed.topicId = topicId;
      const bucket = buckets.get(answer.area);
      if (bucket) bucket.push(analysed);
      else buckets.set(answer.area, [analysed]);
    },
    finish(coverage) {
      const sections = areas.map((area) => {
        const answers = (buckets.get(area) ?? []).sort(byDate);
        // Let go of each area's analysed answers once it is compiled: at 100,000 answers they
        // are most of the compiler's memory, and the next areas can reuse it.
        buckets.delete(area);
        return compileArea(area, answers, requirementsByArea.get(area) ?? [], goals, coverage, context);
      });
      return {
        locale,
        generatedAt: options.generatedAt.toISOString(),
        header: compileHeader(options, texts, dates, locale),
        labels: texts.labels,
        sections,
        evidence: context.evidence.records(),
      };
    },
  };
}

/**
 * A sentence of the line "Bezug zur Definition …" as the organisation says it: a practice told in
 * the first person turned into "wir" where that is safe; one person's view ("Ich finde …"), or a
 * sentence that cannot be turned, marked as their quote („…“).
 */
function inOrganisationVoice(sentence: string, texts: DraftTexts): Pick<Statement, "kind" | "text"> {
  if (!isFirstPerson(sentence)) return { kind: "statement", text: sentence };
  const voiced = isPersonalView(sentence) ? undefined : toOrganisationVoice(sentence);
  return voiced ? { kind: "statement", text: voiced } : { kind: "quote", text: texts.quoted(sentence) };
}

function groupRequirements(requirements: readonly DraftRequirement[]): Map<AreaId, DraftRequirement[]> {
  const byArea = new Map<AreaId, DraftRequirement[]>();
  for (const requirement of requirements) {
    const list = byArea.get(requirement.area);
    if (list) list.push(requirement);
    else byArea.set(requirement.area, [requirement]);
  }
  return byArea;
}

/** A topic's answers per reflection dimension, each in the topic's order: one pass rather than one per dimension. */
function groupByDimension(answers: readonly AnalysedAnswer[]): Map<DimensionId, AnalysedAnswer[]> {
  const byDimension = new Map<DimensionId, AnalysedAnswer[]>();
  for (const answer of answers) {
    const list = byDimension.get(answer.answer.dimension);
    if (list) list.push(answer);
    else byDimension.set(answer.answer.dimension, [answer]);
  }
  return byDimension;
}

function byDate(a: AnalysedAnswer, b: AnalysedAnswer): number {
  const x = a.answer;
  const y = b.answer;
  if (x.createdAt !== y.createdAt) return x.createdAt < y.createdAt ? -1 : 1;
  return x.answerId < y.answerId ? -1 : x.answerId > y.answerId ? 1 : 0;
}

/** The topics of one part, in the order the draft shows them, with the answers of each. */
interface PlannedTopic {
  topic: Omit<DraftTopic, "blocks" | "isNotStarted">;
  goal?: DraftGoal;
  answers: AnalysedAnswer[];
}

function compileArea(
  area: AreaId,
  answers: readonly AnalysedAnswer[],
  requirements: readonly DraftRequirement[],
  goals: readonly DraftGoal[],
  coverage: readonly CellCoverage[],
  context: Context,
): DraftSection {
  const { texts, organisation } = { texts: context.texts, organisation: context.options.organisation };
  // The rows themselves, not their keys: no key is parsed back into its row at the end.
  const usedSources = new Set<DraftSource>();
  const keyFor = (answer: AnalysedAnswer) => {
    if (answer.key !== undefined) return answer.key;
    const key = context.registry.keyOf(answer.source);
    answer.key = key;
    usedSources.add(answer.source);
    return key;
  };
  const clarifications: PointToClarify[] = [];
  const judged: JudgedTopic[] = [];
  const evidenceNumbers = new Set<number>();
  const isAreaEleven = area === AREA_ELEVEN;
  const isRecertification = organisation.cycleKind === "recertification";
  const goalCards: GoalCard[] = [];

  const parts: SectionPart[] = partsOf(area, isRecertification).map((partId) => {
    const inPart = partId ? answers.filter((answer) => answer.part === partId) : answers;
    const planned =
      partId === "11a" ? planGoalTopics(inPart, goals, context) : planRequirementTopics(inPart, requirements, texts);
    const topics = planned.map((plan) => {
      const statements = new Map<DimensionId, AggregatedStatement[]>();
      const byDimension = groupByDimension(plan.answers);
      const blocks: DimensionBlock[] = DIMENSIONS.map((dimension) => {
        const inDimension = byDimension.get(dimension.id) ?? [];
        const aggregated = aggregateStatements(inDimension, {
          dimension: dimension.id,
          texts,
          keyFor,
          evidenceNumbersOf: (answer) => {
            const numbers = context.evidence.numbersOf(answer.documents, keyFor(answer), area, plan.topic.id);
            for (const number of numbers) evidenceNumbers.add(number);
            return numbers;
          },
          knownDepartments: context.departments.size,
          addDifferingValues: (sides) => {
            const id = `K${++context.clarificationCount}`;
            clarifications.push({
              id,
              kind: "differingValues",
              summary: texts.clarify.differingValues,
              ...(plan.topic.id !== undefined ? { topicId: plan.topic.id } : {}),
              sides,
            });
            return id;
          },
        });
        statements.set(dimension.id, aggregated);
        return {
          dimension: dimension.id,
          heading: findDimension(dimension.id).name[context.locale],
          paragraphs: aggregated.map(({ statement }) => ({ statements: [statement] })),
        };
      });
      const topic: DraftTopic = { ...plan.topic, isNotStarted: plan.answers.length === 0, blocks };
      judged.push({
        topic,
        ...(partId ? { part: partId } : {}),
        ...(plan.goal ? { goalTitle: plan.goal.title } : {}),
        statements,
      });
      if (isAreaEleven && partId !== "11a") {
        for (const { statement, members } of statements.get("conclusions") ?? [])
          goalCards.push(goalCardOf(statement, members, area));
      } else if (!isAreaEleven) {
        for (const { statement, members } of statements.get("conclusions") ?? [])
          if (statement.status === "proposal") context.proposals.push(goalCardOf(statement, members, area));
      }
      return topic;
    });
    const part: SectionPart = { topics };
    if (partId) {
      part.part = partId;
      part.heading = texts.parts[partId];
    } else if (isAreaEleven) {
      part.heading = texts.newGoalsChapter;
    }
    return part;
  });
  if (isAreaEleven) {
    // The goals QB 11 names itself first, then those proposed in the other areas.
    const newGoals = [...goalCards, ...context.proposals];
    const target = parts.find((part) => part.part !== "11a");
    if (target && newGoals.length > 0) target.goalCards = newGoals;
  }

  const areaStatements = judged.flatMap((topic) => [...topic.statements.values()].flat());
  for (const { claim, limit } of findContradictions(areaStatements)) {
    const id = `K${++context.clarificationCount}`;
    const topicId = claim.members[0]?.topicId;
    clarifications.push({
      id,
      kind: "contradiction",
      summary: texts.clarify.contradiction,
      ...(topicId !== undefined ? { topicId } : {}),
      sides: [claim, limit].map((entry) => ({
        text: (entry.members[0] as AnalysedAnswer).text,
        sourceKeys: entry.statement.sourceKeys,
      })),
    });
    for (const entry of [claim, limit])
      entry.statement.clarificationIds = [...(entry.statement.clarificationIds ?? []), id];
  }

  const referring = new Set<AnalysedAnswer>();
  const lineStatements: Statement[] = [];
  // An entry only for the few answers that refer to it, not one per answer of the area.
  const explicitFirst: { answer: AnalysedAnswer; reference: NonNullable<ReturnType<SuccessReferenceFinder>> }[] = [];
  for (const answer of answers) {
    const reference = context.successReference(answer);
    if (reference) explicitFirst.push({ answer, reference });
  }
  explicitFirst.sort((a, b) => Number(b.reference.isExplicit) - Number(a.reference.isExplicit));
  // Sentences that differ only in a course, a date or a word or two are one line, with every source.
  const bySkeleton = new Map<string, Statement>();
  // Each line's words are split once, not again for every referring answer compared with it.
  const lineSkeletons: { words: ReadonlySet<string>; statement: Statement }[] = [];
  for (const { answer, reference } of explicitFirst) {
    referring.add(answer);
    const skeleton = normaliseText(maskFacts(reference.sentence, extractFacts(reference.sentence)));
    let known = bySkeleton.get(skeleton);
    let words: ReadonlySet<string> | undefined;
    if (!known && lineSkeletons.length > 0) {
      words = new Set(skeleton.split(" "));
      known = lineSkeletons.find((line) => isNearlyTheSame(line.words, words as ReadonlySet<string>))?.statement;
    }
    if (known) known.sourceKeys.push(keyFor(answer));
    else if (lineStatements.length < MAX_LINE_STATEMENTS) {
      const statement: Statement = { ...inOrganisationVoice(reference.sentence, texts), sourceKeys: [keyFor(answer)] };
      bySkeleton.set(skeleton, statement);
      lineSkeletons.push({ words: words ?? new Set(skeleton.split(" ")), statement });
      lineStatements.push(statement);
    }
  }

  const findings = continuityFindings(area, answers, keyFor, context);
  const continuity = continuityOf(area, parts, findings, context);
  const areaCoverage = coverage.filter((cell) => cell.area === area);
  const gaps = judgeGaps({
    coverage: areaCoverage,
    expectsNoResults: (part) => isAreaEleven && (!isRecertification || part === "11b"),
    topics: judged,
    referring,
    goalCards: parts.flatMap((part) => part.goalCards ?? []),
    findings,
    hasStatements: (dimension) => answers.some((answer) => answer.answer.dimension === dimension),
    successDefinitionTerm: context.successTerm,
    texts,
    locale: context.locale,
  });

  const section: DraftSection = {
    area,
    heading: areaHeading(organisation, area, context.locale),
    origin: "structured",
    notes: [],
    successDefinition: { label: texts.successDefinitionLine(context.successTerm), statements: lineStatements },
    parts,
    evidenceNumbers: [...evidenceNumbers].sort((a, b) => a - b),
    clarifications,
    gaps,
    sources: [...usedSources],
  };
  if (continuity) section.continuity = continuity;
  return section;
}

/** Two sentences of the line say the same when four in five of their words are shared. */
function isNearlyTheSame(words: ReadonlySet<string>, other: ReadonlySet<string>): boolean {
  let shared = 0;
  for (const word of words) if (other.has(word)) shared += 1;
  return shared / (words.size + other.size - shared) >= 0.8;
}

function partsOf(area: AreaId, isRecertification: boolean): ("11a" | "11b" | undefined)[] {
  return area === AREA_ELEVEN && isRecertification ? ["11a", "11b"] : [undefined];
}

/**
 * The answers of each topic (undefined: of none), each in the given order: one pass rather than a
 * filter of all the part's answers per topic. Read only: a topic named twice shares one list.
 */
function groupByTopic(answers: readonly AnalysedAnswer[]): Map<string | undefined, AnalysedAnswer[]> {
  const byTopic = new Map<string | undefined, AnalysedAnswer[]>();
  for (const answer of answers) {
    const list = byTopic.get(answer.topicId);
    if (list) list.push(answer);
    else byTopic.set(answer.topicId, [answer]);
  }
  return byTopic;
}

/** One topic per requirement in the organisation's order, then those without one; the whole area when there is no list. */
function planRequirementTopics(
  answers: readonly AnalysedAnswer[],
  requirements: readonly DraftRequirement[],
  texts: DraftTexts,
): PlannedTopic[] {
  if (requirements.length === 0) return [{ topic: { kind: "all" }, answers: [...answers] }];
  const byTopic = groupByTopic(answers);
  const planned: PlannedTopic[] = requirements.map((requirement) => ({
    topic: {
      kind: "requirement",
      id: requirement.id,
      heading: texts.requirementHeading(requirement.id, requirement.title),
    },
    answers: byTopic.get(requirement.id) ?? [],
  }));
  const unassigned = byTopic.get(undefined) ?? [];
  if (unassigned.length > 0)
    planned.push({ topic: { kind: "unassigned", heading: texts.unassigned }, answers: unassigned });
  return planned;
}

/** QB 11a: one topic per agreed goal, then answers about no particular goal. */
function planGoalTopics(
  answers: readonly AnalysedAnswer[],
  goals: readonly DraftGoal[],
  context: Context,
): PlannedTopic[] {
  if (goals.length === 0) return [{ topic: { kind: "all" }, answers: [...answers] }];
  const byTopic = groupByTopic(answers);
  const planned: PlannedTopic[] = goals.map((goal) => ({
    topic: {
      kind: "goal",
      id: goal.id,
      heading: context.texts.goalHeading(goal.title, context.dates.show(goal.agreedAt)),
    },
    goal,
    answers: byTopic.get(goal.id) ?? [],
  }));
  const unassigned = byTopic.get(undefined) ?? [];
  if (unassigned.length > 0)
    planned.push({ topic: { kind: "unassigned", heading: context.texts.unassignedGoal }, answers: unassigned });
  return planned;
}

function continuityFindings(
  area: AreaId,
  answers: readonly AnalysedAnswer[],
  keyFor: (answer: AnalysedAnswer) => string,
  context: Context,
): EarlierFinding[] {
  const notes = context.previous.notesOf(findArea(context.options.organisation.model, area).number);
  return notes.map((note) => ({ ...note, sourceKeys: answersTakingUp(note, answers).map(keyFor) }));
}

/** Marks statements that the previous Selbstreport's chapter does not contain, and counts them. */
function continuityOf(
  area: AreaId,
  parts: readonly SectionPart[],
  findings: EarlierFinding[],
  context: Context,
): DraftSection["continuity"] {
  const { previous } = context;
  if (context.options.organisation.cycleKind !== "recertification") return undefined;
  if (!previous.hasReport && findings.length === 0) return undefined;
  const words = previous.wordsOf(findArea(context.options.organisation.model, area).number);
  let total = 0;
  let fresh = 0;
  for (const part of parts)
    for (const topic of part.topics)
      for (const block of topic.blocks)
        for (const { statements } of block.paragraphs)
          for (const statement of statements) {
            total += 1;
            if (previous.hasReport && (!words || isNewSince(statement.text, words))) {
              fresh += 1;
              statement.flags = [...(statement.flags ?? []), "new"];
            }
          }
  return { newStatements: fresh, statements: total, findings };
}
