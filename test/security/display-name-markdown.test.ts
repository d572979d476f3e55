/**
 * Why 13 of issue 20, attacked through the bot: a member whose Teams display name is a Markdown
 * link ("[Bitte neu anmelden](https://…)") talks to the bot; a quality officer's cards that list
 * members (roles, who cannot be reached) show the name as text, never in a TextBlock, where Teams
 * would render it as a link.
 */
import { startBotHarness, type BotHarness } from "../support/bot-harness";
import { seedOrg } from "../support/org-fixture";
import { MIRIAM, TENANT_ID, installationAdd, installationRemove, type TestUser } from "../support/teams-activities";
import { talkTo, validCard, validSentCard, type Talk } from "../integration/setup-helpers";

const LINK_NAME = "[Bitte neu anmelden](https://login.example/)";
const ATTACKER: TestUser = { id: "29:1mallory", aadObjectId: "aad-mallory-0666", name: LINK_NAME };

/** The types of every card element whose text shows the name. */
function elementsShowing(card: unknown, text: string): string[] {
  const found: string[] = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== "object") return;
    const record = node as Record<string, unknown>;
    for (const key of ["text", "value", "title"]) {
      const value = record[key];
      if (typeof value === "string" && value.includes(text)) found.push(String(record.type));
    }
    Object.values(record).forEach(walk);
  };
  walk(card);
  return found;
}

describe("a display name that is a Markdown link, on a quality officer's cards", () => {
  let bot: BotHarness;
  let talk: Talk;

  beforeAll(async () => {
    bot = await startBotHarness({ BOOTSTRAP_QUALITY_OFFICERS: `${TENANT_ID}:${MIRIAM.aadObjectId}` });
    talk = talkTo(bot);
    await seedOrg((await bot.services()).repos);
    for (const user of [MIRIAM, ATTACKER]) await bot.post(installationAdd(user, bot.connector.serviceUrl));
  });
  afterAll(async () => bot.stop());

  it("is text, not a link, where the roles search finds the member", async () => {
    const card = validCard(await talk.click(MIRIAM, "roles.search", { query: "neu anmelden" }));
    const types = elementsShowing(card, LINK_NAME);
    expect(types.length).toBeGreaterThan(0);
    expect(types.every((type) => type === "TextRun")).toBe(true);
  });

  it("is text, not a link, in the list of members who removed the app", async () => {
    await bot.post(installationRemove(ATTACKER, bot.connector.serviceUrl));
    const list = validCard(await talk.click(MIRIAM, "delivery.listUnreached"));
    const types = elementsShowing(list, LINK_NAME);
    expect(types.length).toBeGreaterThan(0);
    expect(types.every((type) => type === "TextRun")).toBe(true);
  });

  it("is text, not a link, when the quality officer gives the member a role", async () => {
    validSentCard(await talk.say(MIRIAM, "rollen"));
    const card = validCard(
      await talk.click(MIRIAM, "roles.change", {
        memberId: ATTACKER.aadObjectId,
        role: "manager",
        change: "add",
        query: "neu anmelden",
      }),
    );
    const types = elementsShowing(card, LINK_NAME);
    expect(types.length).toBeGreaterThan(0);
    expect(types.every((type) => type === "TextRun")).toBe(true);
  });
});
