import { daysBetween } from "../../../bot/domain/calendar";
import { computeProgressSummary, type ProgressInput } from "../../../bot/domain/progress";
import type { ProgressFilters } from "../../../bot/domain/progress-types";
import { answer, asked, daysAgo, everyoneAnswers, membersOf, NOW, progressOrg } from "./progress-fixtures";

// NOW is Wednesday 13 May 2026, noon in Berlin; rounds are weeks from Monday, so the round in
// progress began on Monday 11 May and the latest completed one covers 4–10 May.

function summarize(input: Omit<Partial<ProgressInput>, "filters"> & { filters?: Partial<ProgressFilters> } = {}) {
  return computeProgressSummary({
    config: input.config ?? progressOrg(),
    members: input.members ?? [],
    facts: input.facts ?? [],
    asked: input.asked ?? [],
    filters: { period: "cycle", group: "all", ...input.filters },
    now: input.now ?? NOW,
  });
}

type Activity = { facts: ReturnType<typeof answer>[]; asked: ReturnType<typeof asked>[] };
const together = (...parts: Activity[]): Activity => ({
  facts: parts.flatMap((part) => part.facts),
  asked: parts.flatMap((part) => part.asked),
});

const beratung = membersOf("beratung", 10);

describe("progress summary: deadline and the privacy floor", () => {
  it("shows only the deadline and a note for an organisation without answers", () => {
    const summary = summarize({ members: beratung });
    expect(summary.figures).toBeUndefined();
    expect(summary.notes).toEqual([{ kind: "tooFewRespondents", threshold: 5 }]);
    expect(summary.cycle).toMatchObject({
      phase: "development",
      today: "2026-05-13",
      daysUntilReportDue: daysBetween("2026-05-13", "2027-03-31"),
    });
  });

  it("starts from nothing on the first day of a new cycle, ignoring the last cycle's answers", () => {
    const config = progressOrg({
      cycle: { kind: "recertification", start: "2026-05-13", selfReportDue: "2027-05-31" },
    });
    const summary = summarize({ config, members: beratung, ...everyoneAnswers(beratung, 30) });
    expect(summary.figures).toBeUndefined();
    expect(summary.cycle.progress).toBe(0);
    expect(summary.range.firstDate).toBe("2026-05-13");
  });

  it("shows figures once k people answered in a round that has ended, and not with k − 1", () => {
    expect(summarize({ members: beratung, ...everyoneAnswers(beratung.slice(0, 4), 8) }).figures).toBeUndefined();
    const five = summarize({ members: beratung, ...everyoneAnswers(beratung.slice(0, 5), 8) });
    expect(five.figures?.participation).toEqual({ people: 5, asked: 5, answers: 5, promptsAsked: 5 });
    expect(five.range).toEqual({ firstDate: "2026-01-05", lastDate: "2026-05-10" });
  });
});

describe("progress summary: one answer shows nothing, k answers show at the end of a round", () => {
  const earlier = everyoneAnswers(beratung.slice(0, 6), 15);

  it("does not show answers of the round in progress, however many", () => {
    const before = summarize({ members: beratung, ...earlier });
    const today = summarize({ members: beratung, ...together(earlier, everyoneAnswers(beratung, 0.1)) });
    expect(today).toEqual(before);
    expect(today.figures?.participation?.answers).toBe(6);
  });

  it("holds a round with fewer than k new respondents back until k answered since the last step", () => {
    const twoLastWeek = everyoneAnswers(beratung.slice(0, 2), 8);
    const held = summarize({ members: beratung, ...together(earlier, twoLastWeek) });
    expect(held.figures?.participation).toEqual({ people: 6, asked: 6, answers: 6, promptsAsked: 6 });
    expect(held.range.lastDate).toBe("2026-05-03");
    // Three more a week later: five since the last step, released together at the end of that round.
    const threeMore = everyoneAnswers(beratung.slice(5, 8), 1);
    const nextWeek = new Date(NOW.getTime() + 7 * 86_400_000);
    const released = summarize({ members: beratung, ...together(earlier, twoLastWeek, threeMore), now: nextWeek });
    expect(released.figures?.participation).toEqual({ people: 8, asked: 8, answers: 11, promptsAsked: 11 });
    expect(released.range.lastDate).toBe("2026-05-17");
  });

  it("releases a round in which nobody answered but k people were asked, and holds one with fewer asked", () => {
    const silent = beratung.slice(0, 6).map((member) => asked(member.memberId, daysAgo(8)));
    const summary = summarize({ members: beratung, facts: earlier.facts, asked: [...earlier.asked, ...silent] });
    expect(summary.figures?.participation).toEqual({ people: 6, asked: 6, answers: 6, promptsAsked: 12 });
    const fewAsked = summarize({
      members: beratung,
      facts: earlier.facts,
      asked: [...earlier.asked, ...silent.slice(0, 2)],
    });
    expect(fewAsked.figures?.participation?.promptsAsked).toBe(6);
  });

  it("lets a first round that would be shorter than a week run into the next", () => {
    // The cycle starts on Friday 1 May: its first round ends on Monday 11 May, not on 4 May.
    const config = progressOrg({ cycle: { kind: "first", start: "2026-05-01", selfReportDue: "2027-03-31" } });
    const summary = summarize({ config, members: beratung, ...everyoneAnswers(beratung.slice(0, 5), 11) });
    expect(summary.figures?.participation?.people).toBe(5);
    expect(summary.range).toEqual({ firstDate: "2026-05-01", lastDate: "2026-05-10" });
  });
});

describe("progress summary: periods and trend", () => {
  const lastWeek = everyoneAnswers(beratung.slice(0, 6), 8);
  const threeWeeksAgo = everyoneAnswers(beratung.slice(0, 5), 22);
  const sixWeeksAgo = everyoneAnswers(beratung.slice(2, 7), 43);
  const inWinter = everyoneAnswers(beratung, 100);
  const all = { members: beratung, ...together(lastWeek, threeWeeksAgo, sixWeeksAgo, inWinter) };

  it("counts the whole cycle, without a trend", () => {
    const summary = summarize(all);
    expect(summary.figures?.participation).toMatchObject({ people: 10, answers: 26 });
    expect(summary.figures?.trend).toBeUndefined();
    expect(summary.notes).toContainEqual({ kind: "noComparison", reason: "wholeCycle" });
    expect(summary.range).toEqual({ firstDate: "2026-01-05", lastDate: "2026-05-10" });
  });

  it("counts four weeks of rounds up to the latest step and compares them with the four weeks before", () => {
    const summary = summarize({ ...all, filters: { period: "fourWeeks" } });
    expect(summary.range).toEqual({ firstDate: "2026-04-13", lastDate: "2026-05-10" });
    expect(summary.previousRange).toEqual({ firstDate: "2026-03-16", lastDate: "2026-04-12" });
    expect(summary.figures?.participation).toEqual({ people: 6, asked: 6, answers: 11, promptsAsked: 11 });
    expect(summary.figures?.trend).toEqual({
      previous: { people: 5, asked: 5, answers: 5, promptsAsked: 5 },
      answersDelta: 6,
      respondentsDelta: 1,
      ratePointsDelta: 0,
      people: 5,
    });
  });

  it("has no trend when the four weeks before had fewer than k respondents", () => {
    const summary = summarize({
      ...all,
      ...together(lastWeek, threeWeeksAgo, inWinter),
      filters: { period: "fourWeeks" },
    });
    expect(summary.figures?.trend).toBeUndefined();
    expect(summary.notes).toContainEqual({ kind: "noComparison", reason: "tooFewRespondents" });
  });

  it("has no comparison while the cycle is younger than eight weeks", () => {
    const config = progressOrg({ cycle: { kind: "first", start: "2026-04-06", selfReportDue: "2027-03-31" } });
    const summary = summarize({ ...all, config, filters: { period: "fourWeeks" } });
    expect(summary.notes).toContainEqual({ kind: "noComparison", reason: "beforeCycle" });
    expect(summary.figures?.participation?.answers).toBe(11);
  });
});

describe("progress summary: groups and the anonymity threshold", () => {
  it("combines two small groups into „weitere“ and says so", () => {
    const leitung = membersOf("leitung", 3);
    const verwaltung = membersOf("verwaltung", 3);
    const summary = summarize({
      members: [...beratung, ...leitung, ...verwaltung],
      ...together(everyoneAnswers(beratung, 8), everyoneAnswers(leitung, 8), everyoneAnswers(verwaltung, 8)),
    });
    expect(summary.figures?.groups).toEqual([
      { kind: "group", groupId: "beratung", participation: { people: 10, asked: 10, answers: 10, promptsAsked: 10 } },
      {
        kind: "others",
        groupIds: ["leitung", "verwaltung"],
        participation: { people: 6, asked: 6, answers: 6, promptsAsked: 6 },
      },
    ]);
    expect(summary.notes).toContainEqual({ kind: "groupsCombined", groupIds: ["leitung", "verwaltung"], threshold: 5 });
  });

  it("puts a large group into „weitere“ when „weitere“ would otherwise be a small group that the total reveals", () => {
    const verwaltung = membersOf("verwaltung", 6);
    const leitung = membersOf("leitung", 1);
    const members = [...beratung, ...verwaltung, ...leitung];
    const activity = together(
      everyoneAnswers(beratung, 8),
      everyoneAnswers(verwaltung, 8),
      everyoneAnswers(leitung, 8),
    );
    const overview = summarize({ members, ...activity });
    expect(overview.figures?.groups.map((line) => line.kind)).toEqual(["group", "others"]);
    expect(overview.figures?.groups[1]).toMatchObject({ groupIds: ["leitung", "verwaltung"] });
    const single = summarize({ members, ...activity, filters: { group: "verwaltung" } });
    expect(single.figures?.participation).toBeUndefined();
    expect(single.notes).toEqual([
      {
        kind: "groupCombined",
        groupId: "verwaltung",
        reason: "protectsOthers",
        threshold: 5,
        members: 6,
      },
    ]);
  });

  it("gives a group of fewer than k members no figures of its own, but the coverage of its areas", () => {
    const leitung = membersOf("leitung", 4);
    const summary = summarize({
      members: [...beratung, ...leitung],
      ...everyoneAnswers([...beratung, ...leitung], 8),
      filters: { group: "leitung" },
    });
    expect(summary.figures?.participation).toBeUndefined();
    expect(summary.figures?.areas.map((area) => area.area)).toEqual([
      "leitbild",
      "fuehrung",
      "controlling",
      "strategische_entwicklungsziele",
    ]);
    expect(summary.notes).toEqual([
      { kind: "groupCombined", groupId: "leitung", reason: "fewMembers", threshold: 5, members: 4 },
    ]);
  });

  it("counts only members who use the app towards a group's size, names all it knows, and never how many use the app", () => {
    const verwaltung = [
      ...membersOf("verwaltung", 4),
      { memberId: "verwaltung-5", group: "verwaltung", isInstalled: false },
    ];
    const summary = summarize({
      members: [...beratung, ...verwaltung],
      ...everyoneAnswers(beratung, 8),
      filters: { group: "verwaltung" },
    });
    expect(summary.notes).toContainEqual({
      kind: "groupCombined",
      groupId: "verwaltung",
      reason: "fewMembers",
      threshold: 5,
      members: 5,
    });
  });

  it("names groups without a line in the period, and a group whose figures end earlier", () => {
    const verwaltung = membersOf("verwaltung", 6);
    const members = [...beratung, ...verwaltung];
    const activity = together(
      everyoneAnswers(beratung, 8),
      everyoneAnswers(verwaltung.slice(0, 5), 15),
      everyoneAnswers(verwaltung.slice(0, 2), 8),
    );
    const overview = summarize({ members, ...activity });
    expect(overview.notes).toContainEqual({
      kind: "behind",
      group: { kind: "group", groupId: "verwaltung" },
      through: "2026-05-03",
      threshold: 5,
    });
    expect(overview.figures?.participation).toEqual({ people: 15, asked: 15, answers: 15, promptsAsked: 15 });
    const recent = summarize({ members, ...everyoneAnswers(beratung, 8), filters: { period: "fourWeeks" } });
    expect(recent.notes).toContainEqual({
      kind: "withoutFigures",
      groups: [{ kind: "group", groupId: "verwaltung" }],
      threshold: 5,
    });
  });

  it("shows a selected group with k members and k respondents with its own areas", () => {
    const verwaltung = membersOf("verwaltung", 8);
    const others = membersOf("leitung", 6);
    const summary = summarize({
      members: [...beratung, ...verwaltung, ...others],
      ...together(everyoneAnswers(beratung, 8), everyoneAnswers(others, 8), everyoneAnswers(verwaltung.slice(0, 5), 8)),
      filters: { group: "verwaltung" },
    });
    expect(summary.figures?.participation?.people).toBe(5);
    expect(summary.figures?.groups).toEqual([]);
    expect(summary.figures?.areas.map((area) => area.area)).toEqual([
      "schluesselprozesse",
      "infrastruktur",
      "personal",
      "controlling",
    ]);
  });

  it("treats an unknown group as all groups", () => {
    const summary = summarize({
      members: beratung,
      ...everyoneAnswers(beratung, 8),
      filters: { group: "buchhaltung" },
    });
    expect(summary.filters.group).toBe("all");
    expect(summary.notes).toContainEqual({ kind: "unknownGroup" });
    expect(summary.figures?.participation?.people).toBe(10);
  });

  it("counts an answer for the group it was given in, after the member moved", () => {
    const moved = beratung.map((member) => ({ ...member, group: "verwaltung" }));
    const { facts } = everyoneAnswers(beratung, 8);
    const summary = summarize({
      members: [...moved, ...membersOf("beratung", 5, "neu")],
      facts,
      filters: { group: "beratung" },
    });
    expect(summary.figures?.participation?.people).toBe(10);
  });
});

describe("progress summary: coverage and drill-down", () => {
  const leitung = membersOf("leitung", 5);
  const withCells = (...cells: Activity[]) => summarize({ members: [...beratung, ...leitung], ...together(...cells) });

  it("shows a cell's numbers from k people, and below that neither numbers nor a date", () => {
    const summary = withCells(
      everyoneAnswers(beratung, 8, { area: "kernprozess", dimension: "results" }),
      everyoneAnswers(beratung.slice(0, 6), 15, { area: "kernprozess", dimension: "procedures" }),
      everyoneAnswers(beratung.slice(0, 4), 15, { area: "kernprozess", dimension: "evaluation" }),
      everyoneAnswers(beratung.slice(9), 15, { area: "kernprozess", dimension: "conclusions" }),
    );
    const kern = summary.figures?.areas.find((area) => area.area === "kernprozess");
    expect(kern?.cells).toEqual([
      { dimension: "rationale", status: "fewerThan", counts: { kind: "fewerThan", threshold: 5 } },
      {
        dimension: "procedures",
        status: "enough",
        counts: { kind: "shown", answers: 6, people: 6 },
        updatedThrough: "2026-05-03",
      },
      {
        dimension: "results",
        status: "enough",
        counts: { kind: "shown", answers: 10, people: 10 },
        updatedThrough: "2026-05-10",
      },
      { dimension: "evaluation", status: "fewerThan", counts: { kind: "fewerThan", threshold: 5 } },
      { dimension: "conclusions", status: "fewerThan", counts: { kind: "fewerThan", threshold: 5 } },
    ]);
  });

  it("withholds the smallest shown cell when the cells without numbers hold fewer than k people together", () => {
    const summary = withCells(
      everyoneAnswers(beratung, 8, { area: "kernprozess", dimension: "results" }),
      everyoneAnswers(beratung.slice(0, 6), 15, { area: "kernprozess", dimension: "procedures" }),
      everyoneAnswers(beratung.slice(0, 1), 15, { area: "leitbild", dimension: "rationale" }),
    );
    const cells = summary.figures?.areas.flatMap((area) => area.cells) ?? [];
    // Total 17 answers minus 10 and 6 shown would tell that the one hidden cell holds exactly 1.
    expect(cells.filter((cell) => cell.counts.kind === "withheld")).toEqual([
      {
        dimension: "procedures",
        status: "enough",
        counts: { kind: "withheld", threshold: 5 },
        updatedThrough: "2026-05-03",
      },
    ]);
    expect(summary.figures?.participation?.answers).toBe(17);
  });

  it("shows the same cells whatever the period and group", () => {
    const activity = together(
      everyoneAnswers(beratung, 8, { area: "kernprozess", dimension: "results" }),
      everyoneAnswers(leitung, 50, { area: "leitbild", dimension: "results" }),
      everyoneAnswers(beratung.slice(0, 5), 50, { area: "leitbild", dimension: "results" }),
    );
    const areasOf = (filters: Partial<ProgressFilters>) =>
      summarize({ members: [...beratung, ...leitung], ...activity, filters }).figures?.areas ?? [];
    const overview = areasOf({});
    expect(overview.find((area) => area.area === "leitbild")?.cells[2]?.counts).toEqual({
      kind: "shown",
      answers: 10,
      people: 10,
    });
    for (const filters of [{ group: "leitung" }, { group: "beratung" }, { period: "fourWeeks" as const }]) {
      const areas = areasOf(filters);
      expect(areas.length).toBeGreaterThan(0);
      for (const area of areas) expect(area).toEqual(overview.find((each) => each.area === area.area));
    }
  });

  it("names the gaps the next rounds will ask for, spread over the areas", () => {
    const summary = withCells(everyoneAnswers(beratung, 8, { area: "leitbild", dimension: "rationale" }));
    expect(summary.figures?.gaps).toEqual([
      { area: "bedarfserschliessung", dimension: "rationale", lack: "fewerThan", nextStep: "nextRounds" },
      { area: "schluesselprozesse", dimension: "rationale", lack: "fewerThan", nextStep: "noGroupAsked" },
      { area: "kernprozess", dimension: "rationale", lack: "fewerThan", nextStep: "nextRounds" },
      { area: "evaluation", dimension: "rationale", lack: "fewerThan", nextStep: "nextRounds" },
      { area: "infrastruktur", dimension: "rationale", lack: "fewerThan", nextStep: "noGroupAsked" },
    ]);
  });

  it("puts cells under k people before thin ones and says what the thin ones lack", () => {
    const config = progressOrg({
      groups: [{ id: "beratung", name: "Beratung", areas: ["controlling"] }],
      coverageThresholds: { enoughAnswers: 8, enoughContributors: 7 },
    });
    const cell = (dimension: "rationale" | "results" | "evaluation", people: number, days: number) =>
      everyoneAnswers(beratung.slice(0, people), days, { area: "controlling", dimension });
    const summary = summarize({
      config,
      members: beratung,
      ...together(cell("rationale", 10, 8), cell("results", 6, 8), cell("results", 6, 15), cell("evaluation", 5, 8)),
      filters: { group: "beratung" },
    });
    expect(summary.figures?.gaps).toEqual([
      { area: "controlling", dimension: "procedures", lack: "fewerThan", nextStep: "nextRounds" },
      { area: "controlling", dimension: "conclusions", lack: "fewerThan", nextStep: "nextRounds" },
      { area: "controlling", dimension: "evaluation", lack: "fewAnswers", nextStep: "nextRounds" },
      { area: "controlling", dimension: "results", lack: "fewPeople", nextStep: "nextRounds" },
    ]);
  });

  it("does not promise further rounds once the Selbstreport is overdue", () => {
    const config = progressOrg({ cycle: { kind: "first", start: "2025-03-01", selfReportDue: "2026-04-30" } });
    const summary = summarize({ config, members: beratung, ...everyoneAnswers(beratung, 30) });
    expect(summary.cycle.phase).toBe("report-overdue");
    const gaps = summary.figures?.gaps ?? [];
    expect(gaps.length).toBeGreaterThan(0);
    expect(gaps.every((gap) => gap.nextStep === "cycleOver")).toBe(true);
  });
});
