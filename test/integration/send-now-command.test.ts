import { cardOf, cardText, startBotHarness, type BotHarness } from "../support/bot-harness";
import { seedOrg } from "../support/org-fixture";
import { ANNA, JONAS, MIRIAM, message } from "../support/teams-activities";

const DAY = 24 * 60 * 60 * 1000;
const isoDate = (ms: number) => new Date(ms).toISOString().slice(0, 10);

describe("„jetzt senden“ in local mode", () => {
  let bot: BotHarness;

  beforeAll(async () => {
    bot = await startBotHarness({ BOOTSTRAP_QUALITY_OFFICERS: MIRIAM.aadObjectId });
    await seedOrg((await bot.services()).repos, {
      cycle: { kind: "first", start: isoDate(Date.now() - 60 * DAY), selfReportDue: isoDate(Date.now() + 365 * DAY) },
    });
    for (const user of [ANNA, JONAS, MIRIAM]) await bot.post(message(user, bot.connector.serviceUrl, "hallo"));
  });
  afterAll(async () => bot.stop());

  it("sends everyone their prompt at once when a quality officer writes „jetzt senden“, and “send now” sends nothing twice", async () => {
    bot.clear();
    await bot.post(message(MIRIAM, bot.connector.serviceUrl, "jetzt senden"));

    const prompts = bot.connector.sent.filter((entry) => cardText(cardOf(entry.activity)).includes("Absenden"));
    expect(new Set(prompts.map((entry) => entry.conversationId))).toEqual(
      new Set([ANNA, JONAS, MIRIAM].map((user) => `a:personal-${user.aadObjectId}`)),
    );
    expect(bot.sent().at(-1)?.text).toBe(
      "Zeitplan ausgeführt – neu eingeplant: 3, gesendet: 3, Erinnerungen: 0, fehlgeschlagen: 0.",
    );

    bot.clear();
    await bot.post(message(MIRIAM, bot.connector.serviceUrl, "send now"));
    expect(bot.sent()).toHaveLength(1);
    expect(bot.sent()[0]?.text).toContain("Alle haben ihre Frage für diesen Zeitraum schon bekommen");
  });
});
