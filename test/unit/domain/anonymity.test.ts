import { partitionGroups } from "../../../bot/domain/anonymity";
import { discloseCells } from "../../../bot/domain/anonymity-cells";
import { pointAtOrBefore, releasePoints } from "../../../bot/domain/anonymity-release";

const people = (...ids: string[]) => new Set(ids);
const round = (respondents: string[], askedOnly: string[] = []) => ({
  respondents: people(...respondents),
  active: people(...respondents, ...askedOnly),
});

describe("anonymity rules", () => {
  describe("groups", () => {
    it("gives groups of k members their own figures and combines the others into „weitere“", () => {
      const groups = [
        { id: "leitung", members: 3 },
        { id: "beratung", members: 12 },
        { id: "verwaltung", members: 4 },
      ];
      expect(partitionGroups(groups, 0, 5)).toEqual({
        ownIds: ["beratung"],
        combinedIds: ["leitung", "verwaltung"],
        protectingIds: [],
      });
    });

    it("adds the smallest group to „weitere“ until „weitere“ is not a small group of its own", () => {
      const groups = [
        { id: "leitung", members: 1 },
        { id: "beratung", members: 12 },
        { id: "verwaltung", members: 6 },
      ];
      expect(partitionGroups(groups, 0, 5)).toEqual({
        ownIds: ["beratung"],
        combinedIds: ["leitung", "verwaltung"],
        protectingIds: ["verwaltung"],
      });
      // People in no group count towards „weitere“ too.
      expect(partitionGroups(groups, 4, 5).ownIds).toEqual(["beratung", "verwaltung"]);
      // Nobody left over: nothing to protect.
      expect(partitionGroups([{ id: "beratung", members: 12 }], 0, 5).ownIds).toEqual(["beratung"]);
    });
  });

  describe("steps in time", () => {
    it("releases at the end of the round by which k people answered since the last step", () => {
      const rounds = [round(["a", "b"]), round(["c"]), round(["d", "e"]), round(["a"]), round([])];
      expect(releasePoints(rounds, 5)).toEqual([0, 3]);
    });

    it("counts a person once within a step, however often they answered", () => {
      expect(releasePoints([round(["a", "b", "c", "d"]), round(["a", "b"])], 5)).toEqual([0]);
    });

    it("releases rounds in which nobody was active, and rounds in which k were asked and nobody answered", () => {
      expect(releasePoints([round([]), round([], ["a", "b", "c", "d", "e"]), round([], ["a"])], 5)).toEqual([0, 1, 2]);
    });

    it("finds the step a period starts with", () => {
      expect(pointAtOrBefore([0, 3, 7, 9], 8)).toBe(7);
      expect(pointAtOrBefore([0, 3, 7, 9], 2)).toBe(0);
    });
  });

  describe("cells", () => {
    const cell = (answers: number, ...ids: string[]) => ({ answers, people: people(...ids) });
    const five = ["a", "b", "c", "d", "e"];

    it("shows cells of k people, hides smaller ones, and withholds the smallest shown one when the hidden hold 1 … k − 1", () => {
      expect(discloseCells([cell(9, ...five, "f"), cell(5, ...five), cell(1, "x")], 5)).toEqual([
        "shown",
        "withheld",
        "fewerThan",
      ]);
    });

    it("leaves the shown cells alone when the hidden ones hold nobody or k people together", () => {
      expect(discloseCells([cell(5, ...five), cell(0)], 5)).toEqual(["shown", "fewerThan"]);
      expect(discloseCells([cell(5, ...five), cell(2, "v", "w"), cell(3, "x", "y", "z")], 5)).toEqual([
        "shown",
        "fewerThan",
        "fewerThan",
      ]);
    });
  });
});
