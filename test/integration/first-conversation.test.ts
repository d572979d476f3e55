import { cardOf, cardText, startBotHarness, type BotHarness } from "../support/bot-harness";
import {
  ANNA,
  EMMA,
  botAddedToPersonalChat,
  executeAction,
  installationAdd,
  installationRemove,
  message,
  submitAction,
  TENANT_ID,
} from "../support/teams-activities";
import { createMemberRepository } from "../../bot/store/member-repository";

describe("first conversation in personal scope", () => {
  let bot: BotHarness;

  beforeAll(async () => {
    bot = await startBotHarness();
  });
  afterAll(async () => bot.stop());
  beforeEach(() => bot.clear());

  it("greets a new member once in German when Teams installs the app (installationUpdate + conversationUpdate)", async () => {
    expect((await bot.post(installationAdd(ANNA, bot.connector.serviceUrl))).status).toBe(200);
    expect((await bot.post(botAddedToPersonalChat(ANNA, bot.connector.serviceUrl))).status).toBe(200);

    const cards = bot.sent().map(cardOf).filter(Boolean);
    expect(cards).toHaveLength(1);
    const text = cardText(cards[0]);
    expect(text).toContain("Willkommen bei lqw-reflect");
    expect(text).toContain("Wer sieht was?");
    expect(text).toContain("Führungskräfte sehen nur Gruppenzahlen ab 5 Personen");
    expect(text).toContain("Hilfe");
  });

  it("stores the member with tenant, ids, name, locale, time zone and conversation reference", async () => {
    const { store } = await bot.services();
    const member = await createMemberRepository(store.container("config")).get(TENANT_ID, ANNA.aadObjectId);
    expect(member).toMatchObject({
      memberId: ANNA.aadObjectId,
      userId: ANNA.id,
      aadObjectId: ANNA.aadObjectId,
      name: ANNA.name,
      locale: "de",
      timeZone: "Europe/Berlin",
      isInstalled: true,
      conversation: {
        channelId: "msteams",
        serviceUrl: bot.connector.serviceUrl,
        conversationId: `a:personal-${ANNA.aadObjectId}`,
      },
    });
  });

  it("answers „Hallo“ with the welcome card and „hilfe“ with the help card", async () => {
    await bot.post(message(ANNA, bot.connector.serviceUrl, "Hallo"));
    expect(cardText(cardOf(bot.sent()[0]))).toContain("Willkommen bei lqw-reflect");

    bot.clear();
    await bot.post(message(ANNA, bot.connector.serviceUrl, "  HILFE! "));
    const help = cardText(cardOf(bot.sent()[0]));
    expect(help).toContain("Hilfe");
    expect(help).toContain("frage – eine neue Reflexionsfrage");
    expect(help).not.toContain("Für Qualitätsbeauftragte");
  });

  it("tolerates a typo in a command", async () => {
    await bot.post(message(ANNA, bot.connector.serviceUrl, "hilef"));
    expect(cardText(cardOf(bot.sent()[0]))).toContain("frage – eine neue Reflexionsfrage");
  });

  it("answers any other text with a friendly hint, not an error", async () => {
    await bot.post(message(ANNA, bot.connector.serviceUrl, "Wie wird das Wetter morgen?"));
    const hint = cardText(cardOf(bot.sent()[0]));
    expect(hint).toContain("Das habe ich leider nicht verstanden.");
    expect(hint).toContain("Alle Befehle zeigt „hilfe“.");
  });

  it("replaces the card with the help card when the Hilfe button is clicked (Action.Execute)", async () => {
    const answer = await bot.post(executeAction(ANNA, bot.connector.serviceUrl, "help"));
    expect(answer.status).toBe(200);
    const body = answer.body as { statusCode: number; type: string; value: unknown };
    expect(body.statusCode).toBe(200);
    expect(body.type).toBe("application/vnd.microsoft.card.adaptive");
    expect(cardText(body.value)).toContain("Für alle");
  });

  it("sends the help card as a new message when an old client uses the Action.Submit fallback", async () => {
    await bot.post(submitAction(ANNA, bot.connector.serviceUrl, { verb: "help" }));
    expect(cardText(cardOf(bot.sent()[0]))).toContain("Für alle");
  });

  it("speaks English when the Teams locale is English", async () => {
    await bot.post(installationAdd(EMMA, bot.connector.serviceUrl));
    const text = cardText(cardOf(bot.sent()[0]));
    expect(text).toContain("Welcome to lqw-reflect");
    expect(text).toContain("Hello Emma!");
    bot.clear();
    await bot.post(message(EMMA, bot.connector.serviceUrl, "help"));
    expect(cardText(cardOf(bot.sent()[0]))).toContain("prompt – a new reflection question");
  });

  it("marks a member as not installed when the app is removed, and greets again on reinstall", async () => {
    const { store } = await bot.services();
    const members = createMemberRepository(store.container("config"));
    await bot.post(installationRemove(ANNA, bot.connector.serviceUrl));
    expect((await members.get(TENANT_ID, ANNA.aadObjectId))?.isInstalled).toBe(false);
    bot.clear();
    await bot.post(installationAdd(ANNA, bot.connector.serviceUrl));
    expect((await members.get(TENANT_ID, ANNA.aadObjectId))?.isInstalled).toBe(true);
    expect(cardText(cardOf(bot.sent()[0]))).toContain("Willkommen bei lqw-reflect");
  });

  it("asks to be used in the personal chat when written to in a group chat", async () => {
    await bot.post(message(ANNA, bot.connector.serviceUrl, "hilfe", "groupChat"));
    expect(bot.sent()[0]?.text).toContain("persönlichen Chat");
  });
});
