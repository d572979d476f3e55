import { defaultGroups, orgConfigSchema, type OrgConfig } from "../../../bot/domain/org-config";
import { nextScheduledRun } from "../../../bot/domain/next-send";
import {
  changedSetupFields,
  configFromDraft,
  modelChange,
  newSetupDraft,
  setupDraftFromConfig,
  setupDraftSchema,
  setupStepAt,
  SETUP_FIELDS,
} from "../../../bot/domain/setup-draft";

const NOW = new Date("2026-11-25T09:00:00.000Z");

const stored: OrgConfig = orgConfigSchema.parse({
  orgId: "org-1",
  name: "VHS Musterstadt",
  model: "lqw",
  modelVersion: "LQW 2",
  cycle: { kind: "first", start: "2026-09-01", selfReportDue: "2027-09-30" },
  schedule: { weekday: 2, time: "10:00", frequency: "weekly", timeZone: "Europe/Berlin" },
  groups: defaultGroups(),
  successDefinition: "Lernen ist gelungen, wenn …",
  overrides: { areaNames: { kernprozess: { de: "Lehr-Lern-Geschehen", en: "Teaching and learning" } } },
  repeatAfterDays: 120,
  updatedAt: "2026-09-01T08:00:00.000Z",
});

describe("the setup draft", () => {
  it("starts with sensible defaults that the draft schema accepts", () => {
    const draft = newSetupDraft("org-1", "2026-11-25", "aad-miriam", NOW);
    expect(setupDraftSchema.parse(draft)).toEqual(draft);
    expect(draft).toMatchObject({
      model: "lqw",
      modelVersion: "", // no default: the organisation names its Leitfaden version
      cycle: { kind: "first", start: "2026-11-25", selfReportDue: "2027-11-25" },
      schedule: { weekday: 2, time: "10:00", frequency: "weekly", timeZone: "Europe/Berlin" },
      anonymityThreshold: 5,
      step: 1,
    });
    expect(draft.groups).toEqual(defaultGroups());
  });

  it("turns into a valid configuration that keeps what the setup does not edit", () => {
    const draft = { ...setupDraftFromConfig(stored, "etag-1", "aad-miriam", NOW), anonymityThreshold: 7 };
    const parsed = configFromDraft(draft, stored, NOW);
    expect(parsed.success).toBe(true);
    expect(parsed.data).toMatchObject({
      anonymityThreshold: 7,
      repeatAfterDays: 120,
      overrides: stored.overrides,
      updatedAt: NOW.toISOString(),
    });
    expect(changedSetupFields(stored, parsed.data ?? stored)).toEqual(["anonymityThreshold"]);
  });

  it("sees no change when only the order of a group's areas differs", () => {
    const draft = setupDraftFromConfig(stored, "etag-1", "aad-miriam", NOW);
    const reordered = {
      ...draft,
      groups: draft.groups.map((group) => ({ ...group, areas: [...group.areas].reverse() })),
    };
    expect(changedSetupFields(stored, reordered)).toEqual([]);
    expect(changedSetupFields(undefined, reordered)).toEqual([...SETUP_FIELDS]);
  });

  it("drops area-name overrides when the model changes: they worded the old model", () => {
    const draft = {
      ...setupDraftFromConfig(stored, "etag-1", "aad-miriam", NOW),
      model: "kqb" as const,
      modelVersion: "KQB",
    };
    expect(configFromDraft(draft, stored, NOW).data?.overrides.areaNames).toEqual({});
  });

  it("names what a model change renames: areas 4 and 5 and the definition term", () => {
    const change = modelChange("lqw", "kqb");
    expect(change?.renamedAreas.map((area) => [area.number, area.from.de, area.to.de])).toEqual([
      [4, "Lehr-Lern-Prozess", "Beratungsprozess"],
      [5, "Evaluation der Bildungsprozesse", "Evaluation der Beratungsprozesse"],
    ]);
    expect(change?.successDefinitionTerm).toEqual({
      from: { de: "Definition gelungenen Lernens", en: "definition of successful learning" },
      to: { de: "Definition gelungener Beratung", en: "definition of successful counselling" },
    });
    expect(modelChange("kqs", "kqs")).toBeUndefined();
  });

  it("clamps step numbers from card data", () => {
    expect(setupStepAt(0)).toBe("cycle");
    expect(setupStepAt(4)).toBe("groups");
    expect(setupStepAt(99)).toBe("summary");
    expect(setupStepAt(Number.NaN)).toBe("cycle");
  });
});

describe("the next scheduled run", () => {
  it("is the next slot at the organisation's time, skipping quiet periods", () => {
    // 2026-11-25 is a Wednesday: the next Tuesday is 2026-12-01, 10:00 in Berlin (09:00 UTC).
    expect(nextScheduledRun(stored, NOW)?.toISOString()).toBe("2026-12-01T09:00:00.000Z");
    const quiet = {
      ...stored,
      quietPeriods: [{ id: "q", label: "Adventspause", from: "2026-11-30", to: "2026-12-13" }],
    };
    expect(nextScheduledRun(quiet, NOW)?.toISOString()).toBe("2026-12-15T09:00:00.000Z");
  });

  it("waits for the cycle to start and ends with the Selbstreport", () => {
    const later = { ...stored, cycle: { ...stored.cycle, start: "2027-01-13" } };
    expect(nextScheduledRun(later, NOW)?.toISOString()).toBe("2027-01-19T09:00:00.000Z");
    const over = { ...stored, cycle: { ...stored.cycle, start: "2026-01-01", selfReportDue: "2026-11-30" } };
    expect(nextScheduledRun(over, NOW)).toBeUndefined();
  });

  it("follows monthly schedules in their own zone", () => {
    const monthly = {
      ...stored,
      schedule: { weekday: 1, time: "08:30", frequency: "monthly" as const, timeZone: "America/New_York" },
    };
    // First Monday of December 2026 is the 7th; 08:30 in New York is 13:30 UTC.
    expect(nextScheduledRun(monthly, NOW)?.toISOString()).toBe("2026-12-07T13:30:00.000Z");
  });
});
