import { computeCoverage } from "../../../bot/domain/coverage";
import {
  chooseOnDemandPrompt,
  findDuePrompts,
  type PromptHistoryEntry,
  type SchedulingMember,
} from "../../../bot/domain/due-prompts";
import { scheduledDeliveryId } from "../../../bot/domain/ids";
import type { OrgConfig } from "../../../bot/domain/org-config";
import { promptsForCell } from "../../../bot/domain/catalog/prompt-catalog";
import { DIMENSION_IDS } from "../../../bot/domain/quality-models";
import { asHistory, berlinSummer, berlinWinter, member, orgConfig } from "./scheduling-fixtures";

const emptyCoverage = computeCoverage([], { enoughAnswers: 3, enoughContributors: 2 });

function due(config: OrgConfig, members: SchedulingMember[], now: Date, history: PromptHistoryEntry[] = []) {
  return findDuePrompts({ config, members, history, coverage: emptyCoverage, now });
}

/** A delivery recorded earlier, for setting up what a member already has. */
function entry(memberId: string, createdAt: Date, overrides: Partial<PromptHistoryEntry> = {}): PromptHistoryEntry {
  return {
    memberId,
    deliveryId: `delivery:test:${createdAt.toISOString()}`,
    promptId: "kernprozess.results.lqw.1",
    area: "kernprozess",
    dimension: "results",
    periodKey: "2026-W47",
    kind: "scheduled",
    createdAt: createdAt.toISOString(),
    response: "answered",
    ...overrides,
  };
}

describe("due prompts", () => {
  const config = orgConfig();
  const anna = member("anna");
  // Tuesday 24 November 2026, 10:00 in Berlin.
  const slot = berlinWinter("2026-11-24T10:00");

  it("gives a member their prompt once their slot has passed, with a delivery id per cycle, period and member", () => {
    expect(due(config, [anna], berlinWinter("2026-11-24T09:59"))).toEqual([]);
    const [prompt, ...rest] = due(config, [anna], slot);
    expect(rest).toEqual([]);
    expect(prompt).toMatchObject({
      deliveryId: scheduledDeliveryId("2026-01-05", "2026-W48", "anna"),
      memberId: "anna",
      periodKey: "2026-W48",
      dueAt: "2026-11-24T09:00:00.000Z",
    });
    expect(["kernprozess", "evaluation", "bedarfserschliessung"]).toContain(prompt?.area);
  });

  it("still sends the prompt when the timer fires late", () => {
    expect(due(config, [anna], berlinWinter("2026-11-24T10:47"))[0]?.dueAt).toBe("2026-11-24T09:00:00.000Z");
  });

  it("brings a slot the scheduler missed with the member's next working slot, and skips it once it is more than two working days late", () => {
    // Tuesday's slot, missed until Wednesday evening: not at 19:00, nor before Thursday's slot.
    expect(due(config, [anna], berlinWinter("2026-11-25T19:00"))).toEqual([]);
    expect(due(config, [anna], berlinWinter("2026-11-26T09:55"))).toEqual([]);
    expect(due(config, [anna], berlinWinter("2026-11-26T15:00"))).toMatchObject([
      { periodKey: "2026-W48", dueAt: "2026-11-26T09:00:00.000Z" },
    ]);
    expect(due(config, [anna], berlinWinter("2026-11-27T10:00"))).toEqual([]);
    expect(due(config, [anna], berlinWinter("2026-11-30T10:00"))).toEqual([]);
  });

  it("gives the same prompts when the scheduler runs twice, and none once they are recorded", () => {
    const members = [anna, member("ben"), member("carla", { group: "leitung" })];
    const first = due(config, members, slot);
    expect(due(config, members, slot)).toEqual(first);
    const history = first.map((prompt) => asHistory(prompt, slot));
    expect(due(config, members, berlinWinter("2026-11-24T10:05"), history)).toEqual([]);
  });

  it("skips members who removed the bot or cannot be reached", () => {
    expect(due(config, [member("anna", { isInstalled: false }), member("ben", { isReachable: false })], slot)).toEqual(
      [],
    );
  });

  it("sends nothing to a paused member until the day after the pause ends", () => {
    expect(due(config, [member("anna", { pausedUntil: "2026-11-24" })], slot)).toEqual([]);
    expect(due(config, [member("anna", { pausedUntil: "2026-11-24" })], berlinWinter("2026-11-27T10:00"))).toEqual([]);
    expect(due(config, [member("anna", { pausedUntil: "2026-11-23" })], slot)).toHaveLength(1);
  });

  it("sends nothing to a member on vacation", () => {
    expect(due(config, [member("anna", { vacationUntil: "2026-12-06" })], slot)).toEqual([]);
    expect(
      due(config, [member("anna", { vacationUntil: "2026-12-06" })], berlinWinter("2026-12-08T10:00")),
    ).toHaveLength(1);
  });

  it("lets a prompt snoozed until later block the new one, and supersedes it once the snooze is over", () => {
    const snoozed = entry("anna", berlinWinter("2026-11-17T10:00"), {
      response: "snoozed",
      snoozedUntil: berlinWinter("2026-11-25T08:00").toISOString(),
    });
    expect(due(config, [anna], slot, [snoozed])).toEqual([]);
    expect(due(config, [anna], berlinWinter("2026-11-25T10:00"), [snoozed])).toHaveLength(1);
  });

  it("lets an unanswered prompt from last week give way to this week's", () => {
    expect(
      due(config, [anna], slot, [entry("anna", berlinWinter("2026-11-17T10:00"), { response: "open" })]),
    ).toHaveLength(1);
  });

  it("waits while a prompt the member asked for this week is still open", () => {
    const asked = entry("anna", berlinWinter("2026-11-23T16:00"), {
      kind: "onDemand",
      periodKey: "2026-11-23",
      response: "open",
    });
    expect(due(config, [anna], slot, [asked])).toEqual([]);
    expect(due(config, [anna], berlinWinter("2026-11-26T10:00"), [{ ...asked, response: "answered" }])).toHaveLength(1);
  });

  it("sends nothing on a closure day, and brings the slot with the next working day's", () => {
    const closed = orgConfig({
      quietPeriods: [{ id: "closed", label: "Betriebsausflug", from: "2026-11-24", to: "2026-11-24" }],
    });
    expect(due(closed, [anna], slot)).toEqual([]);
    expect(due(closed, [anna], berlinWinter("2026-11-25T10:00"))).toMatchObject([
      { periodKey: "2026-W48", dueAt: "2026-11-25T09:00:00.000Z" },
    ]);
    expect(due(closed, [anna], berlinWinter("2026-12-01T10:00"))).toMatchObject([{ periodKey: "2026-W49" }]);
  });

  it("sends nothing before the cycle starts or after the Selbstreport is due", () => {
    expect(due(config, [anna], berlinWinter("2025-12-30T10:00"))).toEqual([]);
    expect(due(config, [anna], berlinWinter("2026-01-06T10:00"))).toHaveLength(1);
    expect(due(config, [anna], berlinSummer("2027-03-30T10:00"))).toHaveLength(1);
    expect(due(config, [anna], berlinSummer("2027-04-06T10:00"))).toEqual([]);
  });

  it("uses the member's preferred time and own time zone", () => {
    const early = member("anna", { preferredTime: "08:00" });
    expect(due(config, [early], berlinWinter("2026-11-24T08:00"))).toHaveLength(1);
    const lisbon = member("anna", { timeZone: "Europe/Lisbon" });
    expect(due(config, [lisbon], berlinWinter("2026-11-24T10:30"))).toEqual([]);
    expect(due(config, [lisbon], berlinWinter("2026-11-24T11:00"))[0]?.dueAt).toBe("2026-11-24T10:00:00.000Z");
  });

  it("lets local mode run the schedule before the slot, once per period", () => {
    const monday = berlinWinter("2026-11-23T09:00");
    const [prompt] = findDuePrompts({
      config,
      members: [anna],
      history: [],
      coverage: emptyCoverage,
      now: monday,
      isDueNow: true,
    });
    expect(prompt).toMatchObject({ periodKey: "2026-W48", dueAt: monday.toISOString() });
    const recorded = prompt ? [asHistory(prompt, monday)] : [];
    expect(
      findDuePrompts({
        config,
        members: [anna],
        history: recorded,
        coverage: emptyCoverage,
        now: slot,
        isDueNow: true,
      }),
    ).toEqual([]);
  });

  it("moves a Sunday 02:30 slot to 03:00 when clocks go forward and keeps the first 02:30 when they go back", () => {
    const night = orgConfig({
      schedule: { weekday: 7, time: "02:30", frequency: "weekly", timeZone: "Europe/Berlin" },
      workingTime: { weekdays: [1, 2, 3, 4, 5, 6, 7], from: "00:00", until: "24:00" },
    });
    expect(due(night, [anna], new Date("2026-03-29T00:59:00.000Z"))).toEqual([]);
    expect(due(night, [anna], new Date("2026-03-29T01:00:00.000Z"))[0]?.dueAt).toBe("2026-03-29T01:00:00.000Z");
    expect(due(night, [anna], new Date("2026-10-25T00:29:00.000Z"))).toEqual([]);
    expect(due(night, [anna], new Date("2026-10-25T00:30:00.000Z"))[0]?.dueAt).toBe("2026-10-25T00:30:00.000Z");
  });

  it("asks every two weeks in the first week of each pair, catching up within two working days", () => {
    const biweekly = orgConfig({
      schedule: { weekday: 2, time: "10:00", frequency: "biweekly", timeZone: "Europe/Berlin" },
    });
    // The cycle starts in 2026-W02, so W48+W49 form a pair.
    const [first] = due(biweekly, [anna], slot);
    expect(first?.periodKey).toBe("2026-W48");
    expect(
      due(biweekly, [anna], berlinWinter("2026-12-01T10:00"), first ? [asHistory(first, slot, "answered")] : []),
    ).toEqual([]);
    expect(due(biweekly, [anna], berlinWinter("2026-11-26T10:00"))[0]).toMatchObject({
      periodKey: "2026-W48",
      dueAt: "2026-11-26T09:00:00.000Z",
    });
    expect(due(biweekly, [anna], berlinWinter("2026-12-03T10:00"))).toEqual([]);
  });

  it("asks monthly on the first configured weekday of the month", () => {
    const monthly = orgConfig({
      schedule: { weekday: 2, time: "10:00", frequency: "monthly", timeZone: "Europe/Berlin" },
    });
    expect(due(monthly, [anna], berlinWinter("2026-11-03T10:00"))).toMatchObject([
      { periodKey: "2026-11", dueAt: "2026-11-03T09:00:00.000Z" },
    ]);
    expect(due(monthly, [anna], slot)).toEqual([]);
    expect(due(monthly, [anna], berlinWinter("2026-12-01T09:00"))).toEqual([]);
    expect(due(monthly, [anna], berlinWinter("2026-12-01T10:00"))).toMatchObject([{ periodKey: "2026-12" }]);
  });

  describe("repeat interval", () => {
    const oneArea = orgConfig({
      groups: [{ id: "verwaltung", name: "Verwaltung", areas: ["infrastruktur"] }],
      repeatAfterDays: 182,
    });
    const clara = member("clara", { group: "verwaltung" });
    /** Every prompt of the group's cells, asked an hour apart from `firstAt` on. */
    const allPromptsAskedFrom = (firstAt: Date) =>
      DIMENSION_IDS.flatMap((dimension) => promptsForCell("lqw", "infrastruktur", dimension, false)).map(
        (prompt, index) =>
          entry("clara", new Date(firstAt.getTime() + index * 3_600_000), {
            promptId: prompt.id,
            area: prompt.area,
            dimension: prompt.dimension,
            periodKey: "2026-W20",
          }),
      );

    it("does not repeat a prompt within the interval, even when nothing else is left", () => {
      expect(due(oneArea, [clara], slot, allPromptsAskedFrom(berlinSummer("2026-06-01T10:00")))).toEqual([]);
    });

    it("asks again once the interval has passed, the prompt of the cell asked longest ago first", () => {
      const history = allPromptsAskedFrom(berlinSummer("2026-05-18T10:00"));
      const [result] = due(oneArea, [clara], slot, history);
      const oldestOfCell = history.find((item) => item.dimension === result?.dimension);
      expect(result?.promptId).toBe(oldestOfCell?.promptId);
    });

    it("moves on to another cell when every prompt of a cell was asked recently", () => {
      const history = allPromptsAskedFrom(berlinWinter("2026-11-02T10:00"));
      const onlyOld = history[9];
      if (!onlyOld) throw new Error("fixture has too few prompts");
      onlyOld.createdAt = berlinSummer("2026-05-01T10:00").toISOString();
      expect(due(oneArea, [clara], slot, history).map((prompt) => prompt.promptId)).toEqual([onlyOld.promptId]);
    });
  });
});

describe("prompt on request", () => {
  const config = orgConfig();
  const now = berlinWinter("2026-11-28T17:00"); // a Saturday: the schedule does not matter

  it("offers the member another prompt, never the one they want replaced", () => {
    const first = chooseOnDemandPrompt({
      config,
      member: { memberId: "anna", group: "kursleitende" },
      history: [],
      coverage: emptyCoverage,
      now,
    });
    expect(first).toBeDefined();
    const other = chooseOnDemandPrompt({
      config,
      member: { memberId: "anna", group: "kursleitende" },
      history: [],
      coverage: emptyCoverage,
      now,
      excludePromptIds: first ? [first.prompt.id] : [],
    });
    expect(other?.prompt.id).not.toBe(first?.prompt.id);
  });

  it("offers the prompt asked longest ago rather than nothing when everything was asked recently", () => {
    const oneCell = orgConfig({ groups: [{ id: "verwaltung", name: "Verwaltung", areas: ["infrastruktur"] }] });
    const history = DIMENSION_IDS.flatMap((dimension, d) =>
      promptsForCell("lqw", "infrastruktur", dimension, false).map((prompt, p) =>
        entry("clara", new Date(Date.parse("2026-10-01T08:00:00.000Z") + (d * 10 + p) * 3_600_000), {
          promptId: prompt.id,
          area: "infrastruktur",
          dimension,
        }),
      ),
    );
    const choice = chooseOnDemandPrompt({
      config: oneCell,
      member: { memberId: "clara" },
      history,
      coverage: emptyCoverage,
      now,
    });
    const oldestOfCell = history.find((item) => item.dimension === choice?.dimension);
    expect(choice?.prompt.id).toBe(oldestOfCell?.promptId);
  });

  it("ignores other members' history", () => {
    const others = [entry("ben", berlinWinter("2026-11-24T10:00"))];
    const mine = chooseOnDemandPrompt({
      config,
      member: { memberId: "anna", group: "kursleitende" },
      history: others,
      coverage: emptyCoverage,
      now,
    });
    const fresh = chooseOnDemandPrompt({
      config,
      member: { memberId: "anna", group: "kursleitende" },
      history: [],
      coverage: emptyCoverage,
      now,
    });
    expect(mine?.prompt.id).toBe(fresh?.prompt.id);
  });
});
