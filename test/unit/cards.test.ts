import { help, welcome, DEFAULT_ANONYMITY_THRESHOLD } from "../../bot/flows/welcome-flow";
import { memberSchema, type Role } from "../../bot/domain/member";
import type { Locale } from "../../bot/domain/quality-models";
import { translator } from "../../bot/i18n/translator";
import type { FlowResult, TurnScope } from "../../bot/turn-scope";
import { cardText } from "../support/card-inspection";
import { orgConfig } from "../support/org-fixture";
import { cardProblems, expectValidCard, MAX_CARD_BYTES } from "../support/adaptive-card-validation";

const NOW = new Date("2026-03-02T08:00:00.000Z");

function scopeFor(locale: Locale, roles: Role[]): TurnScope {
  const member = memberSchema.parse({
    orgId: "6f1c2a7e-0d3b-4c55-9a1e-2b7d4e8f0a01",
    memberId: "aad-anna-0001",
    userId: "29:1anna-schneider",
    aadObjectId: "aad-anna-0001",
    name: "Anna Schneider",
    locale,
    timeZone: "Europe/Berlin",
    conversation: {
      channelId: "msteams",
      serviceUrl: "https://smba.trafficmanager.net/emea/",
      conversationId: "a:personal-aad-anna-0001",
      tenantId: "6f1c2a7e-0d3b-4c55-9a1e-2b7d4e8f0a01",
      botId: "28:lqw-reflect",
    },
    roles,
    createdAt: NOW.toISOString(),
    updatedAt: NOW.toISOString(),
  });
  return {
    member,
    roles: new Set(roles),
    org: undefined,
    locale,
    timeZone: "Europe/Berlin",
    t: translator(locale),
    now: NOW,
    activityId: "f:1",
  };
}

function cardOf(result: FlowResult) {
  if (result.kind !== "card") throw new Error(`expected a card, got text: ${result.text}`);
  return result.card;
}

const ROLE_SETS: [string, Role[]][] = [
  ["staff member", []],
  ["manager", ["manager"]],
  ["quality officer", ["qualityOfficer"]],
  ["manager and quality officer", ["manager", "qualityOfficer"]],
];
const CASES = (["de", "en"] as const).flatMap((locale) =>
  ROLE_SETS.map(([who, roles]) => [locale, who, roles] as const),
);

describe("welcome and help cards as Teams receives them", () => {
  it.each(CASES)("welcome card (%s) for a %s is a valid Adaptive Card 1.5", (locale, _who, roles) => {
    expectValidCard(cardOf(welcome(scopeFor(locale, [...roles]), DEFAULT_ANONYMITY_THRESHOLD)));
  });

  it.each(CASES)("help card (%s) for a %s is a valid Adaptive Card 1.5", (locale, _who, roles) => {
    expectValidCard(cardOf(help(scopeFor(locale, [...roles]))));
  });

  it("greets in the member's language and names the anonymity threshold", () => {
    const de = cardText(cardOf(welcome(scopeFor("de", []), 7)));
    expect(de).toContain("Willkommen bei lqw-reflect");
    expect(de).toContain("Hallo Anna!");
    expect(de).toContain("ab 7 Personen");
    const en = cardText(cardOf(welcome(scopeFor("en", []), 7)));
    expect(en).toContain("Welcome to lqw-reflect");
    expect(en).toContain("Hello Anna!");
    expect(en).not.toContain("Willkommen");
  });

  it("says how often questions come as the organisation scheduled them", () => {
    const intro = (locale: Locale, frequency?: "weekly" | "biweekly" | "monthly") => {
      const scope = scopeFor(locale, []);
      const org = frequency
        ? orgConfig({ schedule: { weekday: 2, time: "10:00", frequency, timeZone: "Europe/Berlin" } })
        : undefined;
      return cardText(cardOf(welcome({ ...scope, org }, 5)));
    };
    expect(intro("de", "weekly")).toContain("einmal pro Woche eine kurze Frage");
    expect(intro("de", "biweekly")).toContain("alle zwei Wochen eine kurze Frage");
    expect(intro("de", "biweekly")).not.toContain("pro Woche");
    expect(intro("en", "monthly")).toContain("once a month a short question");
    expect(intro("de")).toContain("regelmäßig eine kurze Frage");
  });

  it("offers the Help button as Action.Execute with an Action.Submit fallback", () => {
    const card = cardOf(welcome(scopeFor("de", []), DEFAULT_ANONYMITY_THRESHOLD));
    expect(card.actions).toEqual([
      expect.objectContaining({
        type: "Action.Execute",
        title: "Hilfe",
        verb: "help",
        fallback: expect.objectContaining({ type: "Action.Submit", data: { verb: "help" } }),
      }),
    ]);
  });

  it("shows a quality officer's commands only to quality officers", () => {
    expect(cardText(cardOf(help(scopeFor("de", []))))).not.toContain("Für Qualitätsbeauftragte");
    expect(cardText(cardOf(help(scopeFor("de", ["qualityOfficer"]))))).toContain("Für Qualitätsbeauftragte");
    expect(cardText(cardOf(help(scopeFor("en", ["manager"]))))).not.toContain("For quality officers");
  });
});

describe("the card check itself", () => {
  const execute = (fallback?: object) => ({
    type: "Action.Execute",
    title: "Hilfe",
    verb: "help",
    data: { verb: "help" },
    ...(fallback ? { fallback } : {}),
  });
  const card = (extra: object = {}) => ({
    type: "AdaptiveCard",
    version: "1.5",
    body: [{ type: "TextBlock", text: "Hallo", wrap: true }],
    actions: [execute({ type: "Action.Submit", title: "Hilfe", data: { verb: "help" } })],
    ...extra,
  });

  it("accepts a plain valid card", () => {
    expect(cardProblems(card())).toEqual([]);
  });

  it("reports a card newer than 1.5", () => {
    expect(cardProblems(card({ version: "1.6" }))).toContainEqual(expect.stringContaining("newer than 1.5"));
  });

  it("reports a template expression left unresolved", () => {
    expect(cardProblems(card({ body: [{ type: "TextBlock", text: "Hallo ${name}" }] }))).toContainEqual(
      expect.stringContaining("${name}"),
    );
  });

  it("reports an Action.Execute without verb or without Action.Submit fallback", () => {
    expect(cardProblems(card({ actions: [execute()] }))).toContainEqual(
      expect.stringContaining("no Action.Submit fallback"),
    );
    expect(
      cardProblems(card({ actions: [{ ...execute({ type: "Action.Submit", title: "Hilfe", data: {} }), verb: "" }] })),
    ).toEqual(expect.arrayContaining([expect.stringContaining("has no verb")]));
    expect(
      cardProblems(card({ actions: [execute({ type: "Action.Submit", title: "Hilfe", data: { verb: "other" } })] })),
    ).toContainEqual(expect.stringContaining("does not carry verb"));
  });

  it("reports what the adaptivecards library finds: unknown elements, required inputs without label", () => {
    const problems = cardProblems(
      card({ body: [{ type: "Bogus" }, { type: "Input.Text", id: "answer", isRequired: true }] }),
    );
    expect(problems).toContainEqual(expect.stringContaining("UnknownElementType"));
    expect(problems).toContainEqual(expect.stringContaining("RequiredInputsShouldHaveLabel"));
  });

  it("reports a card too large for a Teams message", () => {
    const body = Array.from({ length: 30 }, () => ({ type: "TextBlock", text: "x".repeat(1000), wrap: true }));
    expect(cardProblems(card({ body }))).toContainEqual(expect.stringContaining(`over ${MAX_CARD_BYTES}`));
  });
});
