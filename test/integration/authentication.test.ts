import { createMemberRepository } from "../../bot/store/member-repository";
import { startBotHarness, type BotHarness } from "../support/bot-harness";
import {
  newRsaKey,
  signJwt,
  startFakeBotFrameworkIssuer,
  unsignedJwt,
  type FakeBotFrameworkIssuer,
} from "../support/fake-bot-framework-issuer";
import { ANNA, TENANT_ID, message } from "../support/teams-activities";

const APP_ID = "3d5a7c9e-1b2d-4f6a-8c0e-2a4b6c8d0e1f";

describe("Bot Framework authentication with an app id configured", () => {
  let issuer: FakeBotFrameworkIssuer;
  let bot: BotHarness;

  beforeAll(async () => {
    issuer = await startFakeBotFrameworkIssuer();
    bot = await startBotHarness({
      MicrosoftAppId: APP_ID,
      MicrosoftAppTenantId: TENANT_ID,
      MicrosoftAppPassword: "not-a-real-secret",
      ALLOWED_TENANT_IDS: TENANT_ID,
      PUBLIC_BASE_URL: "https://lqw-reflect.example",
      EXPORT_SIGNING_KEY: "an-export-signing-key-of-32-chars-or-more",
      BOT_OPENID_METADATA_URL: issuer.metadataUrl,
    });
  });
  afterAll(async () => {
    await bot.stop();
    await issuer.stop();
  });
  beforeEach(() => {
    bot.clear();
    // botbuilder prints every refused token to the console; the assertions say what matters.
    jest.spyOn(console, "error").mockImplementation(() => undefined);
    jest.spyOn(console, "warn").mockImplementation(() => undefined);
  });
  afterEach(() => jest.restoreAllMocks());

  const hilfe = () => message(ANNA, bot.connector.serviceUrl, "hilfe");
  const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

  /** A refused request must neither reach the bot nor leave anything in the store. */
  async function expectRefused(headers: Record<string, string>): Promise<void> {
    const answer = await bot.post(hilfe(), headers);
    expect(answer.status).toBe(401);
    expect(bot.sent()).toEqual([]);
    const { store } = await bot.services();
    expect(await createMemberRepository(store.container("config")).get(TENANT_ID, ANNA.aadObjectId)).toBeUndefined();
  }

  it("refuses a request without Authorization header", async () => {
    await expectRefused({});
  });

  it("refuses an Authorization header that is not a bearer token", async () => {
    await expectRefused({ authorization: "Basic YW5uYTpnZWhlaW0=" });
    await expectRefused({ authorization: "Bearer not-a-jwt" });
  });

  it("refuses an unsigned token (alg none), with or without the key id of the published key", async () => {
    const claims = issuer.channelClaims(APP_ID, bot.connector.serviceUrl);
    await expectRefused(bearer(unsignedJwt(claims)));
    await expectRefused(bearer(unsignedJwt(claims, { kid: issuer.kid })));
  });

  it("refuses a token signed with a different key (forged)", async () => {
    const forged = signJwt(issuer.channelClaims(APP_ID, bot.connector.serviceUrl), newRsaKey(), { kid: issuer.kid });
    await expectRefused(bearer(forged));
  });

  it("refuses a token whose signature belongs to other claims", async () => {
    const [header, , signature] = issuer
      .sign(issuer.channelClaims("some-other-bot", bot.connector.serviceUrl))
      .split(".");
    const payload = Buffer.from(JSON.stringify(issuer.channelClaims(APP_ID, bot.connector.serviceUrl))).toString(
      "base64url",
    );
    await expectRefused(bearer(`${header}.${payload}.${signature}`));
  });

  it("refuses an expired token", async () => {
    const hourAgo = Math.floor(Date.now() / 1000) - 3600;
    await expectRefused(
      bearer(
        issuer.sign(
          issuer.channelClaims(APP_ID, bot.connector.serviceUrl, {
            nbf: hourAgo - 3600,
            iat: hourAgo - 3600,
            exp: hourAgo,
          }),
        ),
      ),
    );
  });

  it("refuses a token that is not valid yet", async () => {
    const inAnHour = Math.floor(Date.now() / 1000) + 3600;
    await expectRefused(
      bearer(
        issuer.sign(
          issuer.channelClaims(APP_ID, bot.connector.serviceUrl, {
            nbf: inAnHour,
            iat: inAnHour,
            exp: inAnHour + 3600,
          }),
        ),
      ),
    );
  });

  it("refuses a token issued for another bot (audience)", async () => {
    await expectRefused(bearer(issuer.sign(issuer.channelClaims("another-bot-app-id", bot.connector.serviceUrl))));
  });

  it("refuses a token from another issuer", async () => {
    await expectRefused(
      bearer(issuer.sign(issuer.channelClaims(APP_ID, bot.connector.serviceUrl, { iss: "https://attacker.example" }))),
    );
  });

  it("refuses a token minted for another service URL", async () => {
    await expectRefused(bearer(issuer.sign(issuer.channelClaims(APP_ID, "https://smba.trafficmanager.net/emea/"))));
  });

  it("accepts a correctly signed Bot Framework token and runs the turn", async () => {
    const token = issuer.sign(issuer.channelClaims(APP_ID, bot.connector.serviceUrl));
    const logsBefore = bot.logs.length;
    const answer = await bot.post(hilfe(), bearer(token));
    expect(answer.status).toBe(200);
    // The turn ran: the member is recorded. The reply itself would need a token from
    // login.microsoftonline.com for the app's credentials, which no test can get offline.
    const { store } = await bot.services();
    expect(await createMemberRepository(store.container("config")).get(TENANT_ID, ANNA.aadObjectId)).toMatchObject({
      name: ANNA.name,
      conversation: { serviceUrl: bot.connector.serviceUrl },
    });
    expect(bot.logs.slice(logsBefore).join("\n")).not.toContain("auth.refused");
  });

  it("logs why a token was refused, without the token", async () => {
    const forged = signJwt(issuer.channelClaims(APP_ID, bot.connector.serviceUrl), newRsaKey(), { kid: issuer.kid });
    const before = bot.logs.length;
    await bot.post(hilfe(), bearer(forged));
    const lines = bot.logs.slice(before).join("\n");
    expect(lines).toContain('"event":"auth.refused"');
    expect(lines).not.toContain(forged.split(".")[2]);
    expect(lines).not.toContain(ANNA.name);
  });
});
