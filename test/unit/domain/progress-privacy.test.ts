/**
 * The privacy promise of the progress summary, played by an attacker: for random organisations
 * it requests every view the manager's card offers (each period × all groups and each group,
 * with every area's drill-down), subtracts every two figures, the total minus any set of group
 * lines, the total minus the cells shown, compares the summary before and after one person
 * answers, and compares two moments weeks apart. Nothing may describe fewer than k people.
 *
 * The test reads the rules on its own (oracle below: rounds day by day, groups by membership,
 * steps of k people), recomputes every figure from the raw facts, checks that the summary shows
 * exactly those numbers, and then attacks the sets of answers and prompts behind them.
 */
import fc from "fast-check";
import { addDays, daysBetween, localDateAt, startOfLocalDay } from "../../../bot/domain/calendar";
import type { AnswerFact } from "../../../bot/domain/coverage-types";
import { orgConfigSchema, type OrgConfig } from "../../../bot/domain/org-config";
import { computeProgressSummary } from "../../../bot/domain/progress";
import { PROGRESS_PERIODS, type ProgressPeriod } from "../../../bot/domain/progress-period";
import type {
  AskedFact,
  ParticipationFigure,
  ProgressMember,
  ProgressSummary,
} from "../../../bot/domain/progress-types";
import { AREA_IDS } from "../../../bot/domain/quality-models";
import { periodContaining } from "../../../bot/domain/schedule";
import { assertProperty } from "../../support/property-runs";
import { NOW } from "./progress-fixtures";

const MINUTE_MS = 60_000;
const GROUP_IDS = ["g0", "g1", "g2", "g3"] as const;
const MEMBER_POOL = 24;
/** A few cells only, so that cells reach k people and the cell rule is exercised, not just "fewer than k". */
const CELLS = [
  ["leitbild", "rationale"],
  ["leitbild", "results"],
  ["kernprozess", "procedures"],
  ["controlling", "evaluation"],
  ["personal", "conclusions"],
] as const;

const memberIdArb = fc.integer({ min: 0, max: MEMBER_POOL - 1 }).map((n) => `m${n}`);
/** Mostly a configured group; sometimes none, or one that no longer exists. */
const groupArb = fc.oneof(
  { arbitrary: fc.constantFrom<string | undefined>(...GROUP_IDS), weight: 6 },
  { arbitrary: fc.constantFrom<string | undefined>(undefined, "geloescht"), weight: 1 },
);
/** Minutes from now: mostly the last ten weeks, some just before now, a few in the future (clock skew). */
const minutesArb = fc.oneof(
  { arbitrary: fc.integer({ min: -70 * 1440, max: 0 }), weight: 8 },
  { arbitrary: fc.integer({ min: -3 * 1440, max: 0 }), weight: 2 },
  { arbitrary: fc.integer({ min: 1, max: 720 }), weight: 1 },
);
const momentArb = minutesArb.map((minutes) => new Date(NOW.getTime() + minutes * MINUTE_MS).toISOString());

interface World {
  config: OrgConfig;
  members: ProgressMember[];
  facts: AnswerFact[];
  asked: AskedFact[];
}

const worldArb: fc.Arbitrary<World> = fc
  .record({
    threshold: fc.integer({ min: 2, max: 6 }),
    groupCount: fc.integer({ min: 1, max: 4 }),
    cycleStartDaysAgo: fc.integer({ min: 0, max: 120 }),
    frequency: fc.constantFrom("weekly", "weekly", "biweekly", "monthly"),
    members: fc.uniqueArray(
      fc.record({ memberId: memberIdArb, group: groupArb, isInstalled: fc.constantFrom(true, true, true, false) }),
      { selector: (member) => member.memberId, maxLength: MEMBER_POOL, size: "max" },
    ),
    facts: fc.array(
      fc.record({
        memberId: memberIdArb,
        cell: fc.constantFrom(...CELLS),
        group: groupArb,
        createdAt: momentArb,
      }),
      { maxLength: 250, size: "max" },
    ),
    asked: fc.array(fc.record({ memberId: memberIdArb, createdAt: momentArb }), { maxLength: 150, size: "max" }),
  })
  .map(({ threshold, groupCount, cycleStartDaysAgo, frequency, members, facts, asked }): World => {
    const start = addDays("2026-05-13", -cycleStartDaysAgo);
    return {
      config: orgConfigSchema.parse({
        orgId: "property-org",
        model: "lqw",
        modelVersion: "LQW 2",
        cycle: { start, selfReportDue: addDays(start, 400) },
        schedule: { frequency },
        groups: GROUP_IDS.slice(0, groupCount).map((id, index) => ({
          id,
          name: `Gruppe ${index}`,
          areas: AREA_IDS.slice(index * 2, index * 2 + 5),
        })),
        anonymityThreshold: threshold,
        updatedAt: NOW.toISOString(),
      }),
      members: members.map(({ group, ...member }) => ({ ...member, ...(group ? { group } : {}) })),
      facts: facts.map(({ cell, group, ...fact }) => ({
        ...fact,
        area: cell[0],
        dimension: cell[1],
        ...(group ? { group } : {}),
      })),
      asked,
    };
  });

/** Every view a manager can request: each period × all groups and each configured group (drill-downs are the areas in it). */
function views(world: World, now: Date): Map<string, ProgressSummary> {
  const result = new Map<string, ProgressSummary>();
  const exists = (createdAt: string) => Date.parse(createdAt) <= now.getTime();
  for (const period of PROGRESS_PERIODS)
    for (const group of ["all", ...world.config.groups.map((each) => each.id)])
      result.set(
        `${period}/${group}`,
        computeProgressSummary({
          config: world.config,
          members: world.members,
          facts: world.facts.filter((fact) => exists(fact.createdAt)),
          asked: world.asked.filter((entry) => exists(entry.createdAt)),
          filters: { period, group },
          now,
        }),
      );
  return result;
}

// ---------------------------------------------------------------------------------------------
// The oracle: the rules as the README states them, read naively.

/** One answer or one prompt: the things a figure is made of. */
interface Event {
  id: number;
  /** The completed round it falls in, or -1 (before the cycle, or in the round in progress). */
  round: number;
  person: string;
  bucket: string;
  ms: number;
  kind: "answer" | "asked";
  cell?: string;
}

interface OraclePopulation {
  key: string;
  buckets: string[];
  members: number;
  points: number[];
  last: number;
}

interface Oracle {
  k: number;
  boundaries: number[];
  events: Event[];
  populations: OraclePopulation[];
  released: number;
  /** Every answer the populations' steps released so far, and per cell its answers and people. */
  releasedAnswers: Event[];
  cells: Map<string, { answers: number; people: Set<string> }>;
  /** The events of a population from boundary `from` to boundary `to`. */
  eventsIn(population: OraclePopulation, from: number, to: number): Event[];
  windows(period: ProgressPeriod): {
    selected: Map<string, [number, number]>;
    previous?: Map<string, [number, number]>;
  };
}

/** Round starts, day by day: a new schedule period begins, at least a week after the cycle start. */
function oracleBoundaries(config: OrgConfig, now: Date): number[] {
  const zone = config.schedule.timeZone;
  const start = config.cycle.start;
  const boundaries = [startOfLocalDay(start, zone).getTime()];
  let key = periodContaining(start, config.schedule, start).key;
  for (let date = addDays(start, 1); startOfLocalDay(date, zone).getTime() <= now.getTime(); date = addDays(date, 1)) {
    const next = periodContaining(date, config.schedule, start).key;
    if (next !== key && daysBetween(start, date) >= 7) boundaries.push(startOfLocalDay(date, zone).getTime());
    key = next;
  }
  return boundaries;
}

function buildOracle(world: World, now: Date): Oracle {
  const { config } = world;
  const k = config.anonymityThreshold;
  const configured = config.groups.map((group) => group.id);
  const currentGroup = new Map(world.members.map((member) => [member.memberId, member.group]));
  const bucketOf = (group: string | undefined) => (group !== undefined && configured.includes(group) ? group : "");
  const boundaries = oracleBoundaries(config, now);
  const rounds = boundaries.length - 1;
  const roundAt = (ms: number) => {
    let round = -1;
    boundaries.forEach((boundary, index) => {
      if (boundary <= ms) round = index;
    });
    return round < rounds ? round : -1;
  };
  // Ids stay the same at every moment: an answer is the same answer a week later.
  const events: Event[] = [
    ...world.facts.map((fact, id) => ({
      id,
      person: fact.memberId,
      bucket: bucketOf(fact.group ?? currentGroup.get(fact.memberId)),
      ms: Date.parse(fact.createdAt),
      kind: "answer" as const,
      cell: `${fact.area}/${fact.dimension}`,
    })),
    ...world.asked.map((entry, index) => ({
      id: world.facts.length + index,
      person: entry.memberId,
      bucket: bucketOf(currentGroup.get(entry.memberId)),
      ms: Date.parse(entry.createdAt),
      kind: "asked" as const,
    })),
  ]
    .filter((event) => event.ms <= now.getTime())
    .map((event) => ({ ...event, round: roundAt(event.ms) }));

  // Groups of k members or more have their own figures; the rest is "weitere", never 1 … k − 1 members.
  const installed = (bucket: string) =>
    world.members.filter((member) => member.isInstalled && bucketOf(member.group) === bucket).length;
  const own = configured.filter((group) => installed(group) >= k);
  const restMembers = () =>
    [...configured.filter((group) => !own.includes(group)), ""].reduce((sum, bucket) => sum + installed(bucket), 0);
  while (restMembers() > 0 && restMembers() < k && own.length > 0) {
    const smallest = Math.min(...own.map(installed));
    own.splice(
      own.findIndex((group) => installed(group) === smallest),
      1,
    );
  }
  const groupsOf = (key: string) => (key === "others" ? [...configured.filter((g) => !own.includes(g)), ""] : [key]);

  const eventsIn = (population: { buckets: string[] }, from: number, to: number) =>
    events.filter(
      (event) =>
        population.buckets.includes(event.bucket) && event.round >= 0 && event.round >= from && event.round < to,
    );
  // Steps: the end of a round once k people answered since the last step, or nobody answered and nobody or k were asked.
  const populations: OraclePopulation[] = [...own, "others"].map((key) => {
    const buckets = groupsOf(key);
    const points = [0];
    for (let end = 1; end <= rounds; end += 1) {
      const since = eventsIn({ buckets }, points[points.length - 1] as number, end);
      const respondents = new Set(since.filter((event) => event.kind === "answer").map((event) => event.person));
      const active = new Set(since.map((event) => event.person));
      if (respondents.size >= k || (respondents.size === 0 && (active.size === 0 || active.size >= k)))
        points.push(end);
    }
    return {
      key,
      buckets,
      members: buckets.reduce((sum, bucket) => sum + installed(bucket), 0),
      points,
      last: points[points.length - 1] as number,
    };
  });
  // Where the figures stand: the latest step of a population that released anything.
  const released = Math.max(
    0,
    ...populations.filter((p) => eventsIn(p, 0, p.last).length > 0).map((population) => population.last),
  );
  const zone = config.schedule.timeZone;
  const boundaryBefore = (index: number, days: number) => {
    const limit = startOfLocalDay(
      addDays(localDateAt(new Date(boundaries[index] as number), zone), -days),
      zone,
    ).getTime();
    const candidates = boundaries.map((boundary, at) => (boundary <= limit ? at : -1)).filter((at) => at >= 0);
    return candidates.length > 0 ? Math.max(...candidates) : undefined;
  };
  const pointAtOrBefore = (population: OraclePopulation, index: number) =>
    Math.max(...population.points.filter((point) => point <= index));

  const releasedAnswers = populations
    .flatMap((population) => eventsIn(population, 0, population.last))
    .filter((event) => event.kind === "answer");
  const cells = new Map<string, { answers: number; people: Set<string> }>();
  for (const event of releasedAnswers) {
    const cell = cells.get(event.cell ?? "") ?? { answers: 0, people: new Set<string>() };
    cell.answers += 1;
    cell.people.add(event.person);
    cells.set(event.cell ?? "", cell);
  }
  return {
    k,
    boundaries,
    events,
    populations,
    released,
    releasedAnswers,
    cells,
    eventsIn,
    windows(period) {
      const whole = new Map(populations.map((p): [string, [number, number]] => [p.key, [0, p.last]]));
      const start = period === "fourWeeks" ? boundaryBefore(released, 28) : undefined;
      if (start === undefined) return { selected: whole };
      const selected = new Map(
        populations.map((p): [string, [number, number]] => [p.key, [pointAtOrBefore(p, start), p.last]]),
      );
      const previousStart = boundaryBefore(start, 28);
      if (previousStart === undefined) return { selected };
      return {
        selected,
        previous: new Map(
          populations.map((p): [string, [number, number]] => [
            p.key,
            [pointAtOrBefore(p, previousStart), pointAtOrBefore(p, start)],
          ]),
        ),
      };
    },
  };
}

function participation(events: readonly Event[]): ParticipationFigure {
  const answers = events.filter((event) => event.kind === "answer");
  return {
    people: new Set(answers.map((event) => event.person)).size,
    asked: new Set(events.map((event) => event.person)).size,
    answers: answers.length,
    promptsAsked: events.length - answers.length,
  };
}

/** A figure a manager sees about people, and the answers and prompts it is made of. */
interface Seen {
  label: string;
  events: Event[];
  ids: Set<number>;
}

function seenAs(label: string, events: Event[]): Seen {
  return { label, events, ids: new Set(events.map((event) => event.id)) };
}

/** Checks one view against the oracle; returns the figures about people it shows. */
function readView(label: string, summary: ProgressSummary, oracle: Oracle, world: World): Seen[] {
  const { k } = oracle;
  const [period, group] = label.split("/") as [ProgressPeriod, string];
  const { selected, previous } = oracle.windows(period);
  const windowEvents = (keys: readonly string[], spans: Map<string, [number, number]>) =>
    oracle.populations
      .filter((population) => keys.includes(population.key))
      .flatMap((population) => {
        const [from, to] = spans.get(population.key) as [number, number];
        return oracle.eventsIn(population, from, to);
      });
  const figures = summary.figures;
  if (new Set(oracle.releasedAnswers.map((event) => event.person)).size < k) {
    expect(figures).toBeUndefined();
    return [];
  }
  if (!figures) throw new Error(`${label}: no figures although k people were released`);
  const seen: Seen[] = [];

  // Participation and trend: the view's populations over their spans, shown only with k respondents.
  const isOwn = oracle.populations.some((population) => population.key === group);
  const keys = group === "all" ? oracle.populations.map((population) => population.key) : isOwn ? [group] : [];
  const now = windowEvents(keys, selected);
  const nowFigure = participation(now);
  if (nowFigure.people >= k) {
    expect(figures.participation).toEqual(nowFigure);
    seen.push(seenAs(`${label} participation`, now));
    if (previous) {
      const before = windowEvents(keys, previous);
      const beforeFigure = participation(before);
      if (beforeFigure.people >= k) {
        expect(figures.trend?.previous).toEqual(beforeFigure);
        seen.push(seenAs(`${label} previous`, before));
      } else expect(figures.trend).toBeUndefined();
    } else expect(figures.trend).toBeUndefined();
  } else {
    expect(figures.participation).toBeUndefined();
    expect(figures.trend).toBeUndefined();
  }

  // Group lines: each population with k respondents in its span.
  if (group === "all")
    for (const line of figures.groups) {
      const key = line.kind === "group" ? line.groupId : "others";
      const events = windowEvents([key], selected);
      expect(line.participation).toEqual(participation(events));
      expect(line.participation.people).toBeGreaterThanOrEqual(k);
      seen.push(seenAs(`${label} line ${key}`, events));
    }
  else expect(figures.groups).toEqual([]);

  // Cells: the whole organisation's released answers, numbers only from k people up, never a recency below that.
  const areas = group === "all" ? AREA_IDS : (world.config.groups.find((each) => each.id === group)?.areas ?? []);
  expect(figures.areas.map((area) => area.area)).toEqual([...areas]);
  for (const area of figures.areas)
    for (const cell of area.cells) {
      const truth = oracle.cells.get(`${area.area}/${cell.dimension}`) ?? { answers: 0, people: new Set() };
      const people = truth.people.size;
      const isRight =
        cell.counts.kind === "shown"
          ? cell.counts.answers === truth.answers && cell.counts.people === people && people >= k
          : cell.counts.kind === "withheld"
            ? people >= k
            : people < k && cell.status === "fewerThan" && cell.updatedThrough === undefined;
      if (!isRight)
        throw new Error(
          `${label}: ${area.area}/${cell.dimension} shows ${JSON.stringify(cell)}, truth ${truth.answers} answers from ${people} people`,
        );
    }
  return seen;
}

/** The people behind a difference: who did something counted in one figure and not in the other. */
function peopleApart(a: Seen, b: Seen): number {
  const people = new Set<string>();
  for (const event of a.events) if (!b.ids.has(event.id)) people.add(event.person);
  for (const event of b.events) if (!a.ids.has(event.id)) people.add(event.person);
  return people.size;
}

function expectNoSmallDifference(seen: readonly Seen[], k: number) {
  for (let i = 0; i < seen.length; i += 1)
    for (let j = i + 1; j < seen.length; j += 1) {
      const a = seen[i] as Seen;
      const b = seen[j] as Seen;
      const apart = peopleApart(a, b);
      if (apart > 0 && apart < k)
        throw new Error(`“${a.label}” minus “${b.label}” isolates ${apart} people (k = ${k})`);
    }
}

/** The whole organisation minus any set of group lines, and the total minus the cells shown. */
function expectNoSmallRemainder(label: string, summary: ProgressSummary, seen: readonly Seen[], oracle: Oracle) {
  const { k } = oracle;
  const total = seen.find((figure) => figure.label === `${label} participation`);
  const lines = seen.filter((figure) => figure.label.startsWith(`${label} line `));
  if (total)
    for (let subset = 1; subset < 2 ** lines.length; subset += 1) {
      const taken = new Set(lines.filter((_, index) => subset & (1 << index)).flatMap((line) => line.events));
      const remainder = total.events.filter((event) => !taken.has(event));
      const people = new Set(remainder.map((event) => event.person)).size;
      if (people > 0 && people < k) throw new Error(`${label}: the total minus group lines isolates ${people} people`);
    }
  // The total minus the cells shown is what the cells without numbers hold: nobody, or k people or more.
  const hidden = (summary.figures?.areas ?? [])
    .flatMap((area) => area.cells.map((cell) => ({ cell, key: `${area.area}/${cell.dimension}` })))
    .filter(({ cell }) => cell.counts.kind !== "shown");
  if (label === "cycle/all" && hidden.length > 0 && summary.figures?.participation) {
    const keys = new Set(hidden.map(({ key }) => key));
    const behind = new Set(
      oracle.releasedAnswers.filter((event) => keys.has(event.cell ?? "")).map((event) => event.person),
    );
    if (behind.size > 0 && behind.size < k)
      throw new Error(`${label}: the total minus the cells shown isolates ${behind.size} people`);
  }
}

/** Every view at one moment, checked, with the figures about people it shows. */
function attack(world: World, now: Date): { seen: Seen[]; summaries: Map<string, ProgressSummary> } {
  const oracle = buildOracle(world, now);
  const summaries = views(world, now);
  const seen: Seen[] = [];
  for (const [label, summary] of summaries) {
    const figures = readView(label, summary, oracle, world);
    expectNoSmallRemainder(label, summary, figures, oracle);
    seen.push(...figures);
  }
  // The same cell in any two views: the same numbers (the drill-down does not depend on the filters).
  const cells = new Map<string, string>();
  for (const summary of summaries.values())
    for (const area of summary.figures?.areas ?? [])
      for (const cell of area.cells) {
        const key = `${area.area}/${cell.dimension}`;
        const shown = JSON.stringify(cell);
        expect(cells.get(key) ?? shown).toBe(shown);
        cells.set(key, shown);
      }
  return { seen, summaries };
}

const RUNS = 100;

/** What the attacker got to see, so that a generator that stopped producing figures fails loudly. */
const seenKinds = new Set<string>();

function noteKinds(summaries: Map<string, ProgressSummary>) {
  for (const [label, summary] of summaries) {
    const figures = summary.figures;
    if (!figures) continue;
    seenKinds.add("figures");
    if (figures.participation) seenKinds.add(`participation ${label.split("/")[0]}`);
    if (figures.trend) seenKinds.add("trend");
    if (figures.groups.some((line) => line.kind === "group")) seenKinds.add("group line");
    if (figures.groups.some((line) => line.kind === "others")) seenKinds.add("others line");
    for (const note of summary.notes) seenKinds.add(note.kind);
    for (const cell of figures.areas.flatMap((area) => area.cells)) seenKinds.add(`${cell.counts.kind} cell`);
  }
}

describe("progress summary privacy: an attacker with every view the manager's card offers", () => {
  it("finds no figure, and no difference of two figures, about fewer than k people", () => {
    assertProperty(
      fc.property(worldArb, (world) => {
        const { seen, summaries } = attack(world, NOW);
        noteKinds(summaries);
        expectNoSmallDifference(seen, world.config.anonymityThreshold);
      }),
      { numRuns: RUNS },
      { isCoverageChecked: true },
    );
    for (const kind of [
      "participation cycle",
      "participation fourWeeks",
      "trend",
      "group line",
      "others line",
      "behind",
      "groupCombined",
      "shown cell",
      "withheld cell",
      "fewerThan cell",
    ])
      expect([...seenKinds]).toContain(kind);
  });

  it("shows nothing new after one more person answers (and was asked) in the round in progress", () => {
    assertProperty(
      fc.property(
        worldArb,
        memberIdArb,
        fc.constantFrom(...CELLS),
        fc.integer({ min: 0, max: 600 }),
        (world, memberId, cell, minutesAgo) => {
          const before = views(world, NOW);
          const at = new Date(NOW.getTime() - minutesAgo * MINUTE_MS);
          // Only if the answer is in the round in progress; earlier ones belong to other worlds.
          if (buildOracle(world, NOW).boundaries.some((boundary) => boundary > at.getTime())) return;
          const answered: World = {
            ...world,
            facts: [...world.facts, { memberId, area: cell[0], dimension: cell[1], createdAt: at.toISOString() }],
            asked: [...world.asked, { memberId, createdAt: new Date(at.getTime() - MINUTE_MS).toISOString() }],
          };
          expect(views(answered, NOW)).toEqual(before);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it("changes between two moments only by k people or more", () => {
    assertProperty(
      fc.property(worldArb, fc.integer({ min: 1, max: 42 }), (world, daysEarlier) => {
        const earlier = new Date(NOW.getTime() - daysEarlier * 1440 * MINUTE_MS);
        const then = attack(world, earlier);
        const later = attack(world, NOW);
        expectNoSmallDifference(
          [
            ...then.seen.map((figure) => ({ ...figure, label: `earlier ${figure.label}` })),
            ...later.seen.map((figure) => ({ ...figure, label: `later ${figure.label}` })),
          ],
          world.config.anonymityThreshold,
        );
      }),
      { numRuns: RUNS / 2 },
    );
  });

  it("shows a group alone with exactly its line in the overview", () => {
    assertProperty(
      fc.property(worldArb, (world) => {
        const summaries = views(world, NOW);
        for (const period of PROGRESS_PERIODS)
          for (const group of world.config.groups) {
            const single = summaries.get(`${period}/${group.id}`)?.figures?.participation;
            const line = summaries
              .get(`${period}/all`)
              ?.figures?.groups.find((each) => each.kind === "group" && each.groupId === group.id);
            if (line) expect(single).toEqual(line.participation);
          }
      }),
      { numRuns: RUNS / 2 },
    );
  });
});
