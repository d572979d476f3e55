import { memberSchema } from "../../bot/domain/member";
import { AREA_IDS, type Locale } from "../../bot/domain/quality-models";
import { newSetupDraft, SETUP_STEPS, setupDraftSchema, type SetupDraft } from "../../bot/domain/setup-draft";
import { SETUP_PROBLEM_CODES } from "../../bot/domain/setup-rules";
import { GROUP_AUDIENCES } from "../../bot/domain/audience";
import { renderSetupStep } from "../../bot/flows/setup-step-card";
import { GROUPS_PER_PAGE, OWNER_CHOICES, type SetupPerson } from "../../bot/flows/setup-steps";
import { translator } from "../../bot/i18n/translator";
import type { FlowResult, TurnScope } from "../../bot/turn-scope";
import { cardText, choiceValues, inputValue } from "../support/card-inspection";
import { cardProblems, MAX_CARD_BYTES } from "../support/adaptive-card-validation";

const NOW = new Date("2026-11-25T09:00:00.000Z");
const ORG = "6f1c2a7e-0d3b-4c55-9a1e-2b7d4e8f0a01";

function scopeFor(locale: Locale): TurnScope {
  const member = memberSchema.parse({
    orgId: ORG,
    memberId: "aad-miriam-0003",
    userId: "29:1miriam-koehler",
    aadObjectId: "aad-miriam-0003",
    name: "Miriam Köhler",
    locale,
    conversation: {
      channelId: "msteams",
      serviceUrl: "https://smba.trafficmanager.net/emea/",
      conversationId: "a:1",
      tenantId: ORG,
      botId: "28:bot",
    },
    createdAt: NOW.toISOString(),
    updatedAt: NOW.toISOString(),
  });
  return {
    member,
    roles: new Set(["qualityOfficer"]),
    org: undefined,
    locale,
    timeZone: "Europe/Berlin",
    t: translator(locale),
    now: NOW,
    activityId: "f:1",
  };
}

/** Two hundred members with Entra object ids and long names, every tenth with a role. */
const PEOPLE: SetupPerson[] = Array.from({ length: 200 }, (_, index) => ({
  memberId: `${String(index).padStart(8, "0")}-86f1-41af-91ab-2d7cd011db47`,
  name: `Maximiliane Mustermann-Schulze-Großkopf ${index}`,
  roles: index % 10 === 0 ? ["manager"] : [],
}));

/** The largest draft the schema allows: 30 groups with every area, 100 quiet periods, long texts. */
function largestDraft(): SetupDraft {
  const draft = newSetupDraft(ORG, "2026-11-25", "aad-miriam-0003", NOW);
  return setupDraftSchema.parse({
    ...draft,
    modelVersion: "V".repeat(40),
    name: "N".repeat(120),
    successDefinition: "Gelungenes Lernen heißt für uns ".repeat(62).slice(0, 2000),
    groups: Array.from({ length: 30 }, (_, index) => ({
      id: `gruppe-${index + 1}`,
      name: `${"Fachbereich ".repeat(4)}${index + 1}`.slice(0, 60),
      areas: [...AREA_IDS],
      audiences: [...GROUP_AUDIENCES],
    })),
    // Every area owned by someone else, each with an Entra object id and a long name.
    areaOwners: Object.fromEntries(
      AREA_IDS.map((area, index) => [area, { kind: "member", memberId: PEOPLE[index + 100]?.memberId ?? "" }]),
    ),
    quietPeriods: Array.from({ length: 100 }, (_, index) => ({
      id: `q-${index}`,
      label: "Schließzeit ".repeat(8).slice(0, 100),
      from: "2027-01-01",
      to: "2027-01-10",
    })),
  });
}

const cardOf = (result: FlowResult) => {
  if (result.kind !== "card") throw new Error(result.text);
  return result.card;
};

describe("setup cards", () => {
  it.each(["de", "en"] as const)(
    "render every step valid and small enough for Teams, even at the schema's limits (%s)",
    (locale) => {
      const scope = scopeFor(locale);
      const draft = largestDraft();
      for (const step of SETUP_STEPS) {
        for (const page of [0, 3]) {
          const context = { today: "2026-11-25", base: undefined, people: PEOPLE };
          const card = cardOf(renderSetupStep(scope, draft, step, context, { page }));
          expect({ step, page, problems: cardProblems(card) }).toEqual({ step, page, problems: [] });
          expect(Buffer.byteLength(JSON.stringify(card))).toBeLessThan(MAX_CARD_BYTES);
        }
      }
    },
  );

  it("shows groups a page at a time, with the way to the others", () => {
    const card = cardOf(
      renderSetupStep(scopeFor("de"), largestDraft(), "groups", { today: "2026-11-25", base: undefined }, { page: 1 }),
    );
    const text = cardText(card);
    expect(text).toContain(`Gruppen ${GROUPS_PER_PAGE + 1}–${2 * GROUPS_PER_PAGE} von 30`);
    expect(text).toContain("Vorherige Gruppen");
    expect(text).toContain("Weitere Gruppen");
    expect(JSON.stringify(card)).not.toContain('"groupName_gruppe-1"');
  });

  it("offers as owners the roles and up to twelve people, those owning an area or holding a role first", () => {
    const draft = { ...newSetupDraft(ORG, "2026-11-25", "aad-miriam-0003", NOW), areaOwners: {} };
    draft.areaOwners = { personal: { kind: "member", memberId: PEOPLE[7]?.memberId ?? "" } };
    const card = cardOf(
      renderSetupStep(scopeFor("de"), draft, "owners", { today: "2026-11-25", base: undefined, people: PEOPLE }),
    );
    const choices = choiceValues(card, "owner_personal");
    expect(choices).toHaveLength(2 + OWNER_CHOICES);
    expect(choices.slice(0, 4)).toEqual([
      "qualityOfficers",
      "managers",
      `member:${PEOPLE[7]?.memberId}`,
      `member:${PEOPLE[0]?.memberId}`,
    ]);
    expect(inputValue(card, "owner_personal")).toBe(`member:${PEOPLE[7]?.memberId}`);
    expect(inputValue(card, "owner_leitbild")).toBe("qualityOfficers");
  });

  it("words every problem in both languages next to its field", () => {
    const scope = scopeFor("de");
    const draft = newSetupDraft(ORG, "2026-11-25", "aad-miriam-0003", NOW);
    const problems = SETUP_PROBLEM_CODES.map((code) => ({
      field: "selfReportDue",
      code,
      params: { max: 9, min: 2, group: "Leitung", model: "KQB", example: "KQB" },
    }));
    for (const locale of ["de", "en"] as const) {
      const card = cardOf(
        renderSetupStep(scopeFor(locale), draft, "cycle", { today: "2026-11-25", base: undefined }, { problems }),
      );
      expect(cardProblems(card)).toEqual([]);
      expect(cardText(card)).not.toMatch(/setup\.problem|\{\w+\}/);
    }
    const german = cardText(
      cardOf(
        renderSetupStep(
          scope,
          draft,
          "cycle",
          { today: "2026-11-25", base: undefined },
          { problems: [{ field: "cycleStart", code: "required" }] },
        ),
      ),
    );
    expect(german).toContain("„Beginn des Zyklus“: Bitte ausfüllen.");
  });
});
