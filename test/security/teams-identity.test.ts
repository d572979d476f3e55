/**
 * Identity comes from Teams only. A Bot Framework token proves that a channel sent the activity,
 * not which channel: in Web Chat or Direct Line the client writes `from`, `conversation` and
 * `channelData` itself. So only `msteams` turns are served, the member is their Entra object id,
 * and the tenant in `channelData` must be the conversation's.
 */
import { createMemberRepository } from "../../bot/store/member-repository";
import { startBotHarness, type BotHarness } from "../support/bot-harness";
import type { InvokeBody } from "../support/card-inspection";
import { startFakeBotFrameworkIssuer, type FakeBotFrameworkIssuer } from "../support/fake-bot-framework-issuer";
import { seedOrg } from "../support/org-fixture";
import { ANNA, MIRIAM, TENANT_ID, executeAction, message } from "../support/teams-activities";

const APP_ID = "3d5a7c9e-1b2d-4f6a-8c0e-2a4b6c8d0e1f";
/** Bot Framework signs for every channel with the same keys; its published keys name them all. */
const ENDORSED_CHANNELS = ["msteams", "webchat", "directline", "emulator", "skype"];

async function storedMember(bot: BotHarness, memberId: string) {
  const { store } = await bot.services();
  return createMemberRepository(store.container("config")).get(TENANT_ID, memberId);
}

/** What the bot answered to a card action, as text: a refusal must not carry a card. */
function invokeBody(answer: { body: unknown }): InvokeBody {
  return answer.body as InvokeBody;
}

describe("identity from Teams only, with Bot Framework authentication", () => {
  let issuer: FakeBotFrameworkIssuer;
  let bot: BotHarness;

  beforeAll(async () => {
    issuer = await startFakeBotFrameworkIssuer({ endorsements: ENDORSED_CHANNELS });
    bot = await startBotHarness({
      MicrosoftAppId: APP_ID,
      MicrosoftAppTenantId: TENANT_ID,
      MicrosoftAppPassword: "not-a-real-secret",
      ALLOWED_TENANT_IDS: TENANT_ID,
      PUBLIC_BASE_URL: "https://lqw-reflect.example",
      EXPORT_SIGNING_KEY: "an-export-signing-key-of-32-chars-or-more",
      BOT_OPENID_METADATA_URL: issuer.metadataUrl,
      BOOTSTRAP_QUALITY_OFFICERS: MIRIAM.aadObjectId,
    });
    await seedOrg((await bot.services()).repos);
  });
  afterAll(async () => {
    await bot.stop();
    await issuer.stop();
  });
  beforeEach(() => bot.clear());

  const signed = () => ({
    authorization: `Bearer ${issuer.sign(issuer.channelClaims(APP_ID, bot.connector.serviceUrl))}`,
  });

  it("refuses a validly signed Web Chat card action that names a quality officer: no view, nothing stored", async () => {
    const forged = {
      ...executeAction(MIRIAM, bot.connector.serviceUrl, "overview.open"),
      channelId: "webchat",
      from: { id: "dl_attacker", name: "Miriam Köhler", aadObjectId: MIRIAM.aadObjectId },
    };
    const answer = await bot.post(forged, signed());
    expect(answer.status).toBe(200);
    expect(invokeBody(answer).type).not.toBe("application/vnd.microsoft.card.adaptive");
    expect(JSON.stringify(answer.body)).not.toContain("VHS Musterstadt");
    expect(await storedMember(bot, MIRIAM.aadObjectId)).toBeUndefined();
  });

  it("refuses validly signed Direct Line and Emulator messages as well", async () => {
    for (const channelId of ["directline", "emulator"]) {
      const answer = await bot.post({ ...message(MIRIAM, bot.connector.serviceUrl, "übersicht"), channelId }, signed());
      expect(answer.status).toBe(200);
    }
    expect(await storedMember(bot, MIRIAM.aadObjectId)).toBeUndefined();
  });

  it("does not take a Teams user id for an Entra object id: without aadObjectId nobody is identified", async () => {
    // The quality officer's object id placed where Teams puts the bot-specific user id.
    const forged = executeAction(
      { ...MIRIAM, id: MIRIAM.aadObjectId, aadObjectId: "" },
      bot.connector.serviceUrl,
      "overview.open",
    );
    const answer = await bot.post(forged, signed());
    expect(invokeBody(answer).type).not.toBe("application/vnd.microsoft.card.adaptive");
    expect(await storedMember(bot, MIRIAM.aadObjectId)).toBeUndefined();
  });

  it("refuses an activity whose channelData names another tenant than its conversation", async () => {
    const forged = {
      ...executeAction(MIRIAM, bot.connector.serviceUrl, "overview.open"),
      conversation: { id: "a:personal-x", conversationType: "personal", tenantId: "another-tenant" },
    };
    const answer = await bot.post(forged, signed());
    expect(invokeBody(answer).type).not.toBe("application/vnd.microsoft.card.adaptive");
    expect(await storedMember(bot, MIRIAM.aadObjectId)).toBeUndefined();
  });

  it("serves the same card action from Teams (the control: the refusals above are about the channel)", async () => {
    const answer = await bot.post(executeAction(MIRIAM, bot.connector.serviceUrl, "overview.open"), signed());
    expect(invokeBody(answer).type).toBe("application/vnd.microsoft.card.adaptive");
    expect(await storedMember(bot, MIRIAM.aadObjectId)).toMatchObject({ name: MIRIAM.name });
  });
});

describe("identity from Teams only, in local mode", () => {
  let bot: BotHarness;

  beforeAll(async () => {
    bot = await startBotHarness();
    await seedOrg((await bot.services()).repos);
  });
  afterAll(async () => bot.stop());
  beforeEach(() => bot.clear());

  it("refuses the Bot Framework Emulator's and Web Chat's channels: only the Teams emulator's msteams", async () => {
    for (const channelId of ["emulator", "webchat"]) {
      const answer = await bot.post({ ...message(ANNA, bot.connector.serviceUrl, "hilfe"), channelId });
      expect(answer.status).toBe(200);
    }
    expect(bot.sent()).toEqual([]);
    expect(await storedMember(bot, ANNA.aadObjectId)).toBeUndefined();
  });

  it("does not let a group-chat message redirect the member's personal prompts", async () => {
    await bot.post(message(ANNA, bot.connector.serviceUrl, "hilfe"));
    const personal = (await storedMember(bot, ANNA.aadObjectId))?.conversation;
    expect(personal?.conversationId).toBe(`a:personal-${ANNA.aadObjectId}`);

    bot.clear();
    const inGroup = {
      ...message(ANNA, bot.connector.serviceUrl, "frage", "groupChat"),
      conversation: { id: "19:group-chat-of-the-team@thread.v2", conversationType: "groupChat", tenantId: TENANT_ID },
    };
    await bot.post(inGroup);
    // The refusal goes to the group chat it came from …
    expect(bot.connector.sent.map((sent) => sent.conversationId)).toEqual(["19:group-chat-of-the-team@thread.v2"]);
    // … and the next scheduled prompt still goes to the personal chat.
    expect((await storedMember(bot, ANNA.aadObjectId))?.conversation).toEqual(personal);
  });
});
