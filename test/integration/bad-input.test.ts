import * as http from "node:http";
import { createMemberRepository } from "../../bot/store/member-repository";
import { cardOf, cardText, startBotHarness, type BotHarness } from "../support/bot-harness";
import { ANNA, TENANT_ID, message, type TestUser } from "../support/teams-activities";

const KB = 1024;

/** POSTs a body in chunks without Content-Length, as a streaming client would. */
function postChunked(baseUrl: string, chunks: readonly string[]): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = http.request(`${baseUrl}/api/messages`, {
      method: "POST",
      headers: { "content-type": "application/json", "transfer-encoding": "chunked" },
    });
    request.on("response", (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
    });
    request.on("error", reject);
    for (const chunk of chunks) request.write(chunk);
    request.end();
  });
}

describe("bad input to /api/messages", () => {
  let bot: BotHarness;

  beforeAll(async () => {
    bot = await startBotHarness();
  });
  afterAll(async () => bot.stop());
  beforeEach(() => bot.clear());

  /** After every refusal the endpoint must still answer a member as usual. */
  async function expectStillServing(): Promise<void> {
    bot.clear();
    const answer = await bot.post(message(ANNA, bot.connector.serviceUrl, "hilfe"));
    expect(answer.status).toBe(200);
    expect(cardText(cardOf(bot.sent()[0]))).toContain("frage – eine neue Reflexionsfrage");
  }

  it.each([
    ["truncated JSON", '{"type":"message","text":"hilfe"'],
    ["plain text", "hilfe"],
    ["an empty body", ""],
  ])("answers %s with 400 and keeps serving", async (_name, body) => {
    const answer = await bot.postRaw(body);
    expect(answer.status).toBe(400);
    expect(answer.body).toEqual({ error: "body is not valid JSON" });
    await expectStillServing();
  });

  it.each([
    ["an array", "[]"],
    ["a string", '"x"'],
    ["an empty object", "{}"],
    ["null", "null"],
    ["a number", "42"],
  ])("answers JSON that is %s, not an activity, with 400 and keeps serving", async (_name, body) => {
    const answer = await bot.postRaw(body);
    expect(answer.status).toBe(400);
    expect(answer.body).toEqual({ error: "body is not a Bot Framework activity" });
    await expectStillServing();
  });

  it.each(["from", "conversation", "recipient", "serviceUrl", "type"])(
    "answers an activity without `%s` with 400 and keeps serving",
    async (field) => {
      const { [field as keyof ReturnType<typeof message>]: _removed, ...incomplete } = message(
        ANNA,
        bot.connector.serviceUrl,
        "hilfe",
      );
      const answer = await bot.post(incomplete);
      expect(answer.status).toBe(400);
      expect(bot.sent()).toEqual([]);
      await expectStillServing();
    },
  );

  it("answers an activity whose `from` has no id with 400", async () => {
    const activity = message(ANNA, bot.connector.serviceUrl, "hilfe");
    expect((await bot.post({ ...activity, from: { name: ANNA.name } })).status).toBe(400);
    await expectStillServing();
  });

  it("refuses a body over 256 KB with 413 before parsing it, and keeps serving", async () => {
    const huge = JSON.stringify("x".repeat(300 * KB));
    const answer = await bot.postRaw(huge);
    expect(answer.status).toBe(413);
    expect(answer.body).toEqual({ error: "body too large" });
    // Not JSON at all, yet 413 rather than 400: the size is checked before any parsing.
    expect((await bot.postRaw(`{${"x".repeat(300 * KB)}`)).status).toBe(413);
    await expectStillServing();
  });

  it("refuses an oversized activity that is otherwise valid", async () => {
    const activity = message(ANNA, bot.connector.serviceUrl, "a".repeat(300 * KB));
    expect((await bot.post(activity)).status).toBe(413);
    expect(bot.sent()).toEqual([]);
    await expectStillServing();
  });

  it("refuses an oversized body sent without Content-Length (chunked)", async () => {
    const chunk = "x".repeat(64 * KB);
    expect(await postChunked(bot.baseUrl, [`"`, chunk, chunk, chunk, chunk, chunk, `"`])).toBe(413);
    await expectStillServing();
  });

  it("refuses a body of several megabytes, which the host stops reading at 1 MB", async () => {
    const chunk = "x".repeat(512 * KB);
    expect(
      await postChunked(
        bot.baseUrl,
        Array.from({ length: 8 }, () => chunk),
      ),
    ).toBe(413);
    await expectStillServing();
  });
});

describe("a tenant that is not allowed", () => {
  const OTHER_TENANT = "9b2d4c6e-1111-4222-8333-444455556666";
  const STRANGER: TestUser = {
    id: "29:1fremd-person",
    aadObjectId: "aad-fremd-0009",
    name: "Frieda Fremd",
    tenantId: OTHER_TENANT,
  };
  let bot: BotHarness;

  beforeAll(async () => {
    bot = await startBotHarness({ ALLOWED_TENANT_IDS: TENANT_ID });
  });
  afterAll(async () => bot.stop());

  it("gets a polite refusal and nothing about the member is stored", async () => {
    const answer = await bot.post(message(STRANGER, bot.connector.serviceUrl, "hilfe"));
    expect(answer.status).toBe(200);
    expect(bot.sent().map((activity) => activity.text)).toEqual([
      "lqw-reflect ist für Ihre Organisation nicht freigeschaltet. Bitte wenden Sie sich an Ihre IT.",
    ]);
    const { store } = await bot.services();
    const members = createMemberRepository(store.container("config"));
    expect(await members.get(OTHER_TENANT, STRANGER.aadObjectId)).toBeUndefined();
    const { resources } = await store.container("config").items.query("SELECT VALUE COUNT(1) FROM c").fetchAll();
    expect(resources).toEqual([0]);
  });

  it("still serves members of the allowed tenant", async () => {
    bot.clear();
    await bot.post(message(ANNA, bot.connector.serviceUrl, "hilfe"));
    expect(cardText(cardOf(bot.sent()[0]))).toContain("frage – eine neue Reflexionsfrage");
  });
});

describe("GET /api/health", () => {
  let bot: BotHarness;

  beforeAll(async () => {
    bot = await startBotHarness();
  });
  afterAll(async () => bot.stop());

  it("says ok without revealing versions, settings or endpoints", async () => {
    const answer = await bot.get("/api/health");
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ status: "ok" });
    const { config } = await bot.services();
    expect(answer.text).not.toMatch(/\d+\.\d+/);
    for (const secretOrSetting of [
      config.cosmos.endpoint,
      bot.testStore.server.key,
      config.cosmos.database,
      "127.0.0.1",
      "https://",
    ])
      expect(answer.text).not.toContain(secretOrSetting);
    expect(answer.text.toLowerCase()).not.toMatch(/endpoint|version|node|cosmos/);
  });
});

describe("GET /api/health with the store down", () => {
  let bot: BotHarness;

  beforeAll(async () => {
    bot = await startBotHarness({}, { ownStore: true });
    expect((await bot.get("/api/health")).status).toBe(200);
    await bot.testStore.server.stop();
  });
  afterAll(async () => bot.stop());

  it("answers 503 so a load balancer or monitor sees the outage", async () => {
    const answer = await bot.get("/api/health");
    expect(answer.status).toBe(503);
    expect(answer.text).not.toContain(bot.testStore.server.endpoint);
  });
});

describe("GET /api/health with a Key Vault reference App Service could not resolve", () => {
  const REFERENCE = "@Microsoft.KeyVault(SecretUri=https://kv-lqw-x7k2.vault.azure.net/secrets/export-signing-key/)";
  let bot: BotHarness;

  beforeAll(async () => {
    bot = await startBotHarness({ EXPORT_SIGNING_KEY: REFERENCE });
  });
  afterAll(async () => bot.stop());

  it("answers 503 'configuration', so the availability test and alerts fire, without echoing the reference", async () => {
    const answer = await bot.get("/api/health");
    expect(answer.status).toBe(503);
    expect(answer.body).toEqual({ status: "unavailable", reason: "configuration" });
    expect(answer.text).not.toContain("kv-lqw-x7k2");
    expect(answer.text).not.toContain("KeyVault");
  });

  it("refuses to sign anything with it: the bot does not start", async () => {
    await expect(bot.services()).rejects.toThrow(/EXPORT_SIGNING_KEY is an unresolved Key Vault reference/);
  });
});
