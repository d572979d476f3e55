import { cardOf, cardText, startBotHarness, type BotHarness } from "../support/bot-harness";
import { expectValidCard } from "../support/adaptive-card-validation";
import { buttonData, type InvokeBody } from "../support/card-inspection";
import { seedOrg } from "../support/org-fixture";
import {
  ANNA,
  JONAS,
  MIRIAM,
  TENANT_ID,
  executeAction,
  installationRemove,
  message,
  type TestUser,
} from "../support/teams-activities";

const DAY = 24 * 60 * 60 * 1000;
const isoDate = (ms: number) => new Date(ms).toISOString().slice(0, 10);

describe("delivery status and run-now for quality officers", () => {
  let bot: BotHarness;

  beforeAll(async () => {
    bot = await startBotHarness({ BOOTSTRAP_QUALITY_OFFICERS: MIRIAM.aadObjectId });
    // A cycle around today, whatever day the tests run on.
    await seedOrg((await bot.services()).repos, {
      cycle: { kind: "first", start: isoDate(Date.now() - 60 * DAY), selfReportDue: isoDate(Date.now() + 365 * DAY) },
    });
    for (const user of [ANNA, JONAS, MIRIAM]) await bot.post(message(user, bot.connector.serviceUrl, "hallo"));
  });
  afterAll(async () => bot.stop());
  beforeEach(() => bot.clear());

  const say = async (text: string, user: TestUser) => {
    bot.clear();
    await bot.post(message(user, bot.connector.serviceUrl, text));
    return bot.sent()[0] ?? {};
  };
  const click = async (verb: string, user: TestUser) =>
    (await bot.post(executeAction(user, bot.connector.serviceUrl, verb))).body as InvokeBody;

  it("sends the prompts at once on „zeitplan jetzt“ in local mode, one per member, and says what it did", async () => {
    await bot.post(message(MIRIAM, bot.connector.serviceUrl, "zeitplan jetzt"));

    const sent = bot.connector.sent;
    const prompts = sent
      .map((entry) => cardOf(entry.activity))
      .filter((card) => card && cardText(card).includes("Absenden"));
    expect(prompts).toHaveLength(3);
    prompts.forEach((card) => expectValidCard(card));
    expect(new Set(sent.filter((entry) => cardOf(entry.activity)).map((entry) => entry.conversationId))).toEqual(
      new Set([ANNA, JONAS, MIRIAM].map((user) => `a:personal-${user.aadObjectId}`)),
    );
    expect(sent.at(-1)?.activity.text).toBe(
      "Zeitplan ausgeführt – neu eingeplant: 3, gesendet: 3, Erinnerungen: 0, fehlgeschlagen: 0.",
    );

    // The logs count and name reasons, never people or prompt text.
    const logs = bot.logs.join("\n");
    expect(logs).toContain('"event":"delivery.run","count":3');
    expect(logs).not.toMatch(/Anna|Jonas|Miriam|Schneider|Absenden/);

    expect((await say("zeitplan jetzt", MIRIAM)).text).toContain(
      "Alle haben ihre Frage für diesen Zeitraum schon bekommen",
    );
    expect(bot.sent()).toHaveLength(1);
  });

  it("lets only quality officers run the schedule", async () => {
    expect((await say("zeitplan jetzt", ANNA)).text).toBe(
      "Das können nur Qualitätsbeauftragte. Bitte wenden Sie sich an sie.",
    );
  });

  it("shows quality officers the delivery counts, and who cannot be reached behind a button", async () => {
    const { repos } = await bot.services();
    await bot.post(installationRemove(ANNA, bot.connector.serviceUrl));
    await repos.members.update(TENANT_ID, JONAS.aadObjectId, (member) => ({ ...member, isReachable: false }));

    const card = cardOf(await say("Zustellung", MIRIAM));
    expectValidCard(card);
    const text = cardText(card);
    expect(text).toContain("Zustellung der Fragen");
    expect(text).toMatch(/Gesendet\n3/);
    expect(text).toMatch(/Personen, die die App entfernt haben\n1/);
    expect(text).toMatch(/Personen, die nicht erreichbar sind\n1/);
    expect(text).not.toContain("Anna Schneider");
    expect(buttonData(card, "Wer fehlt?")).toMatchObject({ verb: "delivery.listUnreached" });

    const list = await click("delivery.listUnreached", MIRIAM);
    expectValidCard(list.value);
    const names = cardText(list.value);
    expect(names).toContain("Anna Schneider – App entfernt");
    expect(names).toContain("Jonas Weber – nicht erreichbar");
    expect(names).not.toContain("Miriam");
  });

  it("shows staff neither the counts nor anyone's name", async () => {
    expect((await say("delivery", JONAS)).text).toBe(
      "Das können nur Qualitätsbeauftragte. Bitte wenden Sie sich an sie.",
    );
    const refused = await click("delivery.listUnreached", JONAS);
    expect(JSON.stringify(refused)).not.toContain("Anna");
  });
});
