/**
 * „jetzt senden“ while another run (a second click, the timer, `npm run schedule:now`) has just
 * recorded the prompts: this run records nothing new but sends what it finds. Its reply must say
 * what happened, not "everyone already has their prompt" beside "3 messages sent".
 */
import { cardOf, cardText, startBotHarness, type BotHarness } from "../support/bot-harness";
import { seedOrg } from "../support/org-fixture";
import { ANNA, JONAS, MIRIAM, TENANT_ID, message } from "../support/teams-activities";

const DAY = 24 * 60 * 60 * 1000;
const isoDate = (ms: number) => new Date(ms).toISOString().slice(0, 10);

describe("„jetzt senden“ overlapping another run", () => {
  let bot: BotHarness;

  beforeAll(async () => {
    bot = await startBotHarness({ BOOTSTRAP_QUALITY_OFFICERS: MIRIAM.aadObjectId });
    await seedOrg((await bot.services()).repos, {
      cycle: { kind: "first", start: isoDate(Date.now() - 60 * DAY), selfReportDue: isoDate(Date.now() + 365 * DAY) },
    });
    for (const user of [ANNA, JONAS, MIRIAM]) await bot.post(message(user, bot.connector.serviceUrl, "hallo"));
  });
  afterAll(async () => bot.stop());

  it("says how many it sent, and never both „schon bekommen“ and „gesendet“", async () => {
    const { scheduling } = await bot.services();
    // The other run's tick: every prompt recorded, none sent yet.
    const other = await scheduling.tick({ now: new Date(), orgIds: [TENANT_ID], isDueNow: true });
    expect(other.recorded).toBe(3);

    bot.clear();
    await bot.post(message(MIRIAM, bot.connector.serviceUrl, "jetzt senden"));
    const prompts = bot.connector.sent.filter((entry) => cardText(cardOf(entry.activity)).includes("Absenden"));
    expect(prompts).toHaveLength(3);
    const reply = String(bot.sent().at(-1)?.text);
    expect(reply).not.toContain("schon bekommen");
    expect(reply).toBe("Zeitplan ausgeführt – neu eingeplant: 0, gesendet: 3, Erinnerungen: 0, fehlgeschlagen: 0.");
  });
});
