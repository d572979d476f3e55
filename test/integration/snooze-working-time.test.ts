import { cardOf, cardText, startBotHarness, type BotHarness } from "../support/bot-harness";
import { buttonData, type InvokeBody } from "../support/card-inspection";
import { seedOrg } from "../support/org-fixture";
import { ANNA, TENANT_ID, executeAction, message } from "../support/teams-activities";
import { fakeClock } from "./delivery-fixtures";

/** "Später" over HTTP with the clock at Saturday night in Berlin. */
describe("snoozing a prompt in working time", () => {
  let bot: BotHarness;
  // Saturday 5 December 2026, 22:00 in Berlin (CET).
  const clock = fakeClock(new Date("2026-12-05T21:00:00.000Z"));

  beforeAll(async () => {
    bot = await startBotHarness({}, { clock });
    const { repos } = await bot.services();
    await seedOrg(repos);
    await bot.post(message(ANNA, bot.connector.serviceUrl, "hallo"));
    await repos.members.update(TENANT_ID, ANNA.aadObjectId, (member) => ({ ...member, preferredTime: "09:15" }));
  });
  afterAll(async () => bot.stop());
  beforeEach(() => {
    bot.clear();
    clock.set(new Date("2026-12-05T21:00:00.000Z"));
  });

  const click = async (verb: string, data: Record<string, unknown>) =>
    (await bot.post(executeAction(ANNA, bot.connector.serviceUrl, verb, data))).body as InvokeBody;
  async function askForPrompt() {
    bot.clear();
    await bot.post(message(ANNA, bot.connector.serviceUrl, "frage"));
    return cardOf(bot.sent()[0]) as Record<string, unknown>;
  }
  const snoozedUntil = async () =>
    (await (await bot.services()).repos.deliveries.listOpenForMember(TENANT_ID, ANNA.aadObjectId)).find(
      (delivery) => delivery.response === "snoozed",
    )?.snoozedUntil;

  it("„morgen“ at 22:00 on a Saturday names Monday at the member's preferred time, keeps the question, and can be undone", async () => {
    const card = await askForPrompt();
    const snoozed = await click("prompt.snooze", buttonData(card, "Morgen"));
    const text = cardText(snoozed.value);
    expect(text).toContain("Erinnerung am Montag, 7. Dezember um 09:15");
    // The question stays on the card.
    const questionLines = text.split("\n").filter((line) => line.length > 30 && cardText(card).includes(line));
    expect(questionLines).not.toEqual([]);
    expect(await snoozedUntil()).toBe("2026-12-07T08:15:00.000Z");

    const back = await click("prompt.unsnooze", buttonData(snoozed.value, "Doch jetzt antworten"));
    expect(cardText(back.value)).toContain("Absenden");
    expect(await snoozedUntil()).toBeUndefined();
  });

  it("„in 1 Stunde“ after working hours moves to the next working slot, within them it is an hour", async () => {
    let card = await askForPrompt();
    let snoozed = await click("prompt.snooze", buttonData(card, "In 1 Stunde"));
    expect(cardText(snoozed.value)).toContain("Erinnerung am Montag, 7. Dezember um 09:15");

    clock.set(new Date("2026-12-08T10:00:00.000Z")); // Tuesday 11:00
    card = await askForPrompt();
    snoozed = await click("prompt.snooze", buttonData(card, "In 1 Stunde"));
    expect(cardText(snoozed.value)).toContain("Erinnerung am Dienstag, 8. Dezember um 12:00");
  });

  it("„nächste Woche“ is the first working day of next week at the member's time", async () => {
    clock.set(new Date("2026-12-08T10:00:00.000Z")); // Tuesday
    const card = await askForPrompt();
    const snoozed = await click("prompt.snooze", buttonData(card, "Nächste Woche"));
    expect(cardText(snoozed.value)).toContain("Erinnerung am Montag, 14. Dezember um 09:15");
  });
});
