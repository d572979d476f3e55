/**
 * The privacy promise of the progress summary as properties: whatever the organisation looks
 * like, no figure is computed over fewer than k distinct people, no small group can be worked
 * out by subtracting what is shown from the total, and contributor counts below k are never
 * numbers. The figures are recomputed here from the raw facts, independently of the domain code.
 */
import fc from "fast-check";
import { isLargeEnough, partitionGroups, peopleCount, type PeopleBucket } from "../../../bot/domain/anonymity";
import type { AnswerFact } from "../../../bot/domain/coverage-types";
import { addDays } from "../../../bot/domain/calendar";
import { computeProgressSummary, type ProgressInput } from "../../../bot/domain/progress";
import { orgConfigSchema } from "../../../bot/domain/org-config";
import { PROGRESS_PERIODS } from "../../../bot/domain/progress-period";
import type {
  AskedFact,
  ParticipationFigure,
  ProgressMember,
  ProgressSummary,
} from "../../../bot/domain/progress-types";
import { AREA_IDS, DIMENSION_IDS } from "../../../bot/domain/quality-models";
import { NOW } from "./progress-fixtures";
import { assertProperty } from "../../support/property-runs";

const MINUTE_MS = 60_000;
const GROUP_IDS = ["g0", "g1", "g2", "g3"] as const;
const MEMBER_POOL = 24;

const memberIdArb = fc.integer({ min: 0, max: MEMBER_POOL }).map((n) => `m${n}`);
/** Mostly a configured group; sometimes none, or one that no longer exists. */
const groupArb = fc.oneof(
  { arbitrary: fc.constantFrom<string | undefined>(...GROUP_IDS), weight: 6 },
  { arbitrary: fc.constantFrom<string | undefined>(undefined, "geloescht"), weight: 1 },
);
/** Minutes from now: this week and last, the last ten weeks, or a little in the future (clock skew). */
const minutesArb = fc.oneof(fc.integer({ min: -10 * 1440, max: 0 }), fc.integer({ min: -70 * 1440, max: 720 }));
const momentArb = minutesArb.map((minutes) => new Date(NOW.getTime() + minutes * MINUTE_MS).toISOString());

const inputArb = fc
  .record({
    threshold: fc.integer({ min: 2, max: 6 }),
    groupCount: fc.integer({ min: 1, max: 4 }),
    cycleStartDaysAgo: fc.integer({ min: 0, max: 120 }),
    members: fc.uniqueArray(
      fc.record({ memberId: memberIdArb, group: groupArb, isInstalled: fc.constantFrom(true, true, true, false) }),
      {
        selector: (m) => m.memberId,
        maxLength: MEMBER_POOL,
        size: "max",
      },
    ),
    facts: fc.array(
      fc.record({
        memberId: memberIdArb,
        area: fc.constantFrom(...AREA_IDS),
        dimension: fc.constantFrom(...DIMENSION_IDS),
        group: groupArb,
        createdAt: momentArb,
      }),
      { maxLength: 200, size: "max" },
    ),
    asked: fc.array(fc.record({ memberId: memberIdArb, createdAt: momentArb }), { maxLength: 200, size: "max" }),
    period: fc.constantFrom(...PROGRESS_PERIODS),
    group: fc.constantFrom("all", ...GROUP_IDS),
  })
  .map(({ threshold, groupCount, cycleStartDaysAgo, members, facts, asked, period, group }): ProgressInput => {
    const start = addDays("2026-05-13", -cycleStartDaysAgo);
    return {
      config: orgConfigSchema.parse({
        orgId: "property-org",
        model: "lqw",
        modelVersion: "LQW 2",
        cycle: { start, selfReportDue: addDays(start, 400) },
        schedule: {},
        groups: GROUP_IDS.slice(0, groupCount).map((id, index) => ({
          id,
          name: `Gruppe ${index}`,
          areas: AREA_IDS.slice(index, index + 4),
        })),
        anonymityThreshold: threshold,
        updatedAt: NOW.toISOString(),
      }),
      members: members.map(({ group: memberGroup, ...member }): ProgressMember => ({
        ...member,
        ...(memberGroup ? { group: memberGroup } : {}),
      })),
      facts: facts.map(({ group: factGroup, ...fact }): AnswerFact => ({
        ...fact,
        ...(factGroup ? { group: factGroup } : {}),
      })),
      asked,
      filters: { period, group },
      now: NOW,
    };
  });

/** The test's own reading of the rules: which bucket an answer or a delivery belongs to. */
function oracle(input: ProgressInput) {
  const configured = new Set(input.config.groups.map((group) => group.id));
  const currentGroup = new Map(input.members.map((member) => [member.memberId, member.group]));
  const bucketOf = (group: string | undefined) => (group !== undefined && configured.has(group) ? group : "");
  const inRange = (range: { from: string; to: string }, at: string) =>
    Date.parse(range.from) <= Date.parse(at) && Date.parse(at) < Date.parse(range.to);
  const factBucket = (fact: AnswerFact) => bucketOf(fact.group ?? currentGroup.get(fact.memberId));
  const askedBucket = (entry: AskedFact) => bucketOf(currentGroup.get(entry.memberId));

  return {
    respondents(range: { from: string; to: string }, buckets: ReadonlySet<string>): Set<string> {
      return new Set(
        input.facts
          .filter((fact) => inRange(range, fact.createdAt) && buckets.has(factBucket(fact)))
          .map((fact) => fact.memberId),
      );
    },
    active(range: { from: string; to: string }, buckets: ReadonlySet<string>): Set<string> {
      const people = this.respondents(range, buckets);
      for (const entry of input.asked)
        if (inRange(range, entry.createdAt) && buckets.has(askedBucket(entry))) people.add(entry.memberId);
      return people;
    },
    members(group: string): number {
      return input.members.filter((member) => member.isInstalled && bucketOf(member.group) === group).length;
    },
    factsIn(range: { from: string; to: string }, buckets: ReadonlySet<string>): AnswerFact[] {
      return input.facts.filter((fact) => inRange(range, fact.createdAt) && buckets.has(factBucket(fact)));
    },
    allBuckets: new Set([...configured, ""]),
  };
}

function expectFloor(figure: ParticipationFigure, threshold: number, recomputed: Set<string>) {
  expect(figure.people).toBe(recomputed.size);
  expect(figure.people).toBeGreaterThanOrEqual(threshold);
}

function checkSummary(input: ProgressInput, summary: ProgressSummary) {
  const k = input.config.anonymityThreshold;
  const facts = oracle(input);
  const figures = summary.figures;
  const scope = summary.filters.group === "all" ? facts.allBuckets : new Set([summary.filters.group]);
  if (!figures) return;

  // The figure itself, over at least k respondents; a single group also needs k members.
  expectFloor(figures.participation, k, facts.respondents(summary.range, scope));
  if (summary.filters.group !== "all") expect(facts.members(summary.filters.group)).toBeGreaterThanOrEqual(k);

  // The trend compares with a range that passes the same floor.
  if (figures.trend) {
    expect(summary.previousRange).toBeDefined();
    expectFloor(
      figures.trend.previous,
      k,
      facts.respondents(summary.previousRange as { from: string; to: string }, scope),
    );
    expect(figures.trend.people).toBeGreaterThanOrEqual(k);
  }

  // Per group and "weitere": k members and k respondents each; nothing left over to subtract.
  const covered = new Set<string>();
  for (const group of figures.groups) {
    const buckets = new Set(group.kind === "group" ? [group.groupId] : [...group.groupIds, ""]);
    buckets.forEach((bucket) => covered.add(bucket));
    expectFloor(group.participation, k, facts.respondents(summary.range, buckets));
    expect([...buckets].reduce((sum, bucket) => sum + facts.members(bucket), 0)).toBeGreaterThanOrEqual(k);
  }
  if (figures.groups.length > 0) {
    const leftOver = new Set([...facts.allBuckets].filter((bucket) => !covered.has(bucket)));
    expect(facts.active(summary.range, leftOver).size).toBe(0);
  }

  // Contributors: exact only from k up, and then exact.
  for (const area of figures.areas) {
    const inArea = facts.factsIn(summary.range, scope).filter((fact) => fact.area === area.area);
    expect(area.contributors).toEqual(peopleCount(new Set(inArea.map((fact) => fact.memberId)).size, k));
    for (const cell of area.cells) {
      const people = new Set(inArea.filter((fact) => fact.dimension === cell.dimension).map((fact) => fact.memberId));
      expect(cell.contributors).toEqual(peopleCount(people.size, k));
      if (cell.contributors.kind === "count") expect(cell.contributors.value).toBeGreaterThanOrEqual(k);
    }
  }
}

describe("progress summary privacy (properties)", () => {
  it("never computes a figure over fewer than k people, whatever the organisation looks like", () => {
    assertProperty(
      fc.property(inputArb, (input) => {
        checkSummary(input, computeProgressSummary(input));
      }),
      { numRuns: 400 },
    );
  });

  it("never shows a group alone that the overview of the same period has to combine", () => {
    assertProperty(
      fc.property(inputArb, (input) => {
        const single = computeProgressSummary(input);
        if (!single.figures || single.filters.group === "all") return;
        const overview = computeProgressSummary({ ...input, filters: { ...input.filters, group: "all" } });
        expect(overview.figures?.groups).toContainEqual({
          kind: "group",
          groupId: single.filters.group,
          participation: single.figures.participation,
        });
      }),
      { numRuns: 400 },
    );
  });

  it("shows groups either on their own, combined into „weitere“, or not at all – and nothing left over is active", () => {
    const bucketArb = fc.record({
      members: fc.integer({ min: 0, max: 8 }),
      respondents: fc.uniqueArray(fc.integer({ min: 0, max: 30 }), { maxLength: 8 }),
      askedOnly: fc.uniqueArray(fc.integer({ min: 31, max: 60 }), { maxLength: 4 }),
    });
    assertProperty(
      fc.property(
        fc.array(bucketArb, { minLength: 1, maxLength: 6 }),
        bucketArb,
        fc.integer({ min: 2, max: 6 }),
        (groups, ungrouped, k) => {
          const bucket = (id: string, b: typeof ungrouped): PeopleBucket => ({
            id,
            members: b.members,
            respondents: new Set(b.respondents.map(String)),
            active: new Set([...b.respondents, ...b.askedOnly].map(String)),
          });
          const buckets = groups.map((b, index) => bucket(`g${index}`, b));
          const partition = partitionGroups(buckets, bucket("", ungrouped), k);
          const ids = buckets.map((b) => b.id);
          expect([...partition.shownIds, ...partition.combinedIds, ...partition.omittedIds].sort()).toEqual(
            [...ids].sort(),
          );
          for (const id of partition.shownIds)
            expect(isLargeEnough(buckets[ids.indexOf(id)] as PeopleBucket, k)).toBe(true);
          const rest = [...partition.combinedIds, ...partition.omittedIds].map(
            (id) => buckets[ids.indexOf(id)] as PeopleBucket,
          );
          const restActive = new Set([...rest, bucket("", ungrouped)].flatMap((b) => [...b.active]));
          if (partition.isRestShown) {
            expect(
              new Set([...rest, bucket("", ungrouped)].flatMap((b) => [...b.respondents])).size,
            ).toBeGreaterThanOrEqual(k);
            expect(rest.reduce((sum, b) => sum + b.members, ungrouped.members)).toBeGreaterThanOrEqual(k);
          } else if (partition.shownIds.length > 0) {
            expect(restActive.size).toBe(0);
          }
        },
      ),
      { numRuns: 1000 },
    );
  });
});
