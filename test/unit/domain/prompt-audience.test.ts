import fc from "fast-check";
import { AUDIENCES, GROUP_AUDIENCES, PROMPT_KINDS, type AreaOwner, type Audience } from "../../../bot/domain/audience";
import { addDays, instantOf } from "../../../bot/domain/calendar";
import { PROMPT_CATALOG, findPrompt, promptsForCell } from "../../../bot/domain/catalog/prompt-catalog";
import { computeCoverage } from "../../../bot/domain/coverage";
import {
  chooseInCell,
  chooseOnDemandPrompt,
  findDuePrompts,
  type PromptHistoryEntry,
  type SchedulingMember,
} from "../../../bot/domain/due-prompts";
import type { Role } from "../../../bot/domain/member";
import type { OrgConfig } from "../../../bot/domain/org-config";
import { cellIndex } from "../../../bot/domain/cell-index";
import { audiencesOf, cellsAskedOf, isAreaOwner } from "../../../bot/domain/prompt-audience";
import { AREA_IDS, DIMENSION_IDS, MODEL_IDS } from "../../../bot/domain/quality-models";
import { assertProperty } from "../../support/property-runs";
import { asHistory, berlinWinter, member, orgConfig } from "./scheduling-fixtures";

const emptyCoverage = computeCoverage([], { enoughAnswers: 3, enoughContributors: 2 });
const ROUND_THE_CLOCK = { weekdays: [1, 2, 3, 4, 5, 6, 7], from: "00:00", until: "24:00" };
const PROPERTY_TIMEOUT_MS = 90_000;

function promptWithText(start: string) {
  const prompt = PROMPT_CATALOG.find((candidate) => candidate.text.de.startsWith(start));
  if (!prompt) throw new Error(`no prompt starts with "${start}"`);
  return prompt;
}

/** Weekly ticks at each Tuesday's slot from the cycle start; every prompt is answered at once. */
function runWeeks(config: OrgConfig, members: SchedulingMember[], weeks: number, history: PromptHistoryEntry[] = []) {
  for (let week = 0; week < weeks; week += 1) {
    const now = instantOf(addDays("2026-01-06", week * 7), "10:00", "Europe/Berlin");
    for (const due of findDuePrompts({ config, members, history, coverage: emptyCoverage, now }))
      history.push(asHistory(due, now, "answered"));
  }
  return history;
}

describe("the catalog names who each prompt is for", () => {
  it("gives every prompt one or more audiences and a kind", () => {
    for (const prompt of PROMPT_CATALOG) {
      expect(prompt.audience.length).toBeGreaterThan(0);
      expect(new Set(prompt.audience).size).toBe(prompt.audience.length);
      for (const audience of prompt.audience) expect(AUDIENCES).toContain(audience);
      expect(PROMPT_KINDS).toContain(prompt.kind);
    }
  });

  it.each([
    ["Wie läuft bei Ihnen eine Einstellung ab", "experience", ["management"]],
    ["Wie viele Mitarbeitende – angestellt und frei – haben in den letzten zwei Jahren an Fortbildungen", "fact", []],
    ["Wann wurde Ihr Leitbild zuletzt überarbeitet?", "fact", []],
    ["Welche Unterlagen zeigen, dass Ihr Leitbild gemeinsam erarbeitet", "fact", []],
    ["Auf welchen Grundsatz Ihrer Kursgestaltung", "experience", ["pedagogical"]],
    ["Nehmen Sie einen Ablauf im Hintergrund, etwa Abrechnung", "experience", ["administration"]],
    ["Wann hat Ihnen in den letzten Wochen ein Gedanke aus dem Leitbild geholfen", "experience", ["everyone"]],
  ] as const)("classifies „%s …“ as %s for %j", (start, kind, audience) => {
    const prompt = promptWithText(start);
    expect(prompt.kind).toBe(kind);
    if (kind === "experience") expect(prompt.audience).toEqual(audience);
  });

  it("asks no fact of everyone and leaves every cell of every model an experience prompt", () => {
    for (const prompt of PROMPT_CATALOG.filter((candidate) => candidate.kind === "fact"))
      expect(prompt.audience).not.toContain("everyone");
    for (const model of MODEL_IDS)
      for (const area of AREA_IDS)
        for (const dimension of DIMENSION_IDS)
          for (const isRecertification of [false, true])
            expect([
              model,
              area,
              dimension,
              isRecertification,
              promptsForCell(model, area, dimension, isRecertification).some((prompt) => prompt.kind === "experience"),
            ]).toEqual([model, area, dimension, isRecertification, true]);
  });
});

describe("who belongs to which audience", () => {
  const config = orgConfig({
    groups: [
      { id: "leitung", name: "Leitung", areas: ["fuehrung"], audiences: ["management"] },
      { id: "kursleitende", name: "Kursleitende", areas: ["kernprozess"] },
    ],
  });

  it("puts a group stored without audiences into everyone and the pedagogical staff", () => {
    expect([...audiencesOf(config, { memberId: "anna", group: "kursleitende" })].sort()).toEqual([
      "everyone",
      "pedagogical",
    ]);
  });

  it("adds management for managers and quality officer for quality officers, whatever their group", () => {
    const roles: Role[] = ["manager", "qualityOfficer"];
    expect([...audiencesOf(config, { memberId: "anna", group: "kursleitende", roles })].sort()).toEqual([
      "everyone",
      "management",
      "pedagogical",
      "qualityOfficer",
    ]);
  });

  it("does not give a member in no known group the first group's audiences", () => {
    expect(audiencesOf(config, { memberId: "ben", group: "aufgeloest" }).has("management")).toBe(false);
  });

  it("makes the quality officers owners of an area unless setup named managers or a member", () => {
    const officer = { memberId: "qb", roles: ["qualityOfficer"] as Role[] };
    const manager = { memberId: "chef", roles: ["manager"] as Role[] };
    expect(isAreaOwner({ kind: "qualityOfficers" }, officer)).toBe(true);
    expect(isAreaOwner({ kind: "qualityOfficers" }, manager)).toBe(false);
    expect(isAreaOwner({ kind: "managers" }, manager)).toBe(true);
    expect(isAreaOwner({ kind: "member", memberId: "chef" }, manager)).toBe(true);
    expect(isAreaOwner({ kind: "member", memberId: "chef" }, officer)).toBe(false);
  });
});

describe("cells someone can be asked about (the progress gaps' next step)", () => {
  const config = orgConfig({ groups: [{ id: "kursleitende", name: "Kursleitende", areas: ["fuehrung"] }] });
  const teacher = { memberId: "kursleiterin", group: "kursleitende" };

  it("counts a cell whose prompts are all for management only when someone is in management", () => {
    const teachersOnly = cellsAskedOf(config, [teacher]);
    expect(teachersOnly.has(cellIndex("fuehrung", "rationale"))).toBe(false);
    expect(teachersOnly.has(cellIndex("fuehrung", "evaluation"))).toBe(true);
    const withManager = cellsAskedOf(config, [
      teacher,
      { memberId: "chefin", group: "kursleitende", roles: ["manager"] },
    ]);
    expect(withManager.has(cellIndex("fuehrung", "rationale"))).toBe(true);
  });

  it("counts the cells of an owner's fact prompts, not the experience prompts of areas outside their group", () => {
    const asked = cellsAskedOf(config, [{ memberId: "qb", group: "kursleitende", roles: ["qualityOfficer"] }]);
    expect(asked.has(cellIndex("leitbild", "procedures"))).toBe(true);
    expect(asked.has(cellIndex("leitbild", "rationale"))).toBe(false);
  });
});

describe("prompts for the right people", () => {
  const config = orgConfig({
    groups: [{ id: "kursleitende", name: "Kursleitende", areas: [...AREA_IDS] }],
    workingTime: ROUND_THE_CLOCK,
  });
  const teacher = member("kursleiterin");
  const officer = member("qualitaet", { roles: ["qualityOfficer"] });
  const factIds = PROMPT_CATALOG.filter(
    (prompt) => prompt.kind === "fact" && prompt.models.includes("lqw") && prompt.part === undefined,
  ).map((prompt) => prompt.id);

  it("never asks a course instructor a management prompt or a fact prompt", () => {
    const history = runWeeks(config, [teacher], 60);
    expect(history.length).toBeGreaterThan(40);
    for (const entry of history) {
      const prompt = findPrompt(entry.promptId);
      expect(prompt?.kind).toBe("experience");
      expect(prompt?.audience.some((audience) => audience === "everyone" || audience === "pedagogical")).toBe(true);
    }
  });

  it("asks the quality officer each fact prompt once in the cycle, and nobody else", () => {
    const history = runWeeks(config, [teacher, officer], 110);
    const facts = history.filter((entry) => findPrompt(entry.promptId)?.kind === "fact");
    expect(facts.every((entry) => entry.memberId === "qualitaet")).toBe(true);
    expect(facts.map((entry) => entry.promptId).sort()).toEqual([...factIds].sort());
  });

  it("does not ask a second quality officer a fact the first one answered in this cycle", () => {
    const second = member("qualitaet-2", { roles: ["qualityOfficer"] });
    const history = runWeeks(config, [officer, second], 110);
    const facts = history.filter((entry) => findPrompt(entry.promptId)?.kind === "fact");
    expect(facts.map((entry) => entry.promptId).sort()).toEqual([...factIds].sort());
  });

  it("asks a fact again in the next cycle", () => {
    const answeredLastCycle = asHistory(
      {
        deliveryId: "last-cycle",
        memberId: "qualitaet",
        promptId: "leitbild.procedures.all.1",
        area: "leitbild",
        dimension: "procedures",
        periodKey: "2025-W40",
        dueAt: "2025-09-30T08:00:00.000Z",
      },
      new Date("2025-09-30T08:00:00.000Z"),
      "answered",
    );
    const leitbildOnly = orgConfig({
      groups: [{ id: "kursleitende", name: "Kursleitende", areas: ["kernprozess"] }],
      areaOwners: { leitbild: { kind: "qualityOfficers" } },
      workingTime: ROUND_THE_CLOCK,
    });
    const history = runWeeks(leitbildOnly, [officer], 30, [answeredLastCycle]);
    expect(history.filter((entry) => entry.promptId === "leitbild.procedures.all.1")).toHaveLength(2);
  });

  it("sends an area's facts to the member setup named, not to the quality officers", () => {
    const named = orgConfig({
      groups: [{ id: "kursleitende", name: "Kursleitende", areas: ["kernprozess"] }],
      areaOwners: { personal: { kind: "member", memberId: "personalleitung" } },
      workingTime: ROUND_THE_CLOCK,
    });
    const head = member("personalleitung");
    const history = runWeeks(named, [officer, head], 40);
    const personalFacts = history.filter(
      (entry) => entry.area === "personal" && findPrompt(entry.promptId)?.kind === "fact",
    );
    expect(personalFacts.map((entry) => entry.memberId).sort()).toEqual(["personalleitung", "personalleitung"]);
  });

  it("sends the facts of an area whose named owner removed the app to the quality officers", () => {
    const named = orgConfig({
      groups: [{ id: "kursleitende", name: "Kursleitende", areas: ["kernprozess"] }],
      areaOwners: { personal: { kind: "member", memberId: "personalleitung" } },
      workingTime: ROUND_THE_CLOCK,
    });
    const gone = member("personalleitung", { isInstalled: false });
    const history = runWeeks(named, [officer, gone], 40);
    const personalFacts = history.filter(
      (entry) => entry.area === "personal" && findPrompt(entry.promptId)?.kind === "fact",
    );
    expect(personalFacts.map((entry) => entry.memberId)).toEqual(["qualitaet", "qualitaet"]);
  });

  it("follows the same rule when a member asks for a prompt (frage)", () => {
    const now = berlinWinter("2026-11-28T17:00");
    const offered: string[] = [];
    for (let round = 0; round < 60; round += 1) {
      const choice = chooseOnDemandPrompt({
        config,
        member: teacher,
        history: [],
        coverage: emptyCoverage,
        now,
        excludePromptIds: offered,
      });
      if (!choice) throw new Error(`nothing offered in round ${round}`);
      offered.push(choice.prompt.id);
      expect(choice.prompt.kind).toBe("experience");
      expect(choice.prompt.audience.some((audience) => audience === "everyone" || audience === "pedagogical")).toBe(
        true,
      );
    }
  });

  it("does not offer a quality officer on request a fact a colleague answered in this cycle", () => {
    const fact = "leitbild.procedures.all.1";
    const onlyLeitbild = orgConfig({
      groups: [{ id: "kursleitende", name: "Kursleitende", areas: ["kernprozess"] }],
    });
    const answers = [
      {
        memberId: "qualitaet-2",
        area: "leitbild" as const,
        dimension: "procedures" as const,
        promptId: fact,
        createdAt: "2026-03-01T09:00:00.000Z",
      },
    ];
    const inCell = (answered: typeof answers) =>
      chooseInCell({
        config: onlyLeitbild,
        member: officer,
        history: [],
        answers: answered,
        now: berlinWinter("2026-11-28T17:00"),
        area: "leitbild",
        dimension: "procedures",
      });
    expect(inCell([])?.id).toBe(fact);
    expect(inCell(answers)).toBeUndefined();
  });
});

describe("property: everyone gets only the prompts for them", () => {
  const audienceArbitrary = fc.subarray([...GROUP_AUDIENCES]);
  const ownerArbitrary: fc.Arbitrary<AreaOwner> = fc.oneof(
    fc.constant<AreaOwner>({ kind: "qualityOfficers" }),
    fc.constant<AreaOwner>({ kind: "managers" }),
    fc.constantFrom("m0", "m1", "m2").map((memberId): AreaOwner => ({ kind: "member", memberId })),
  );

  it(
    "asks experience prompts of the member's areas and audiences, and each fact once, of its area's owner",
    () => {
      assertProperty(
        fc.property(
          fc.tuple(fc.subarray([...AREA_IDS], { minLength: 1 }), audienceArbitrary),
          fc.tuple(fc.subarray([...AREA_IDS], { minLength: 1 }), audienceArbitrary),
          fc.array(fc.subarray<Role>(["manager", "qualityOfficer"]), { minLength: 3, maxLength: 3 }),
          fc.array(fc.constantFrom("a", "b", "elsewhere"), { minLength: 3, maxLength: 3 }),
          fc.dictionary(fc.constantFrom(...AREA_IDS), ownerArbitrary),
          fc.constantFrom(...MODEL_IDS),
          ([areasA, audiencesA], [areasB, audiencesB], roles, groups, owners, model) => {
            const config = orgConfig({
              model,
              groups: [
                { id: "a", name: "A", areas: areasA, audiences: audiencesA },
                { id: "b", name: "B", areas: areasB, audiences: audiencesB },
              ],
              areaOwners: owners,
              workingTime: ROUND_THE_CLOCK,
            });
            const members = roles.map((memberRoles, index) =>
              member(`m${index}`, { roles: memberRoles, group: groups[index] }),
            );
            const history = runWeeks(config, members, 24);
            const factsAsked = new Set<string>();
            for (const entry of history) {
              const prompt = findPrompt(entry.promptId);
              const asked = members.find((candidate) => candidate.memberId === entry.memberId);
              if (!prompt || !asked) throw new Error("unknown prompt or member");
              if (prompt.kind === "fact") {
                expect(factsAsked.has(prompt.id)).toBe(false);
                factsAsked.add(prompt.id);
                expect(ownerOf(owners[prompt.area], asked, members)).toBe(true);
              } else {
                const group = config.groups.find((candidate) => candidate.id === asked.group) ?? config.groups[0];
                expect(group?.areas).toContain(prompt.area);
                expect(prompt.audience.some((audience) => memberIn(audience, asked, config))).toBe(true);
              }
            }
          },
        ),
        { numRuns: 40 },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );

  /** Written out again rather than imported, so the property checks the rule, not itself. */
  function memberIn(audience: Audience, asked: SchedulingMember, config: OrgConfig): boolean {
    if (audience === "everyone") return true;
    if (audience === "management" && asked.roles?.includes("manager")) return true;
    if (audience === "qualityOfficer" && asked.roles?.includes("qualityOfficer")) return true;
    const group = config.groups.find((candidate) => candidate.id === asked.group);
    return (group ? (group.audiences ?? ["pedagogical"]) : ["pedagogical"]).includes(audience);
  }

  /** An area owned by managers when there are none goes to the quality officers. */
  function ownerOf(owner: AreaOwner | undefined, asked: SchedulingMember, members: SchedulingMember[]): boolean {
    const hasManagers = members.some((candidate) => candidate.roles?.includes("manager"));
    const kind = owner?.kind === "managers" && !hasManagers ? "qualityOfficers" : (owner?.kind ?? "qualityOfficers");
    if (kind === "member") return owner?.kind === "member" && owner.memberId === asked.memberId;
    return asked.roles?.includes(kind === "managers" ? "manager" : "qualityOfficer") ?? false;
  }
});
