import { computeCoverage } from "../../../bot/domain/coverage";
import type { AnswerFact, CellCoverage } from "../../../bot/domain/coverage-types";
import { indexPromptHistory, type PromptHistoryEntry } from "../../../bot/domain/prompt-history";
import { DIMENSION_IDS, type AreaId, type DimensionId } from "../../../bot/domain/quality-models";
import { areasForMember, createRotation } from "../../../bot/domain/rotation";
import { berlinWinter, orgConfig } from "./scheduling-fixtures";

const thresholds = { enoughAnswers: 3, enoughContributors: 2 };
const now = berlinWinter("2026-11-24T10:00");

function answers(area: AreaId, dimension: DimensionId, count: number, people: number): AnswerFact[] {
  return Array.from({ length: count }, (_, index) => ({
    memberId: `person-${index % people}`,
    area,
    dimension,
    createdAt: "2026-06-01T08:00:00.000Z",
  }));
}

function historyOf(
  memberId: string,
  entries: Omit<PromptHistoryEntry, "memberId" | "deliveryId" | "periodKey" | "kind" | "response">[],
) {
  const full = entries.map((item, index) => ({
    ...item,
    memberId,
    deliveryId: `d${index}`,
    periodKey: `p${index}`,
    kind: "scheduled" as const,
    response: "answered" as const,
  }));
  return indexPromptHistory(full, [{ memberId }], "2026-01-01T00:00:00.000Z", now.toISOString()).history(0);
}

describe("rotation", () => {
  const config = orgConfig({ groups: [{ id: "beratung", name: "Beratung", areas: ["kundenkommunikation"] }] });

  it("asks about the cell with the least evidence in the organisation", () => {
    const coverage = computeCoverage(
      DIMENSION_IDS.filter((dimension) => dimension !== "evaluation").flatMap((dimension) =>
        answers("kundenkommunikation", dimension, 2, 2),
      ),
      thresholds,
    );
    const choice = createRotation(config, coverage, now).choose({ memberId: "anna", group: "beratung" }, undefined);
    expect(choice).toMatchObject({ area: "kundenkommunikation", dimension: "evaluation" });
  });

  it("first asks the member about the cells of their group they have not been asked about yet", () => {
    const coverage = computeCoverage(answers("kundenkommunikation", "results", 20, 10), thresholds);
    const history = historyOf(
      "anna",
      DIMENSION_IDS.filter((dimension) => dimension !== "results").map((dimension, index) => ({
        promptId: `kundenkommunikation.${dimension}.all.1`,
        area: "kundenkommunikation" as const,
        dimension,
        createdAt: new Date(Date.parse("2026-09-01T08:00:00.000Z") + index * 604_800_000).toISOString(),
      })),
    );
    expect(
      createRotation(config, coverage, now).choose({ memberId: "anna", group: "beratung" }, history)?.dimension,
    ).toBe("results");
  });

  it("prefers a prompt the member never had", () => {
    const history = historyOf(
      "anna",
      DIMENSION_IDS.map((dimension) => ({
        promptId: `kundenkommunikation.${dimension}.all.1`,
        area: "kundenkommunikation" as const,
        dimension,
        createdAt: "2025-01-01T08:00:00.000Z",
      })),
    );
    const choice = createRotation(config, computeCoverage([], thresholds), now).choose(
      { memberId: "anna", group: "beratung" },
      history,
    );
    expect(choice?.prompt.id).not.toMatch(/\.1$/);
  });

  it("spreads the members of one tick over different cells", () => {
    const leaders = orgConfig();
    const rotation = createRotation(leaders, computeCoverage([], thresholds), now);
    const cells = Array.from({ length: 15 }, (_, index) =>
      rotation.choose({ memberId: `member-${index}`, group: "kursleitende" }, undefined),
    ).map((choice) => (choice ? `${choice.area}.${choice.dimension}` : "none"));
    expect(new Set(cells).size).toBe(15);
  });

  it("chooses the same prompts for the same situation", () => {
    const coverage = computeCoverage(answers("kernprozess", "results", 4, 2), thresholds);
    const pick = () => {
      const rotation = createRotation(orgConfig(), coverage, now);
      return ["anna", "ben", "carla", "deniz"].map(
        (memberId) => rotation.choose({ memberId, group: "kursleitende" }, undefined)?.prompt.id,
      );
    };
    expect(pick()).toEqual(pick());
  });

  it("closes the gaps the Selbstreport would show as the due date comes closer", () => {
    // Plenty of answers from a single person versus a few from two different people.
    const facts = [
      ...answers("kundenkommunikation", "results", 6, 1),
      ...answers("kundenkommunikation", "procedures", 4, 2),
      ...(["rationale", "evaluation", "conclusions"] as const).flatMap((dimension) =>
        answers("kundenkommunikation", dimension, 30, 10),
      ),
    ];
    const coverage = computeCoverage(facts, thresholds);
    const early = createRotation(config, coverage, berlinWinter("2026-01-06T10:00")).choose(
      { memberId: "anna", group: "beratung" },
      undefined,
    );
    const late = createRotation(config, coverage, berlinWinter("2027-03-16T10:00")).choose(
      { memberId: "anna", group: "beratung" },
      undefined,
    );
    expect(early?.dimension).toBe("procedures");
    expect(late?.dimension).toBe("results");
  });

  it("asks a member without a known group about the first group's areas", () => {
    const twoGroups = orgConfig();
    expect(areasForMember(twoGroups, undefined)).toEqual(twoGroups.groups[0]?.areas);
    expect(areasForMember(twoGroups, "abgeschafft")).toEqual(twoGroups.groups[0]?.areas);
    const choice = createRotation(twoGroups, [], now).choose({ memberId: "anna" }, undefined);
    expect(twoGroups.groups[0]?.areas).toContain(choice?.area);
  });

  it("asks about the goals of the last attestation (11a) only in a re-certification", () => {
    const leaders = (kind: "first" | "recertification") =>
      orgConfig({
        cycle: { kind, start: "2026-01-05", selfReportDue: "2027-03-31" },
        groups: [{ id: "leitung", name: "Leitung", areas: ["strategische_entwicklungsziele"] }],
      });
    const partsAsked = (kind: "first" | "recertification") => {
      const rotation = createRotation(leaders(kind), [], now);
      return Array.from(
        { length: 60 },
        (_, index) => rotation.choose({ memberId: `m${index}` }, undefined)?.prompt.part,
      ).filter(Boolean);
    };
    expect(partsAsked("first")).toEqual([]);
    expect(partsAsked("recertification").length).toBeGreaterThan(0);
  });

  it("tolerates coverage cells of areas the organisation does not ask about", () => {
    const coverage: CellCoverage[] = [
      { area: "personal", dimension: "results", answers: 3, contributors: 3, status: "enough" },
    ];
    expect(createRotation(config, coverage, now).choose({ memberId: "anna", group: "beratung" }, undefined)?.area).toBe(
      "kundenkommunikation",
    );
  });
});
