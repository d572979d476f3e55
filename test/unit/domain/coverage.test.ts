import { computeCoverage, coverageStatus } from "../../../bot/domain/coverage";
import type { AnswerFact } from "../../../bot/domain/coverage-types";

const thresholds = { enoughAnswers: 3, enoughContributors: 2 };

function fact(memberId: string, createdAt: string, overrides: Partial<AnswerFact> = {}): AnswerFact {
  return { memberId, area: "leitbild", dimension: "results", createdAt, ...overrides };
}

describe("coverage", () => {
  it("reports every area × dimension cell, those without answers as none", () => {
    const coverage = computeCoverage([], thresholds);
    expect(coverage).toHaveLength(55);
    expect(
      coverage.every((cell) => cell.status === "none" && cell.answers === 0 && cell.newestAnswerAt === undefined),
    ).toBe(true);
    expect(coverage[0]).toMatchObject({ area: "leitbild", dimension: "rationale" });
  });

  it("is thin until enough answers from enough different people are in", () => {
    const one = [fact("anna", "2026-03-01T10:00:00.000Z")];
    const manyFromOne = [...one, fact("anna", "2026-03-08T10:00:00.000Z"), fact("anna", "2026-03-15T10:00:00.000Z")];
    const enough = [...manyFromOne, fact("ben", "2026-02-01T10:00:00.000Z")];
    const cellOf = (facts: AnswerFact[]) =>
      computeCoverage(facts, thresholds, ["leitbild"]).find((cell) => cell.dimension === "results");
    expect(cellOf(one)).toMatchObject({ answers: 1, contributors: 1, status: "thin" });
    expect(cellOf(manyFromOne)).toMatchObject({ answers: 3, contributors: 1, status: "thin" });
    expect(cellOf(enough)).toEqual({
      area: "leitbild",
      dimension: "results",
      answers: 4,
      contributors: 2,
      newestAnswerAt: "2026-03-15T10:00:00.000Z",
      status: "enough",
    });
  });

  it("follows the organisation's own thresholds", () => {
    expect(coverageStatus(5, 5, { enoughAnswers: 6, enoughContributors: 1 })).toBe("thin");
    expect(coverageStatus(6, 1, { enoughAnswers: 6, enoughContributors: 1 })).toBe("enough");
    expect(coverageStatus(0, 0, { enoughAnswers: 1, enoughContributors: 1 })).toBe("none");
  });

  it("covers only the areas asked for, in their order", () => {
    const coverage = computeCoverage(
      [fact("anna", "2026-03-01T10:00:00.000Z"), fact("ben", "2026-03-01T10:00:00.000Z", { area: "personal" })],
      thresholds,
      ["personal", "leitbild"],
    );
    expect(coverage).toHaveLength(10);
    expect(coverage.map((cell) => cell.area).slice(0, 5)).toEqual(Array(5).fill("personal"));
    expect(coverage.filter((cell) => cell.answers > 0).map((cell) => `${cell.area}.${cell.dimension}`)).toEqual([
      "personal.results",
      "leitbild.results",
    ]);
    expect(
      computeCoverage([fact("anna", "2026-03-01T10:00:00.000Z")], thresholds, ["personal"]).every(
        (cell) => cell.answers === 0,
      ),
    ).toBe(true);
  });
});
