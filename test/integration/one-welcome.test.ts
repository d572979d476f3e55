import { cardOf, cardText, startBotHarness, type BotHarness } from "../support/bot-harness";
import { seedOrg } from "../support/org-fixture";
import {
  botAddedToPersonalChat,
  installationAdd,
  installationRemove,
  TENANT_ID,
  type TestUser,
} from "../support/teams-activities";

/** One welcome whichever install activity Teams sends first (issue 16, Deliver 4), over real HTTP. */
describe("one welcome per install", () => {
  let bot: BotHarness;
  let sequence = 0;

  beforeAll(async () => {
    bot = await startBotHarness();
    await seedOrg((await bot.services()).repos);
  });
  afterAll(async () => bot.stop());
  beforeEach(() => bot.clear());

  /** A member this test alone uses: each case starts from a first install. */
  function newUser(): TestUser {
    sequence += 1;
    return { id: `29:1welcome-${sequence}`, aadObjectId: `aad-welcome-${sequence}`, name: `Paula Probe${sequence}` };
  }

  const welcomes = () => bot.sent().filter((a) => cardText(cardOf(a)).includes("Willkommen bei lqw-reflect"));
  const settingsCards = () => bot.sent().filter((a) => cardText(cardOf(a)).includes("Kurz einrichten"));

  const orders: [string, (user: TestUser) => Promise<unknown>][] = [
    [
      "installationUpdate first",
      async (user) => {
        await bot.post(installationAdd(user, bot.connector.serviceUrl));
        await bot.post(botAddedToPersonalChat(user, bot.connector.serviceUrl));
      },
    ],
    [
      "conversationUpdate first",
      async (user) => {
        await bot.post(botAddedToPersonalChat(user, bot.connector.serviceUrl));
        await bot.post(installationAdd(user, bot.connector.serviceUrl));
      },
    ],
    [
      "both at once",
      (user) =>
        Promise.all([
          bot.post(installationAdd(user, bot.connector.serviceUrl)),
          bot.post(botAddedToPersonalChat(user, bot.connector.serviceUrl)),
        ]),
    ],
  ];

  it.each(orders)("greets a first install once with one onboarding form (%s)", async (_order, install) => {
    await install(newUser());
    expect(welcomes()).toHaveLength(1);
    expect(settingsCards().length).toBeLessThanOrEqual(1);
  });

  it.each(orders)(
    "greets a re-install with settings once with „Willkommen zurück“ and no onboarding form (%s)",
    async (_order, install) => {
      const user = newUser();
      await install(user);
      const { repos } = await bot.services();
      await repos.members.update(TENANT_ID, user.aadObjectId, (m) => ({
        ...m,
        onboardedAt: "2026-12-01T09:00:00.000Z",
      }));
      await bot.post(installationRemove(user, bot.connector.serviceUrl));
      bot.clear();
      await install(user);
      const back = bot
        .sent()
        .filter((a) => typeof a.text === "string" && a.text.startsWith("Willkommen zurück bei lqw-reflect"));
      expect(back).toHaveLength(1);
      expect(welcomes()).toHaveLength(0);
      expect(settingsCards()).toHaveLength(0);
    },
  );

  it("greets a re-install without settings with the welcome once", async () => {
    const user = newUser();
    await orders[2]![1](user);
    await bot.post(installationRemove(user, bot.connector.serviceUrl));
    bot.clear();
    await orders[2]![1](user);
    expect(welcomes()).toHaveLength(1);
  });
});
