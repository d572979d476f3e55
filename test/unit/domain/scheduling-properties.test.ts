import fc from "fast-check";
import { addDays, instantOf, isoWeekKey, localDateAt } from "../../../bot/domain/calendar";
import { computeCoverage } from "../../../bot/domain/coverage";
import type { AnswerFact } from "../../../bot/domain/coverage-types";
import type { PromptResponse } from "../../../bot/domain/delivery";
import {
  findDuePrompts,
  type DuePrompt,
  type PromptHistoryEntry,
  type SchedulingMember,
} from "../../../bot/domain/due-prompts";
import { anonymityThresholdSchema, type OrgConfig } from "../../../bot/domain/org-config";
import { PROMPT_CATALOG } from "../../../bot/domain/catalog/prompt-catalog";
import { AREA_IDS, type AreaId } from "../../../bot/domain/quality-models";
import { publicHolidayOn } from "../../../bot/domain/public-holidays";
import { memberCalendar } from "../../../bot/domain/schedule";
import { isWorkingMoment } from "../../../bot/domain/working-calendar";
import { asHistory, member, orgConfig } from "./scheduling-fixtures";
import { assertProperty } from "../../support/property-runs";

const BERLIN = "Europe/Berlin";
const MINUTE_MS = 60_000;
const thresholds = { enoughAnswers: 3, enoughContributors: 2 };
const ROUND_THE_CLOCK = { weekdays: [1, 2, 3, 4, 5, 6, 7], from: "00:00", until: "24:00" };
// Each property runs in a few seconds alone; jest running every suite at once on two cores can stretch that.
const PROPERTY_TIMEOUT_MS = 90_000;

const timeArbitrary = fc
  .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
  .map(([hour, minute]) => `${String(hour).padStart(2, "0")}:${String(minute).padStart(2, "0")}`);
const zoneArbitrary = fc.constantFrom(
  "Europe/Berlin",
  "Europe/Lisbon",
  "America/New_York",
  "Asia/Kolkata",
  "Australia/Sydney",
  "Not/AZone",
);
const responseArbitrary = fc.constantFrom<PromptResponse>("open", "answered", "skipped", "snoozed", "replaced");

/**
 * The cells a teacher without a role can be asked about in these areas: those with an LQW
 * experience prompt for everyone or the pedagogical staff (read from the catalog directly).
 */
function teacherCells(areas: readonly AreaId[]): Set<string> {
  return new Set(
    PROMPT_CATALOG.filter(
      (prompt) =>
        areas.includes(prompt.area) &&
        prompt.models.includes("lqw") &&
        prompt.part === undefined &&
        prompt.kind === "experience" &&
        prompt.audience.some((audience) => audience === "everyone" || audience === "pedagogical"),
    ).map((prompt) => `${prompt.area}.${prompt.dimension}`),
  );
}

/** Records a due prompt the way the outbox and the staff flow would. */
function record(due: DuePrompt, at: Date, response: PromptResponse): PromptHistoryEntry {
  const entry = asHistory(due, at, response);
  return response === "snoozed"
    ? { ...entry, snoozedUntil: new Date(at.getTime() + 26 * 3_600_000).toISOString() }
    : entry;
}

function factsFrom(history: readonly PromptHistoryEntry[]): AnswerFact[] {
  return history
    .filter((entry) => entry.response === "answered")
    .map((entry) => ({
      memberId: entry.memberId,
      area: entry.area,
      dimension: entry.dimension,
      createdAt: entry.createdAt,
    }));
}

describe("scheduling properties", () => {
  it(
    "asks each member about every cell of their group with a prompt for them before asking any cell twice",
    () => {
      assertProperty(
        fc.property(
          fc.subarray([...AREA_IDS], { minLength: 1 }),
          fc.integer({ min: 1, max: 3 }),
          fc.array(
            fc.record({
              area: fc.constantFrom(...AREA_IDS),
              dimension: fc.constantFrom("rationale", "procedures", "results", "evaluation", "conclusions" as const),
              memberId: fc.constantFrom("x", "y", "z"),
            }),
            { maxLength: 40 },
          ),
          // Late ticks, but within the slot's working time (round the clock here) and catch-up limit.
          fc.array(fc.integer({ min: 0, max: 38 * 60 - 1 }), { minLength: 60, maxLength: 60 }),
          fc.array(
            responseArbitrary.filter((response) => response !== "snoozed"),
            { minLength: 60, maxLength: 60 },
          ),
          (areas, memberCount, earlierFacts, tickDelays, responses) => {
            const config = orgConfig({ groups: [{ id: "team", name: "Team", areas }], workingTime: ROUND_THE_CLOCK });
            const members = Array.from({ length: memberCount }, (_, index) =>
              member(`member-${index}`, { group: "team" }),
            );
            const askable = teacherCells(areas);
            const cellCount = askable.size;
            const facts: AnswerFact[] = earlierFacts.map((fact) => ({
              ...fact,
              createdAt: "2026-01-01T08:00:00.000Z",
            }));
            const history: PromptHistoryEntry[] = [];
            for (let week = 0; week < cellCount; week += 1) {
              const slot = instantOf(addDays("2026-01-06", week * 7), "10:00", BERLIN);
              const now = new Date(slot.getTime() + (tickDelays[week] ?? 0) * MINUTE_MS);
              const coverage = computeCoverage([...facts, ...factsFrom(history)], thresholds);
              for (const due of findDuePrompts({ config, members, history, coverage, now }))
                history.push(record(due, now, responses[week] ?? "answered"));
            }
            for (const { memberId } of members) {
              const cells = history
                .filter((entry) => entry.memberId === memberId)
                .map((entry) => `${entry.area}.${entry.dimension}`);
              expect(cells).toHaveLength(cellCount);
              expect(new Set(cells)).toEqual(askable);
            }
          },
        ),
        { numRuns: 60 },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );

  it(
    "never gives anyone two prompts in one period, however often and whenever the scheduler runs",
    () => {
      const memberArbitrary = fc.record({
        timeZone: fc.option(zoneArbitrary, { nil: undefined }),
        preferredTime: fc.option(timeArbitrary, { nil: undefined }),
        group: fc.option(fc.constantFrom("leitung", "kursleitende", "gone"), { nil: undefined }),
      });
      assertProperty(
        fc.property(
          fc.array(memberArbitrary, { minLength: 1, maxLength: 5 }),
          fc.constantFrom("weekly", "biweekly", "monthly" as const),
          fc.integer({ min: 0, max: 55 }),
          fc.array(fc.tuple(fc.integer({ min: 0, max: 35 * 24 * 60 }), responseArbitrary), {
            minLength: 1,
            maxLength: 25,
          }),
          (memberSpecs, frequency, startWeek, ticks) => {
            const config = orgConfig({ schedule: { weekday: 3, time: "09:30", frequency, timeZone: BERLIN } });
            const members = memberSpecs.map((spec, index) => member(`member-${index}`, spec));
            const start = instantOf(addDays("2026-01-05", startWeek * 7), "00:00", BERLIN).getTime();
            const history: PromptHistoryEntry[] = [];
            const sorted = [...ticks].sort((a, b) => a[0] - b[0]);
            for (const [offset, response] of sorted) {
              const now = new Date(start + offset * MINUTE_MS);
              const coverage = computeCoverage(factsFrom(history), thresholds);
              const due = findDuePrompts({ config, members, history, coverage, now });
              // A second run at the same moment, before anything was recorded, gives the very same prompts.
              expect(findDuePrompts({ config, members, history, coverage, now })).toEqual(due);
              for (const prompt of due) history.push(record(prompt, now, response));
            }
            const periods = history.map((entry) => `${entry.memberId}|${entry.periodKey}`);
            expect(new Set(periods).size).toBe(periods.length);
            expect(new Set(history.map((entry) => entry.deliveryId)).size).toBe(history.length);
          },
        ),
        { numRuns: 150 },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );

  it(
    "neither skips nor doubles a weekly slot when Berlin changes its clocks, nor one in the last minutes of a Sunday",
    () => {
      const windows = [
        { firstMonday: "2026-03-23", label: "spring forward on Sunday 29 March" },
        { firstMonday: "2026-10-19", label: "fall back on Sunday 25 October" },
      ];
      assertProperty(
        fc.property(
          fc.constantFrom(...windows),
          fc.oneof(fc.constantFrom("02:30", "10:00", "02:00", "03:00", "01:59", "23:56", "23:59"), timeArbitrary),
          fc.oneof(fc.constant(7), fc.integer({ min: 1, max: 7 })),
          fc.integer({ min: 0, max: 4 }),
          (window, time, weekday, phaseMinutes) => {
            // Round the clock, so that only the schedule and the clocks decide.
            const config = orgConfig({
              schedule: { weekday, time, frequency: "weekly", timeZone: BERLIN },
              workingTime: ROUND_THE_CLOCK,
            });
            const anna = member("anna");
            const from = instantOf(window.firstMonday, "00:00", BERLIN).getTime() + phaseMinutes * MINUTE_MS;
            // One tick into the third week: a slot in the last minutes of the second week is sent by it.
            const lastTick =
              instantOf(addDays(window.firstMonday, 14), "00:00", BERLIN).getTime() + phaseMinutes * MINUTE_MS;
            const sent: { due: DuePrompt; at: number }[] = [];
            // The week before had its prompt: no catch-up of it at the first tick.
            const history: PromptHistoryEntry[] = [
              {
                memberId: "anna",
                deliveryId: "delivery:before",
                promptId: "kernprozess.results.lqw.1",
                area: "kernprozess",
                dimension: "results",
                periodKey: isoWeekKey(addDays(window.firstMonday, -1)),
                kind: "scheduled",
                createdAt: new Date(from - 7 * 24 * 60 * MINUTE_MS).toISOString(),
                response: "answered",
              },
            ];
            for (let tick = from; tick <= lastTick; tick += 5 * MINUTE_MS) {
              for (const due of findDuePrompts({
                config,
                members: [anna],
                history,
                coverage: [],
                now: new Date(tick),
              })) {
                sent.push({ due, at: tick });
                history.push(record(due, new Date(tick), "answered"));
              }
            }
            // A slot on a public holiday (Good Friday, Easter Monday) comes the next day.
            const workingDayFrom = (date: string): string =>
              publicHolidayOn(undefined, date) ? workingDayFrom(addDays(date, 1)) : date;
            // The last slot of a day is five minutes before midnight, so that a tick of the same day finds it.
            const slotTime = time > "23:55" ? "23:55" : time;
            const expected = [0, 7, 14]
              .map((days) =>
                instantOf(workingDayFrom(addDays(window.firstMonday, days + weekday - 1)), slotTime, BERLIN).getTime(),
              )
              .filter((slot) => slot <= lastTick);
            expect(sent.map((item) => Date.parse(item.due.dueAt))).toEqual(expected);
            for (const { due, at } of sent) {
              // Sent by the first tick at or after the slot.
              expect(at).toBeGreaterThanOrEqual(Date.parse(due.dueAt));
              expect(at - Date.parse(due.dueAt)).toBeLessThan(5 * MINUTE_MS);
            }
          },
        ),
        { numRuns: 16 },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );

  it(
    "gives every member one prompt a week within the working day, whatever their preferred time and the ticks' phase",
    () => {
      assertProperty(
        fc.property(
          fc.oneof(fc.constantFrom("07:00", "17:55", "17:56", "17:59", "18:00", "23:59"), timeArbitrary),
          fc.integer({ min: 1, max: 5 }),
          fc.integer({ min: 0, max: 4 }),
          (preferredTime, weekday, phaseMinutes) => {
            // Three weeks in November 2026 without a nationwide public holiday.
            const config = orgConfig({ schedule: { weekday, time: "10:00", frequency: "weekly", timeZone: BERLIN } });
            const anna = member("anna", { preferredTime });
            const calendar = memberCalendar(config, anna);
            const history: PromptHistoryEntry[] = [];
            const from = instantOf("2026-11-09", "00:00", BERLIN).getTime() + phaseMinutes * MINUTE_MS;
            const until = instantOf("2026-11-30", "00:00", BERLIN).getTime();
            // Last week's slot, missed before the first tick, may still come on Monday: recorded, not checked.
            const lastWeek = findDuePrompts({ config, members: [anna], history, coverage: [], now: new Date(from) });
            history.push(
              ...lastWeek
                .filter((due) => due.periodKey === "2026-W45")
                .map((due) => record(due, new Date(from), "answered")),
            );
            for (let tick = from; tick < until; tick += 5 * MINUTE_MS) {
              const now = new Date(tick);
              for (const due of findDuePrompts({ config, members: [anna], history, coverage: [], now })) {
                expect(isWorkingMoment(calendar, now)).toBe(true);
                history.push(record(due, now, "answered"));
              }
            }
            const thisMonth = history.filter((entry) => entry.periodKey !== "2026-W45");
            expect(thisMonth.map((entry) => entry.periodKey)).toEqual(["2026-W46", "2026-W47", "2026-W48"]);
          },
        ),
        { numRuns: 10 },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );

  it(
    "never sends on a closure day, and a slot that fell into one comes at most two working days late",
    () => {
      const dayArbitrary = fc.integer({ min: 0, max: 80 });
      assertProperty(
        fc.property(
          fc.array(fc.tuple(dayArbitrary, fc.integer({ min: 0, max: 14 })), { minLength: 1, maxLength: 3 }),
          fc.array(
            fc.record({
              timeZone: fc.option(zoneArbitrary, { nil: undefined }),
              preferredTime: fc.option(timeArbitrary, { nil: undefined }),
            }),
            {
              minLength: 1,
              maxLength: 3,
            },
          ),
          fc.constantFrom("weekly", "biweekly", "monthly" as const),
          fc.array(fc.integer({ min: 0, max: 24 * 60 - 1 }), { minLength: 90, maxLength: 90 }),
          (quietSpecs, memberSpecs, frequency, minuteOfDay) => {
            const quietPeriods = quietSpecs.map(([fromDay, length], index) => ({
              id: `q${index}`,
              label: "Schließtage",
              from: addDays("2026-02-02", fromDay),
              to: addDays("2026-02-02", fromDay + length),
            }));
            const config: OrgConfig = orgConfig({
              quietPeriods,
              schedule: { weekday: 1, time: "07:00", frequency, timeZone: BERLIN },
            });
            const members: SchedulingMember[] = memberSpecs.map((spec, index) => member(`member-${index}`, spec));
            const history: PromptHistoryEntry[] = [];
            const isQuiet = (date: string) => quietPeriods.some((quiet) => quiet.from <= date && date <= quiet.to);
            for (let day = 0; day < 90; day += 1) {
              const now = new Date(
                instantOf(addDays("2026-02-01", day), "00:00", "UTC").getTime() + (minuteOfDay[day] ?? 0) * MINUTE_MS,
              );
              for (const due of findDuePrompts({ config, members, history, coverage: [], now })) {
                const prefs = members.find((candidate) => candidate.memberId === due.memberId) ?? {};
                const calendar = memberCalendar(config, prefs);
                const today = localDateAt(now, calendar.timeZone);
                expect(isQuiet(today)).toBe(false);
                expect(isQuiet(localDateAt(new Date(due.dueAt), calendar.timeZone))).toBe(false);
                expect(isWorkingMoment(calendar, now)).toBe(true);
                history.push(record(due, now, "answered"));
              }
            }
          },
        ),
        { numRuns: 100 },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );

  it("accepts as anonymity threshold only whole numbers of at least two", () => {
    assertProperty(
      fc.property(fc.oneof(fc.anything(), fc.double(), fc.integer({ min: -100, max: 100 })), (value) => {
        if (anonymityThresholdSchema.safeParse(value).success) {
          expect(typeof value === "number" && Number.isInteger(value) && value >= 2).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
    assertProperty(
      fc.property(fc.integer({ min: 2, max: 50 }), (value) => {
        expect(anonymityThresholdSchema.safeParse(value).success).toBe(true);
      }),
    );
  });
});
