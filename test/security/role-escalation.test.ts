/**
 * Roles are decided on the server (bot/roles.ts), never from what a card sends. A staff member
 * replays every privileged verb the bot routes, with the data a quality officer's cards carry
 * and with forged role claims on top: each is refused politely and nothing in the store changes.
 */
import type { FlowDeps } from "../../bot/flows";
import { createRoutes } from "../../bot/flows";
import { exportSnapshot } from "../../bot/store/snapshot";
import { cardOf, startBotHarness, type BotHarness } from "../support/bot-harness";
import { inputValues, type InvokeBody } from "../support/card-inspection";
import { seedOrg } from "../support/org-fixture";
import { ANNA, MIRIAM, TENANT_ID, executeAction, message, submitAction } from "../support/teams-activities";

/** Verbs any member may use; every other verb the bot routes is privileged. */
const STAFF_VERBS = /^(help|(prompt|answer|answers|settings|data|typed)\.[\w.]+)$/;

/** What a forged card might claim, on top of the real card data. */
const FORGED = {
  role: "qualityOfficer",
  roles: ["qualityOfficer", "manager"],
  isQualityOfficer: true,
  isManager: true,
  isAdmin: true,
  memberId: ANNA.aadObjectId,
  aadObjectId: MIRIAM.aadObjectId,
  from: { id: MIRIAM.id, aadObjectId: MIRIAM.aadObjectId },
  orgId: TENANT_ID,
  change: "add",
};

/** A refusal is a short text in the chat, never a card that goes on with the privileged flow. */
const POLITE_REFUSAL = /\bnur\b|Führungskräfte und Qualitätsbeauftragte/;

/** The commands whose cards carry the privileged verbs. */
const OFFICER_COMMANDS = ["einrichtung", "rollen", "übersicht", "export", "fortschritt", "zustellung"];

describe("role escalation through card data", () => {
  let bot: BotHarness;
  let privilegedVerbs: string[];
  /** Per verb, the data an officer's card sends with it (button data and the card's inputs). */
  const officerData = new Map<string, Record<string, unknown>>();

  beforeAll(async () => {
    bot = await startBotHarness({ BOOTSTRAP_QUALITY_OFFICERS: MIRIAM.aadObjectId });
    const services = await bot.services();
    await seedOrg(services.repos);
    await bot.post(message(ANNA, bot.connector.serviceUrl, "hilfe"));

    const unused = () => {
      throw new Error("not used while listing routes");
    };
    const deps: FlowDeps = {
      repos: services.repos,
      clock: services.clock,
      logger: services.logger,
      notifier: { sendCard: unused },
      drafts: { repos: services.repos, isLlmConfigured: false, inTurnMs: 8000, drafterFor: unused },
      prompts: { choose: unused },
      links: { create: unused },
      isLocalMode: services.config.isLocalMode,
    };
    privilegedVerbs = Object.keys(createRoutes(deps).actions)
      .filter((verb) => !STAFF_VERBS.test(verb))
      .sort();

    for (const command of OFFICER_COMMANDS) {
      bot.clear();
      await bot.post(message(MIRIAM, bot.connector.serviceUrl, command));
      for (const sent of bot.sent()) {
        const card = cardOf(sent);
        if (!card) continue;
        const inputs = inputValues(card);
        for (const { verb, data } of executeButtons(card))
          if (!officerData.has(verb)) officerData.set(verb, { ...inputs, ...data });
      }
    }
  });
  afterAll(async () => bot.stop());
  beforeEach(() => bot.clear());

  it("finds the privileged verbs among the bot's routes: progress, setup, roles, overview, export and delivery status", () => {
    for (const verb of [
      "progress.show",
      "progress.area",
      "setup.next",
      "setup.finish",
      "setup.discard",
      "roles.change",
      "overview.open",
      "export.create",
      "delivery.listUnreached",
    ])
      expect(privilegedVerbs).toContain(verb);
    // The officer's own cards offer most of them: the replay uses real data, not guesses.
    expect(officerData.size).toBeGreaterThan(5);
  });

  const payloadFor = (verb: string) => ({ ...officerData.get(verb), ...FORGED });

  it("refuses every privileged verb sent by a staff member through Action.Execute with forged role data, and changes nothing", async () => {
    const { store } = await bot.services();
    const refusedWrongly: string[] = [];
    for (const verb of privilegedVerbs) {
      const before = await exportSnapshot(store);
      const answer = await bot.post(executeAction(ANNA, bot.connector.serviceUrl, verb, payloadFor(verb)));
      expect(answer.status).toBe(200);
      const body = answer.body as InvokeBody;
      const isPoliteText =
        body.type === "application/vnd.microsoft.activity.message" && POLITE_REFUSAL.test(String(body.value));
      if (!isPoliteText) refusedWrongly.push(`${verb}: ${body.type} ${JSON.stringify(body.value).slice(0, 200)}`);
      expect(await exportSnapshot(store)).toEqual(before);
    }
    expect(refusedWrongly).toEqual([]);
  });

  it("refuses every privileged verb sent by a staff member through Action.Submit with forged role data, and changes nothing", async () => {
    const { store } = await bot.services();
    const refusedWrongly: string[] = [];
    for (const verb of privilegedVerbs) {
      bot.clear();
      const before = await exportSnapshot(store);
      await bot.post(submitAction(ANNA, bot.connector.serviceUrl, { ...payloadFor(verb), verb }));
      const replies = bot.sent();
      const isPoliteText = replies.length === 1 && !cardOf(replies[0]) && POLITE_REFUSAL.test(String(replies[0]?.text));
      if (!isPoliteText) refusedWrongly.push(`${verb}: ${JSON.stringify(replies).slice(0, 200)}`);
      expect(await exportSnapshot(store)).toEqual(before);
    }
    expect(refusedWrongly).toEqual([]);
  });

  it("keeps the staff member's roles as they were: still no progress, no export", async () => {
    const { repos } = await bot.services();
    expect((await repos.members.get(TENANT_ID, ANNA.aadObjectId))?.roles).toEqual([]);
    for (const command of ["fortschritt", "export", "rollen"]) {
      bot.clear();
      await bot.post(message(ANNA, bot.connector.serviceUrl, command));
      expect(cardOf(bot.sent()[0])).toBeUndefined();
      expect(bot.sent()[0]?.text).toMatch(POLITE_REFUSAL);
    }
  });

  it("lets the quality officer use the same data, so the refusals above are about the role", async () => {
    const answer = await bot.post(
      executeAction(MIRIAM, bot.connector.serviceUrl, "progress.show", payloadFor("progress.show")),
    );
    expect((answer.body as InvokeBody).type).toBe("application/vnd.microsoft.card.adaptive");
  });
});

/** Every Action.Execute button of a card, also inside ShowCard actions. */
function executeButtons(card: unknown): { verb: string; data: Record<string, unknown> }[] {
  const found: { verb: string; data: Record<string, unknown> }[] = [];
  const walk = (node: unknown) => {
    if (!node || typeof node !== "object") return;
    if (Array.isArray(node)) return node.forEach(walk);
    const record = node as Record<string, unknown>;
    if (record.type === "Action.Execute" && typeof record.verb === "string")
      found.push({ verb: record.verb, data: (record.data as Record<string, unknown>) ?? {} });
    Object.values(record).forEach(walk);
  };
  walk(card);
  return found;
}
