/**
 * The bootstrap quality officers (BOOTSTRAP_QUALITY_OFFICERS) belong to a tenant. A bare list
 * made its people quality officers in every tenant the deployment serves; entries are now
 * `tenantId:objectId`, and the old bare form is kept only where it names one tenant.
 */
import { ConfigError, loadConfig } from "../../functions/config";
import { cardOf, cardText, startBotHarness, type BotHarness } from "../support/bot-harness";
import { seedOrg } from "../support/org-fixture";
import { MIRIAM, TENANT_ID, message, type TestUser } from "../support/teams-activities";

const OTHER_TENANT = "0b7e4d2c-5a1f-4e8b-9c3d-7f6a5b4c3d2e";
const DEFAULTS = { localBaseUrl: "http://127.0.0.1:3978", localSigningKey: "k".repeat(64) };
const AUTHENTICATED = {
  MicrosoftAppId: "3d5a7c9e-1b2d-4f6a-8c0e-2a4b6c8d0e1f",
  MicrosoftAppTenantId: TENANT_ID,
  MicrosoftAppPassword: "not-a-real-secret",
  PUBLIC_BASE_URL: "https://lqw-reflect.example",
  EXPORT_SIGNING_KEY: "an-export-signing-key-of-32-chars-or-more",
  COSMOS_ENDPOINT: "https://lqw.documents.azure.com:443/",
};

function configError(env: Record<string, string>): string {
  try {
    loadConfig(env, DEFAULTS);
  } catch (error) {
    if (error instanceof ConfigError) return error.message;
    throw error;
  }
  return "";
}

describe("bootstrap quality officers per tenant: the setting", () => {
  it("refuses bare object ids when the deployment serves several tenants, naming the setting and the fix", () => {
    const message = configError({
      ...AUTHENTICATED,
      ALLOWED_TENANT_IDS: `${TENANT_ID},${OTHER_TENANT}`,
      BOOTSTRAP_QUALITY_OFFICERS: MIRIAM.aadObjectId,
    });
    expect(message).toContain("BOOTSTRAP_QUALITY_OFFICERS");
    expect(message).toContain("tenantId:objectId");
  });

  it("keeps the old bare form working for a deployment that serves one tenant: the officer is that tenant's", () => {
    const config = loadConfig(
      { ...AUTHENTICATED, ALLOWED_TENANT_IDS: TENANT_ID, BOOTSTRAP_QUALITY_OFFICERS: MIRIAM.aadObjectId },
      DEFAULTS,
    );
    expect(config.bootstrapQualityOfficers).toEqual([{ tenantId: TENANT_ID, objectId: MIRIAM.aadObjectId }]);
  });

  it("reads tenantId:objectId entries, and refuses a tenant the deployment does not serve", () => {
    const config = loadConfig(
      {
        ...AUTHENTICATED,
        ALLOWED_TENANT_IDS: `${TENANT_ID},${OTHER_TENANT}`,
        BOOTSTRAP_QUALITY_OFFICERS: `${TENANT_ID}:${MIRIAM.aadObjectId}, ${OTHER_TENANT}:bea-0005`,
      },
      DEFAULTS,
    );
    expect(config.bootstrapQualityOfficers).toEqual([
      { tenantId: TENANT_ID, objectId: MIRIAM.aadObjectId },
      { tenantId: OTHER_TENANT, objectId: "bea-0005" },
    ]);
    expect(
      configError({
        ...AUTHENTICATED,
        ALLOWED_TENANT_IDS: TENANT_ID,
        BOOTSTRAP_QUALITY_OFFICERS: `${OTHER_TENANT}:${MIRIAM.aadObjectId}`,
      }),
    ).toContain(`tenant ${OTHER_TENANT} is not in ALLOWED_TENANT_IDS`);
  });
});

describe("bootstrap quality officers per tenant: in Teams", () => {
  let bot: BotHarness;

  beforeAll(async () => {
    bot = await startBotHarness({ BOOTSTRAP_QUALITY_OFFICERS: `${TENANT_ID}:${MIRIAM.aadObjectId}` });
    const { repos } = await bot.services();
    await seedOrg(repos);
    await seedOrg(repos, { orgId: OTHER_TENANT, name: "Beratungsstelle Nord" });
  });
  afterAll(async () => bot.stop());

  async function overviewFor(user: TestUser): Promise<string> {
    bot.clear();
    await bot.post(message(user, bot.connector.serviceUrl, "übersicht"));
    const [reply] = bot.sent();
    return (typeof reply?.text === "string" ? reply.text : "") + cardText(cardOf(reply));
  }

  it("makes the listed person a quality officer in their own tenant", async () => {
    expect(await overviewFor(MIRIAM)).toContain("VHS Musterstadt");
  });

  it("does not make the same object id a quality officer in another tenant", async () => {
    const elsewhere: TestUser = { ...MIRIAM, id: "29:1miriam-elsewhere", tenantId: OTHER_TENANT };
    const text = await overviewFor(elsewhere);
    expect(text).not.toContain("Beratungsstelle Nord");
    expect(text).toContain("Qualitätsbeauftragte");
  });
});
