import { startBotHarness, type BotHarness } from "../support/bot-harness";
import { seedOrg } from "../support/org-fixture";
import { ANNA, MIRIAM, TENANT_ID, installationAdd } from "../support/teams-activities";
import { fakeClock } from "./delivery-fixtures";
import { cardText, talkTo, validCard, validSentCard, type Talk } from "./setup-helpers";

/**
 * What the setup's closing card and the overview name as the next send is what the scheduler
 * then does: after a setup on Saturday night, this week's missed Thursday slot still comes on
 * Monday; once the scheduler has recorded it, the next is the following Thursday.
 */
describe("the next send the quality officer is told", () => {
  let bot: BotHarness;
  let talk: Talk;
  // Saturday 5 December 2026, 22:46 in Berlin (CET).
  const clock = fakeClock(new Date("2026-12-05T21:46:00.000Z"));

  beforeAll(async () => {
    bot = await startBotHarness({ BOOTSTRAP_QUALITY_OFFICERS: MIRIAM.aadObjectId }, { clock });
    talk = talkTo(bot);
    await seedOrg((await bot.services()).repos);
    for (const user of [ANNA, MIRIAM]) await bot.post(installationAdd(user, bot.connector.serviceUrl));
  });
  afterAll(async () => bot.stop());

  const overviewNextRun = async () => {
    const text = cardText(validSentCard(await talk.say(MIRIAM, "übersicht")));
    return /Nächster Versand\s*\n?\s*([^\n]+)/.exec(text)?.[1];
  };

  it("names Monday's catch-up after a weekend setup, then the next Thursday once it was recorded", async () => {
    // Move the weekly slot to Thursdays 14:00: this week's (3 December) passed while no prompt was recorded.
    validSentCard(await talk.say(MIRIAM, "einrichtung"));
    validCard(await talk.click(MIRIAM, "setup.open", { step: 2 }));
    validCard(
      await talk.click(MIRIAM, "setup.next", {
        step: 2,
        weekday: "4",
        time: "14:00",
        frequency: "weekly",
        timeZone: "Europe/Berlin",
      }),
    );
    validCard(await talk.click(MIRIAM, "setup.open", { step: 7 }));
    const done = cardText(validCard(await talk.click(MIRIAM, "setup.finish", { step: 7 })));
    expect(done).toContain("Nächster Versand: Montag, 7. Dezember um 14:00");
    expect(await overviewNextRun()).toContain("Montag, 7. Dezember um 14:00");

    // Monday 14:00: the scheduler records the missed slot for Anna and Miriam, as announced.
    clock.set(new Date("2026-12-07T13:00:00.000Z"));
    const { scheduling } = await bot.services();
    expect((await scheduling.tick({ now: clock.now(), orgIds: [TENANT_ID] })).recorded).toBe(2);

    clock.set(new Date("2026-12-07T14:00:00.000Z"));
    expect(await overviewNextRun()).toContain("Donnerstag, 10. Dezember um 14:00");
  });
});
