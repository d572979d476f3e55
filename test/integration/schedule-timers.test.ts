import { InvocationContext, type Timer } from "@azure/functions";
import { TIMER_FUNCTIONS } from "../../functions/registrations";
import { cardOf, cardText, startBotHarness, type BotHarness } from "../support/bot-harness";
import { seedOrg } from "../support/org-fixture";
import { ANNA, JONAS, TENANT_ID, message } from "../support/teams-activities";
import { fakeClock } from "./delivery-fixtures";

const DAY = 24 * 60 * 60 * 1000;
const isoDate = (ms: number) => new Date(ms).toISOString().slice(0, 10);

describe("timer functions", () => {
  let bot: BotHarness;

  // Tuesday 24 November 2026, 10:05 in Berlin: working time, whatever day the tests run on.
  const clock = fakeClock(new Date("2026-11-24T09:05:00.000Z"));

  beforeAll(async () => {
    bot = await startBotHarness({}, { clock });
    const now = clock.now().getTime();
    // Weekly on Monday (at the start of working hours): this week's slot has passed.
    await seedOrg((await bot.services()).repos, {
      cycle: { kind: "first", start: isoDate(now - 60 * DAY), selfReportDue: isoDate(now + 365 * DAY) },
      schedule: { weekday: 1, time: "00:00", frequency: "weekly", timeZone: "Europe/Berlin" },
    });
    for (const user of [ANNA, JONAS]) await bot.post(message(user, bot.connector.serviceUrl, "hallo"));
  });
  afterAll(async () => bot.stop());

  const fire = async (name: string, isPastDue = false) => {
    const registration = TIMER_FUNCTIONS.find((fn) => fn.name === name);
    if (!registration) throw new Error(`no timer function ${name}`);
    const now = new Date().toISOString();
    const timer: Timer = {
      isPastDue,
      schedule: { adjustForDST: true },
      scheduleStatus: { last: now, next: now, lastUpdated: now },
    };
    await registration.handler(timer, new InvocationContext({ functionName: name, invocationId: `test-${name}` }));
  };

  it("registers the scheduler every 5 minutes and the delivery worker every minute by default", () => {
    expect(TIMER_FUNCTIONS.map(({ name, schedule }) => ({ name, schedule }))).toEqual(
      expect.arrayContaining([
        { name: "schedule", schedule: "0 */5 * * * *" },
        { name: "deliver", schedule: "0 * * * * *" },
      ]),
    );
  });

  it("records the due prompts on the schedule timer without sending, and sends them on the delivery timer", async () => {
    bot.clear();
    await fire("schedule", true);
    await fire("schedule");
    const { repos } = await bot.services();
    expect(await repos.deliveries.countsByState(TENANT_ID)).toMatchObject({ pending: 2, sent: 0 });
    expect(bot.sent()).toHaveLength(0);

    await fire("deliver");
    expect(await repos.deliveries.countsByState(TENANT_ID)).toMatchObject({ pending: 0, sent: 2 });
    const cards = bot.sent().map(cardOf);
    expect(cards).toHaveLength(2);
    for (const card of cards) expect(cardText(card)).toContain("Absenden");

    await fire("deliver");
    expect(bot.sent()).toHaveLength(2);
  });
});
