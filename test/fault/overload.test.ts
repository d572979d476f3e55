/**
 * More turns than one instance runs at once (issue 18, item 5). A turn that finds no place
 * within TURN_QUEUE_WAIT_MS is answered at once with "gerade viel los" instead of running out
 * Teams' 15 s; a clicked card keeps its typed text; an install waits for its place. The place is
 * taken by a turn whose reply the fake connector holds, so nothing here depends on how fast the
 * machine is: the held turn leaves only when the test releases it.
 */
import { cardOf, cardText, startBotHarness, type BotHarness } from "../support/bot-harness";
import { buttonData, type InvokeBody } from "../support/card-inspection";
import { seedOrg } from "../support/org-fixture";
import {
  ANNA,
  JONAS,
  MIRIAM,
  TENANT_ID,
  executeAction,
  installationAdd,
  message,
  type TestUser,
} from "../support/teams-activities";

const BUSY =
  "Gerade ist sehr viel los, ich konnte das nicht rechtzeitig bearbeiten. Bitte versuchen Sie es in einer Minute noch einmal.";
const BUSY_CARD =
  "Gerade ist sehr viel los, nichts wurde gespeichert. Ihr Text steht noch auf der Karte – bitte senden Sie ihn in einer Minute noch einmal.";
const TYPED = "Wir besprechen neue Kursformate zuerst im Fachbereich.";

describe("more turns than the instance runs at once", () => {
  let bot: BotHarness;

  beforeAll(async () => {
    bot = await startBotHarness({ TURN_CONCURRENCY: "1", TURN_QUEUE_WAIT_MS: "200" });
    await seedOrg((await bot.services()).repos);
  });
  afterAll(async () => bot.stop());
  beforeEach(() => bot.clear());

  /** Anna's turn takes the one place while `during` runs, and leaves it afterwards, whatever happened. */
  async function whilePlaceIsTaken(during: () => Promise<void>): Promise<void> {
    const hold = bot.connector.holdNextSend();
    const turn = bot.post(message(ANNA, bot.connector.serviceUrl, "hilfe"));
    await hold.arrived;
    try {
      await during();
    } finally {
      hold.release();
      expect((await turn).status).toBe(200);
    }
  }

  const texts = () => bot.sent().map((sent) => (typeof sent.text === "string" ? sent.text : cardText(cardOf(sent))));

  it("answers a card submitted while every place is taken with the message that keeps the card and its text, stores nothing, and stores it when sent again", async () => {
    await bot.post(message(JONAS, bot.connector.serviceUrl, "frage"));
    const card = cardOf(bot.sent()[0]);
    const submit = () =>
      bot.post(
        executeAction(JONAS, bot.connector.serviceUrl, "answer.submit", {
          ...buttonData(card, "Absenden"),
          answer: TYPED,
        }),
      );

    const repos = (await bot.services()).repos;
    const stored = () => repos.answers.listForMember(TENANT_ID, JONAS.aadObjectId, { pageSize: 50 });
    await whilePlaceIsTaken(async () => {
      const shed = await submit();
      const body = shed.body as InvokeBody;
      expect(shed.status).toBe(200);
      expect(body.type).toBe("application/vnd.microsoft.activity.message");
      expect(body.value).toBe(BUSY_CARD);
      expect((await stored()).answers).toHaveLength(0);
      expect(bot.logs.some((line) => line.includes('"turn.shed"'))).toBe(true);
    });

    const again = await submit();
    expect((again.body as InvokeBody).type).toBe("application/vnd.microsoft.card.adaptive");
    expect((await stored()).answers.map((answer) => answer.text)).toEqual([TYPED]);
  });

  it("answers a typed message that found no place with a short 'gerade viel los', and serves the next one normally", async () => {
    await whilePlaceIsTaken(async () => {
      await bot.post(message(MIRIAM, bot.connector.serviceUrl, "hilfe"));
      expect(texts()).toEqual([BUSY]);
    });

    bot.clear();
    await bot.post(message(MIRIAM, bot.connector.serviceUrl, "hilfe"));
    expect(texts()).toHaveLength(1);
    expect(texts()[0]).not.toBe(BUSY);
  });

  it("lets an install wait for its place instead of shedding it: the welcome arrives once the place is free", async () => {
    const newcomer: TestUser = { id: "29:1overload-newcomer", aadObjectId: "aad-overload-1", name: "Nora Neu" };
    let install: ReturnType<BotHarness["post"]> | undefined;
    await whilePlaceIsTaken(async () => {
      install = bot.post(installationAdd(newcomer, bot.connector.serviceUrl));
      // A message sent after the install waits behind it and is shed: the install has waited as long.
      await bot.post(message(MIRIAM, bot.connector.serviceUrl, "hilfe"));
      expect(texts()).toEqual([BUSY]);
    });
    expect((await install)?.status).toBe(200);
    expect(texts().filter((text) => text === BUSY)).toHaveLength(1);
    expect(texts().some((text) => text.includes("Willkommen bei lqw-reflect"))).toBe(true);
  });
});
