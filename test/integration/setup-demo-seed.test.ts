import { addMonths, localDateAt } from "../../bot/domain/calendar";
import { defaultGroups, orgConfigSchema } from "../../bot/domain/org-config";
import {
  DEMO_TENANT_ID,
  DEMO_USERS,
  demoConversationId,
  playgroundConfigFor,
} from "../../functions/local/demo-organisation";
import { PLAYGROUND_CONVERSATION, seedDemoOrganisation } from "../../functions/local/demo-seed";
import { cardOf, cardText, startBotHarness, type BotHarness } from "../support/bot-harness";
import { installationAdd, message, type TestUser } from "../support/teams-activities";

describe("the local demo organisation (npm start)", () => {
  let bot: BotHarness;
  const now = new Date();
  const jonas: TestUser = {
    id: DEMO_USERS.jonas.id,
    aadObjectId: DEMO_USERS.jonas.aadObjectId,
    name: DEMO_USERS.jonas.name,
    tenantId: DEMO_TENANT_ID,
  };

  beforeAll(async () => {
    bot = await startBotHarness();
  });
  afterAll(async () => bot.stop());

  const repos = async () => (await bot.services()).repos;

  it("stores VHS Musterstadt under LQW, three months into a first certification", async () => {
    const result = await seedDemoOrganisation(await repos(), now);
    expect(result).toEqual({ isConfigured: true, membersSeeded: Object.keys(DEMO_USERS).length, answersSeeded: 54 });
    // Earlier answers from all six people, so the manager's summary and a draft have content at once.
    const { answers } = await (
      await repos()
    ).answers.listForMember(DEMO_TENANT_ID, DEMO_USERS.anna.aadObjectId, { pageSize: 50 });
    expect(answers).toHaveLength(9);
    const config = await (await repos()).orgs.get(DEMO_TENANT_ID);
    expect(orgConfigSchema.safeParse(config).success).toBe(true);
    const today = localDateAt(now, "Europe/Berlin");
    expect(config).toMatchObject({
      name: "VHS Musterstadt",
      model: "lqw",
      cycle: { kind: "first", start: addMonths(today, -3), selfReportDue: addMonths(today, 10) },
      schedule: { weekday: 2, time: "10:00", frequency: "weekly", timeZone: "Europe/Berlin" },
      workingTime: { weekdays: [1, 2, 3, 4, 5], from: "08:00", until: "18:00", state: "NI", catchUpDays: 2 },
      groups: defaultGroups(),
      anonymityThreshold: 5,
    });
    expect(config?.successDefinition).toMatch(/^Lernen ist bei uns gelungen/);
  });

  it("knows the demo people before they open the chat, Jonas as manager, none of them installed yet", async () => {
    const { members } = await repos();
    const stored = await members.get(DEMO_TENANT_ID, DEMO_USERS.jonas.aadObjectId);
    expect(stored).toMatchObject({ name: "Jonas Weber", roles: ["manager"], group: "leitung", isInstalled: false });
    expect(stored?.conversation).toEqual({
      ...PLAYGROUND_CONVERSATION,
      conversationId: "personal-chat-jonas",
      tenantId: DEMO_TENANT_ID,
    });
    // Each demo user has a chat of their own: a prompt to Anna never shows in Jonas's chat.
    const ids = new Set<string>();
    for (const user of Object.values(DEMO_USERS))
      ids.add((await members.get(DEMO_TENANT_ID, user.aadObjectId))?.conversation.conversationId ?? "");
    expect(ids.size).toBe(Object.keys(DEMO_USERS).length);
    expect((await members.get(DEMO_TENANT_ID, DEMO_USERS.anna.aadObjectId))?.roles).toEqual([]);
  });

  it("points the placeholder conversation at what the Playground sends", () => {
    const yaml = playgroundConfigFor("jonas");
    expect(yaml).toContain(`id: ${PLAYGROUND_CONVERSATION.botId}`);
    expect(yaml).toContain(`name: ${PLAYGROUND_CONVERSATION.botName}`);
    expect(yaml).toContain(`personalChat:\n  id: ${demoConversationId("jonas")}`);
    expect(playgroundConfigFor("anna")).toContain(`personalChat:\n  id: ${demoConversationId("anna")}`);
  });

  it("welcomes Jonas on his first visit and lets him act as manager", async () => {
    bot.clear();
    await bot.post(installationAdd(jonas, bot.connector.serviceUrl));
    expect(cardText(cardOf(bot.sent()[0]))).toContain("Willkommen bei lqw-reflect");
    bot.clear();
    await bot.post(message(jonas, bot.connector.serviceUrl, "hilfe"));
    expect(cardText(cardOf(bot.sent()[0]))).toContain("Für Führungskräfte");
    const stored = await (await repos()).members.get(DEMO_TENANT_ID, DEMO_USERS.jonas.aadObjectId);
    expect(stored).toMatchObject({
      roles: ["manager"],
      isInstalled: true,
      conversation: { serviceUrl: bot.connector.serviceUrl },
    });
  });

  it("leaves an organisation that is already configured alone", async () => {
    const store = await repos();
    const before = await store.orgs.getVersioned(DEMO_TENANT_ID);
    expect(await seedDemoOrganisation(store, new Date(now.getTime() + 86_400_000))).toEqual({
      isConfigured: false,
      membersSeeded: 0,
    });
    expect((await store.orgs.getVersioned(DEMO_TENANT_ID))?.etag).toBe(before?.etag);
  });
});
