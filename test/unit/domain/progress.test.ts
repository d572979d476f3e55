import { daysBetween } from "../../../bot/domain/calendar";
import { computeProgressSummary, type ProgressInput } from "../../../bot/domain/progress";
import type { ProgressFilters } from "../../../bot/domain/progress-types";
import { answer, asked, daysAgo, everyoneAnswers, membersOf, NOW, progressOrg } from "./progress-fixtures";

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
    const lastCycle = everyoneAnswers(beratung, 30);
    const config = progressOrg({
      cycle: { kind: "recertification", start: "2026-05-13", selfReportDue: "2027-05-31" },
    });
    const summary = summarize({ config, members: beratung, ...lastCycle, filters: { period: "fourWeeks" } });
    expect(summary.figures).toBeUndefined();
    expect(summary.cycle.progress).toBe(0);
    expect(summary.range.from).toBe("2026-05-12T22:00:00.000Z");
    expect(summary.previousRange).toBeUndefined();
  });

  it("shows figures once k people answered, and not with k − 1", () => {
    const four = everyoneAnswers(beratung.slice(0, 4), 3);
    expect(summarize({ members: beratung, ...four }).figures).toBeUndefined();
    const five = everyoneAnswers(beratung.slice(0, 5), 3);
    expect(summarize({ members: beratung, ...five }).figures?.participation).toEqual({
      people: 5,
      asked: 5,
      answers: 5,
      promptsAsked: 5,
    });
  });
});

describe("progress summary: periods and trend", () => {
  // Wednesday noon: this week began on Monday 11 May; last week's comparable part is Monday 4 to Wednesday 6 May, noon.
  const thisWeek = everyoneAnswers(beratung.slice(0, 6), 1);
  const lastWeek = everyoneAnswers(beratung.slice(0, 5), 8);
  const earlierThisMonth = {
    facts: [answer("beratung-9", daysAgo(20), { group: "beratung" })],
    asked: [asked("beratung-9", daysAgo(20))],
  };
  const inWinter = everyoneAnswers(beratung, 100);
  const askedButSilent = [asked("beratung-7", daysAgo(1)), asked("beratung-8", daysAgo(1))];
  const all = {
    members: beratung,
    facts: [...thisWeek.facts, ...lastWeek.facts, ...earlierThisMonth.facts, ...inWinter.facts],
    asked: [...thisWeek.asked, ...lastWeek.asked, ...earlierThisMonth.asked, ...inWinter.asked, ...askedButSilent],
  };

  it("counts who answered and who was asked in the current week", () => {
    const figures = summarize({ ...all, filters: { period: "current" } }).figures;
    expect(figures?.participation).toEqual({ people: 6, asked: 8, answers: 6, promptsAsked: 8 });
  });

  it("compares the current week with the same part of last week", () => {
    const summary = summarize({ ...all, filters: { period: "current" } });
    expect(summary.previousRange).toEqual({ from: "2026-05-03T22:00:00.000Z", to: "2026-05-06T10:00:00.001Z" });
    expect(summary.figures?.trend).toEqual({
      previous: { people: 5, asked: 5, answers: 5, promptsAsked: 5 },
      answersDelta: 1,
      respondentsDelta: 1,
      ratePointsDelta: -25,
      people: 5,
    });
  });

  it("counts the last four weeks", () => {
    const figures = summarize({ ...all, filters: { period: "fourWeeks" } }).figures;
    expect(figures?.participation).toEqual({ people: 7, asked: 9, answers: 12, promptsAsked: 14 });
    // Four weeks before that (mid-March to mid-April) nobody answered: no trend over fewer than k.
    expect(figures?.trend).toBeUndefined();
  });

  it("counts the whole cycle, without a trend", () => {
    const summary = summarize(all);
    expect(summary.figures?.participation).toMatchObject({ people: 10, answers: 22 });
    expect(summary.figures?.trend).toBeUndefined();
    expect(summary.notes).toContainEqual({ kind: "noComparison", reason: "wholeCycle" });
    expect(summary.range.from).toBe("2026-01-04T23:00:00.000Z");
  });

  it("has no trend when the previous four weeks had fewer than k respondents", () => {
    const summary = summarize({ ...all, filters: { period: "fourWeeks" } });
    expect(summary.notes).toContainEqual({ kind: "noComparison", reason: "tooFewRespondents" });
  });
});

describe("progress summary: groups and the anonymity threshold", () => {
  const activity = (...parts: { facts: ReturnType<typeof answer>[]; asked: ReturnType<typeof asked>[] }[]) => ({
    facts: parts.flatMap((part) => part.facts),
    asked: parts.flatMap((part) => part.asked),
  });

  it("combines two small groups into „weitere“ and says so", () => {
    const leitung = membersOf("leitung", 3);
    const verwaltung = membersOf("verwaltung", 3);
    const summary = summarize({
      members: [...beratung, ...leitung, ...verwaltung],
      ...activity(everyoneAnswers(beratung, 2), everyoneAnswers(leitung, 2), everyoneAnswers(verwaltung, 2)),
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

  it("shows a group with exactly k respondents on its own", () => {
    const verwaltung = membersOf("verwaltung", 6);
    const summary = summarize({
      members: [...beratung, ...verwaltung],
      ...activity(everyoneAnswers(beratung, 2), everyoneAnswers(verwaltung.slice(0, 5), 2)),
    });
    expect(summary.figures?.groups.map((figure) => (figure.kind === "group" ? figure.groupId : "weitere"))).toEqual([
      "beratung",
      "verwaltung",
    ]);
    // Leitung has nobody: nothing to show and nothing to subtract.
    expect(summary.notes).toContainEqual({ kind: "groupsOmitted", groupIds: ["leitung"], threshold: 5 });
  });

  it("shows no group figures when a group with k − 1 respondents could be worked out from the total", () => {
    const verwaltung = membersOf("verwaltung", 6);
    const summary = summarize({
      members: [...beratung, ...verwaltung],
      ...activity(everyoneAnswers(beratung, 2), everyoneAnswers(verwaltung.slice(0, 4), 2)),
    });
    // Total 14 minus Beratung 10 would give Verwaltung's 4: Beratung is held back too.
    expect(summary.figures?.participation.people).toBe(14);
    expect(summary.figures?.groups).toEqual([]);
    expect(summary.notes).toContainEqual({
      kind: "groupsOmitted",
      groupIds: ["leitung", "beratung", "verwaltung"],
      threshold: 5,
    });
  });

  it("counts people without a group only within „weitere“", () => {
    const ohne = membersOf(undefined, 2);
    const leitung = membersOf("leitung", 3);
    const summary = summarize({
      members: [...beratung, ...leitung, ...ohne],
      ...activity(everyoneAnswers(beratung, 2), everyoneAnswers(leitung, 2), everyoneAnswers(ohne, 2)),
    });
    expect(summary.figures?.groups[1]).toEqual({
      kind: "others",
      groupIds: ["leitung", "verwaltung"],
      participation: { people: 5, asked: 5, answers: 5, promptsAsked: 5 },
    });
  });

  it("refuses figures for a selected group with fewer than k members", () => {
    const leitung = membersOf("leitung", 4);
    const summary = summarize({
      members: [...beratung, ...leitung],
      ...everyoneAnswers([...beratung, ...leitung], 2),
      filters: { group: "leitung" },
    });
    expect(summary.figures).toBeUndefined();
    expect(summary.notes).toEqual([{ kind: "groupTooSmall", groupId: "leitung", threshold: 5 }]);
  });

  it("refuses figures for a selected group with k − 1 respondents and shows them with k", () => {
    const verwaltung = membersOf("verwaltung", 8);
    const others = membersOf("leitung", 6);
    const base = { members: [...beratung, ...verwaltung, ...others], filters: { group: "verwaltung" } };
    const four = summarize({
      ...base,
      ...activity(everyoneAnswers(beratung, 2), everyoneAnswers(others, 2), everyoneAnswers(verwaltung.slice(0, 4), 2)),
    });
    expect(four.figures).toBeUndefined();
    expect(four.notes).toEqual([{ kind: "tooFewRespondents", threshold: 5 }]);
    const five = summarize({
      ...base,
      ...activity(everyoneAnswers(beratung, 2), everyoneAnswers(others, 2), everyoneAnswers(verwaltung.slice(0, 5), 2)),
    });
    expect(five.figures?.participation.people).toBe(5);
    expect(five.figures?.groups).toEqual([]);
    expect(five.figures?.areas.map((area) => area.area)).toEqual([
      "schluesselprozesse",
      "infrastruktur",
      "personal",
      "controlling",
    ]);
  });

  it("does not show a large group alone when the overview has to combine it", () => {
    const verwaltung = membersOf("verwaltung", 6);
    const summary = summarize({
      members: [...beratung, ...verwaltung],
      ...activity(everyoneAnswers(beratung, 2), everyoneAnswers(verwaltung.slice(0, 4), 2)),
      filters: { group: "beratung" },
    });
    expect(summary.figures).toBeUndefined();
    expect(summary.notes).toEqual([{ kind: "groupOnlyCombined", groupId: "beratung", threshold: 5 }]);
  });

  it("treats an unknown group as all groups", () => {
    const summary = summarize({
      members: beratung,
      ...everyoneAnswers(beratung, 2),
      filters: { group: "buchhaltung" },
    });
    expect(summary.filters.group).toBe("all");
    expect(summary.notes).toContainEqual({ kind: "unknownGroup" });
    expect(summary.figures?.participation.people).toBe(10);
  });

  it("counts an answer for the group it was given in, after the member moved", () => {
    const moved = beratung.map((member) => ({ ...member, group: "verwaltung" }));
    const { facts } = everyoneAnswers(beratung, 2);
    const summary = summarize({
      members: [...moved, ...membersOf("beratung", 5, "neu")],
      facts,
      filters: { group: "beratung" },
    });
    expect(summary.figures?.participation.people).toBe(10);
  });
});

describe("progress summary: coverage and drill-down", () => {
  it("shows contributor counts below k only as „fewer than k“", () => {
    const facts = [
      ...everyoneAnswers(beratung, 2, { area: "kernprozess", dimension: "results" }).facts,
      answer("beratung-1", daysAgo(3), { area: "evaluation", dimension: "conclusions", group: "beratung" }),
      answer("beratung-2", daysAgo(4), { area: "evaluation", dimension: "conclusions", group: "beratung" }),
    ];
    const areas = summarize({ members: beratung, facts }).figures?.areas ?? [];
    const kern = areas.find((area) => area.area === "kernprozess");
    const evaluation = areas.find((area) => area.area === "evaluation");
    expect(kern?.cells.find((cell) => cell.dimension === "results")).toEqual({
      dimension: "results",
      status: "enough",
      answers: 10,
      contributors: { kind: "count", value: 10 },
      newestAnswerAt: daysAgo(2),
    });
    expect(evaluation).toMatchObject({
      answers: 2,
      contributors: { kind: "fewerThan", threshold: 5 },
      newestAnswerAt: daysAgo(3),
    });
    expect(evaluation?.cells.find((cell) => cell.dimension === "conclusions")).toMatchObject({
      status: "thin",
      contributors: { kind: "fewerThan", threshold: 5 },
    });
    expect(JSON.stringify(areas)).not.toMatch(/"value":[1-4]\b/);
  });

  it("names the gaps the next rounds will ask for, spread over the areas", () => {
    const leitung = membersOf("leitung", 5);
    const summary = summarize({
      members: [...beratung, ...leitung],
      ...everyoneAnswers(beratung, 2, { area: "leitbild", dimension: "rationale" }),
    });
    expect(summary.figures?.gaps).toEqual([
      { area: "bedarfserschliessung", dimension: "rationale", lack: "none", nextStep: "nextRounds" },
      { area: "schluesselprozesse", dimension: "rationale", lack: "none", nextStep: "noGroupAsked" },
      { area: "kernprozess", dimension: "rationale", lack: "none", nextStep: "nextRounds" },
      { area: "evaluation", dimension: "rationale", lack: "none", nextStep: "nextRounds" },
      { area: "infrastruktur", dimension: "rationale", lack: "none", nextStep: "noGroupAsked" },
    ]);
  });

  it("puts thin cells after empty ones and says what they lack", () => {
    const config = progressOrg({ groups: [{ id: "beratung", name: "Beratung", areas: ["controlling"] }] });
    const oneVoice = [1, 2, 3].map((day) =>
      answer("beratung-1", daysAgo(day), { area: "controlling", dimension: "results" }),
    );
    const twoAnswers = [
      answer("beratung-2", daysAgo(2), { area: "controlling", dimension: "evaluation" }),
      answer("beratung-3", daysAgo(2), { area: "controlling", dimension: "evaluation" }),
    ];
    const enough = everyoneAnswers(beratung, 2, { area: "controlling", dimension: "rationale" }).facts;
    const more = ["procedures", "conclusions"].flatMap(
      (dimension) => everyoneAnswers(beratung, 2, { area: "controlling", dimension: dimension as "procedures" }).facts,
    );
    const summary = summarize({
      config,
      members: beratung,
      facts: [...enough, ...more.slice(0, 10), ...oneVoice, ...twoAnswers],
      filters: { group: "beratung" },
    });
    expect(summary.figures?.gaps).toEqual([
      { area: "controlling", dimension: "conclusions", lack: "none", nextStep: "nextRounds" },
      // Two answers from two people weigh less than three from one: the rotation's own score.
      { area: "controlling", dimension: "evaluation", lack: "fewAnswers", nextStep: "nextRounds" },
      { area: "controlling", dimension: "results", lack: "fewPeople", nextStep: "nextRounds" },
    ]);
  });

  it("does not promise further rounds once the Selbstreport is overdue", () => {
    const config = progressOrg({ cycle: { kind: "first", start: "2025-03-01", selfReportDue: "2026-04-30" } });
    const summary = summarize({ config, members: beratung, ...everyoneAnswers(beratung, 30) });
    expect(summary.cycle.phase).toBe("report-overdue");
    expect(summary.figures?.gaps.every((gap) => gap.nextStep === "cycleOver")).toBe(true);
  });
});
