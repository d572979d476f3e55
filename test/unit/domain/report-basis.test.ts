/**
 * The requirement list as the quality officer pastes it: optional prompt tags ("; Fragen: …")
 * that attribute a prompt's answers to a requirement, each bad tag named, and the stored list
 * pasted back unchanged.
 */
import {
  parseRequirementLines,
  requirementIdsForPrompt,
  requirementLines,
  MAX_PROMPTS_PER_REQUIREMENT,
  requirementSchema,
} from "../../../bot/domain/report-basis";
import { PROMPT_CATALOG } from "../../../bot/domain/catalog/prompt-catalog";
import { AREA_IDS } from "../../../bot/domain/quality-models";

describe("prompt tags on the requirement list", () => {
  it("reads the prompts named after 'Fragen:' (commas or spaces, any case) and keeps lines without tags", () => {
    const parsed = parseRequirementLines(
      [
        "2.1; 2; Kursanfragen erfassen; Fragen: bedarfserschliessung.procedures.all.1, Bedarfserschliessung.Results.all.2",
        "2.2\tQB 2\tAngebotsplanung\tPrompts: bedarfserschliessung.rationale.all.1 bedarfserschliessung.rationale.all.1",
        "2.3; 2; Fragen der Teilnehmenden; auswerten",
      ].join("\n"),
      "lqw",
    );
    expect(parsed.problems).toEqual([]);
    expect(parsed.items).toEqual([
      {
        id: "2.1",
        area: "bedarfserschliessung",
        title: "Kursanfragen erfassen",
        promptIds: ["bedarfserschliessung.procedures.all.1", "bedarfserschliessung.results.all.2"],
      },
      {
        id: "2.2",
        area: "bedarfserschliessung",
        title: "Angebotsplanung",
        promptIds: ["bedarfserschliessung.rationale.all.1"],
      },
      // A title with a semicolon stays a title; only a last field starting "Fragen:" names prompts.
      { id: "2.3", area: "bedarfserschliessung", title: "Fragen der Teilnehmenden; auswerten" },
    ]);
  });

  it("names a prompt that is not in the catalog, one of another area and one the model never asks", () => {
    const parsed = parseRequirementLines(
      [
        "2.1; 2; Kursanfragen erfassen; Fragen: bedarfserschliessung.procedures.all.99",
        "2.2; 2; Angebotsplanung; Fragen: leitbild.rationale.all.1",
        "4.1; 4; Beratung; Fragen: kernprozess.rationale.kqb.1",
        "2.4; 2; Ohne Titel davor; Fragen:",
      ].join("\n"),
      "lqw",
    );
    expect(parsed.items.map((item) => item.id)).toEqual(["2.4"]);
    expect(parsed.problems).toEqual([
      {
        line: 1,
        text: "2.1; 2; Kursanfragen erfassen; Fragen: bedarfserschliessung.procedures.all.99",
        code: "unknownPrompt",
        detail: "bedarfserschliessung.procedures.all.99",
      },
      { line: 2, text: expect.any(String), code: "promptOfOtherArea", detail: "leitbild.rationale.all.1" },
      { line: 3, text: expect.any(String), code: "unknownPrompt", detail: "kernprozess.rationale.kqb.1" },
    ]);
  });

  it("takes every prompt of an area on one requirement", () => {
    for (const area of AREA_IDS) {
      const ids = PROMPT_CATALOG.filter((prompt) => prompt.area === area && prompt.models.includes("lqw"));
      if (ids.length === 0) continue;
      const parsed = parseRequirementLines(`9.9; ${area}; Alles; Fragen: ${ids.map((p) => p.id).join(", ")}`, "lqw");
      expect(parsed.problems).toEqual([]);
      expect(parsed.items[0]?.promptIds).toHaveLength(ids.length);
      expect(ids.length).toBeLessThanOrEqual(MAX_PROMPTS_PER_REQUIREMENT);
      expect(requirementSchema.safeParse(parsed.items[0]).success).toBe(true);
    }
  });

  it("pastes the stored list back as lines that read the same, in the card's language", () => {
    const text =
      "2.1; 2; Kursanfragen erfassen; Fragen: bedarfserschliessung.procedures.all.1, bedarfserschliessung.results.all.2\n5.1; 5; Kursevaluation";
    const parsed = parseRequirementLines(text, "lqw");
    expect(requirementLines("lqw", parsed.items, "Fragen")).toBe(text);
    const english = requirementLines("lqw", parsed.items, "Prompts");
    expect(parseRequirementLines(english, "lqw").items).toEqual(parsed.items);
  });

  it("gives the requirements tagged with a prompt in list order, none for an untagged prompt", () => {
    const { items } = parseRequirementLines(
      [
        "2.1; 2; Kursanfragen; Fragen: bedarfserschliessung.procedures.all.1",
        "2.2; 2; Planung; Fragen: bedarfserschliessung.results.all.1, bedarfserschliessung.procedures.all.1",
      ].join("\n"),
      "lqw",
    );
    expect(requirementIdsForPrompt(items, "bedarfserschliessung.procedures.all.1")).toEqual(["2.1", "2.2"]);
    expect(requirementIdsForPrompt(items, "bedarfserschliessung.results.all.1")).toEqual(["2.2"]);
    expect(requirementIdsForPrompt(items, "bedarfserschliessung.rationale.all.1")).toEqual([]);
  });
});
