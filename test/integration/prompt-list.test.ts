/**
 * „kennungen“: the quality officer looks up the ids of the prompts to tag her requirements with
 * („; Fragen: …“ in the grundlagen), one quality area per card, over the real Bot Framework HTTP
 * protocol. Every id listed is one the grundlagen list accepts for that area, and staff get nothing.
 */
import { parseRequirementLines } from "../../bot/domain/report-basis";
import { AREA_IDS, findArea } from "../../bot/domain/quality-models";
import { expectValidCard } from "../support/adaptive-card-validation";
import { cardOf, cardText, startBotHarness, type BotHarness } from "../support/bot-harness";
import { buttonData, inputValues, type InvokeBody } from "../support/card-inspection";
import { seedOrg } from "../support/org-fixture";
import { ANNA, EMMA, MIRIAM, TENANT_ID, executeAction, message, type TestUser } from "../support/teams-activities";

/** Teams shows no card larger than 28 KB. */
const TEAMS_CARD_MAX_BYTES = 28 * 1024;

type Fact = { title: string; value: string };
const factsOf = (card: unknown): Fact[] =>
  (JSON.stringify(card).match(/"facts":\[[^\]]*\]/g) ?? []).flatMap(
    (json) => (JSON.parse(`{${json}}`) as { facts: Fact[] }).facts,
  );

describe("prompt ids for the grundlagen list", () => {
  let bot: BotHarness;

  beforeAll(async () => {
    bot = await startBotHarness({ BOOTSTRAP_QUALITY_OFFICERS: `${MIRIAM.aadObjectId},${EMMA.aadObjectId}` });
    await seedOrg((await bot.services()).repos);
  });
  afterAll(async () => bot.stop());

  const say = async (user: TestUser, text: string) => {
    bot.clear();
    await bot.post(message(user, bot.connector.serviceUrl, text));
    const sent = bot.sent()[0];
    return cardOf(sent) ?? sent?.text;
  };
  const click = async (user: TestUser, card: unknown, button: string) => {
    const response = await bot.post(
      executeAction(user, bot.connector.serviceUrl, "reportBasis.prompts", buttonData(card, button)),
    );
    return (response.body as InvokeBody).value;
  };

  it("lists every prompt of an area with its id, each one the grundlagen list accepts for that area", async () => {
    const org = (await (await bot.services()).repos.orgs.get(TENANT_ID))!;
    for (const [index, area] of AREA_IDS.entries()) {
      const { number } = findArea(org.model, area);
      const card = await say(MIRIAM, `kennungen ${number}`);
      expectValidCard(card);
      expect(Buffer.byteLength(JSON.stringify(card))).toBeLessThan(TEAMS_CARD_MAX_BYTES);
      expect(cardText(card)).toContain(`Kennungen der Fragen · QB ${number}`);
      const facts = factsOf(card);
      expect(facts.length).toBeGreaterThan(5);
      expect(facts.every((fact) => fact.title.startsWith(`${area}.`))).toBe(true);
      // The ids as the quality officer would paste them behind her requirement of this area.
      const line = `${number}.1; ${number}; Eigene Anforderung; Fragen: ${facts.map((f) => f.title).join(", ")}`;
      const parsed = parseRequirementLines(line, org.model);
      expect(parsed.problems).toEqual([]);
      expect(parsed.items[0]?.promptIds).toEqual(facts.map((fact) => fact.title));
      // The prompt as members read it: the organisation's own terms, no placeholder left.
      expect(facts.some((fact) => /\{\w+\}/.test(fact.value))).toBe(false);
      if (index === 0) expect(cardText(card)).toContain(`; Fragen: ${facts[0]?.title}`);
    }
  });

  it("goes to the next and previous area and back to the grundlagen form", async () => {
    const first = await say(MIRIAM, "kennungen");
    expect(cardText(first)).toContain("QB 1");
    expect(cardText(first)).not.toContain("← QB");
    const second = await click(MIRIAM, first, "QB 2 →");
    expectValidCard(second);
    expect(cardText(second)).toContain("Kennungen der Fragen · QB 2");
    expect(cardText(await click(MIRIAM, second, "← QB 1"))).toContain("Kennungen der Fragen · QB 1");
    const last = await say(MIRIAM, "kennungen QB 11");
    expect(cardText(last)).not.toContain("QB 12");
    const back = await bot.post(
      executeAction(MIRIAM, bot.connector.serviceUrl, "reportBasis.open", buttonData(first, "Zu den Grundlagen")),
    );
    expect(cardText((back.body as InvokeBody).value)).toContain("Grundlagen für den Selbstreport");
  });

  it("is offered on the saved grundlagen card and named in the help", async () => {
    const form = await say(MIRIAM, "grundlagen");
    const saved = (
      await bot.post(
        executeAction(MIRIAM, bot.connector.serviceUrl, "reportBasis.save", {
          ...inputValues(form),
          ...buttonData(form, "Speichern"),
          requirements: "2.1; 2; Wartelisten auswerten",
        }),
      )
    ).body as InvokeBody;
    expect(cardText(await click(MIRIAM, saved.value, "Kennungen der Fragen"))).toContain("QB 1");
    expect(cardText(await say(MIRIAM, "hilfe"))).toContain("kennungen – die Fragen eines Qualitätsbereichs");
  });

  it("answers in English, and names an area it cannot find instead of guessing", async () => {
    expect(cardText(await say(EMMA, "prompt ids 5"))).toContain("Prompt ids · QB 5");
    expect(await say(MIRIAM, "kennungen QB 14")).toBe(
      "Diesen Qualitätsbereich finde ich nicht. Schreiben Sie z. B. „kennungen 2“, „kennungen QB 2“ oder den Namen des Bereichs.",
    );
  });

  it("refuses staff, by command and by a forged card", async () => {
    expect(await say(ANNA, "kennungen 2")).toBe("Das können nur Qualitätsbeauftragte. Bitte wenden Sie sich an sie.");
    const forged = await bot.post(
      executeAction(ANNA, bot.connector.serviceUrl, "reportBasis.prompts", {
        verb: "reportBasis.prompts",
        area: "leitbild",
      }),
    );
    const text = JSON.stringify((forged.body as InvokeBody).value);
    expect(text).toContain("Das können nur Qualitätsbeauftragte");
    expect(text).not.toContain("leitbild.");
  });
});
