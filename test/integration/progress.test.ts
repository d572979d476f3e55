/**
 * The managers' progress summary over real HTTP with real-shaped Teams activities; the
 * organisation's members, answers and deliveries are seeded through the repositories.
 */
import { addDays, localDateAt } from "../../bot/domain/calendar";
import type { AreaId, DimensionId } from "../../bot/domain/quality-models";
import { answerId } from "../../bot/domain/ids";
import type { Repositories } from "../../bot/store";
import { expectValidCard } from "../support/adaptive-card-validation";
import { cardOf, cardText, startBotHarness, type BotHarness } from "../support/bot-harness";
import { buttonData, inputValue, type InvokeBody } from "../support/card-inspection";
import { orgConfig } from "../support/org-fixture";
import {
  ANNA,
  JONAS,
  MIRIAM,
  TENANT_ID,
  executeAction,
  message,
  submitAction,
  type TestUser,
} from "../support/teams-activities";

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;
const SECRET_TEXT = "Vertraulicher Antworttext über das Erstgespräch";

describe("progress summary for managers", () => {
  let bot: BotHarness;
  let repos: Repositories;
  const today = localDateAt(new Date(), "Europe/Berlin");
  const cycle = { kind: "first" as const, start: addDays(today, -60), selfReportDue: addDays(today, 300) };

  beforeAll(async () => {
    bot = await startBotHarness();
    repos = (await bot.services()).repos;
    await repos.orgs.save(orgConfig({ cycle }));
    for (const user of [ANNA, JONAS, MIRIAM]) await bot.post(message(user, bot.connector.serviceUrl, "hallo"));
    await repos.members.update(TENANT_ID, ANNA.aadObjectId, (member) => ({ ...member, roles: ["manager"] }));
    await repos.members.update(TENANT_ID, MIRIAM.aadObjectId, (member) => ({ ...member, roles: ["qualityOfficer"] }));
  });
  afterAll(async () => bot.stop());
  beforeEach(() => bot.clear());

  let sequence = 0;
  /** A staff member who installed the bot, in a group; named, so that we can check names never show. */
  async function seedMember(memberId: string, group: string) {
    const conversation = {
      channelId: "msteams",
      serviceUrl: bot.connector.serviceUrl,
      conversationId: `a:personal-${memberId}`,
      tenantId: TENANT_ID,
      botId: "28:bot",
    };
    await repos.members.recordSighting(
      {
        orgId: TENANT_ID,
        memberId,
        userId: `29:${memberId}`,
        aadObjectId: memberId,
        name: `Person ${memberId}`,
        locale: "de",
        conversation,
      },
      new Date(),
    );
    await repos.members.update(TENANT_ID, memberId, (member) => ({ ...member, group }));
  }

  /** A prompt delivered and answered `agoMs` before now. */
  async function seedAnswer(memberId: string, group: string, agoMs: number, area: AreaId, dimension: DimensionId) {
    const answeredAt = new Date(Date.now() - agoMs).toISOString();
    const askedAt = new Date(Date.now() - agoMs - 5_000).toISOString();
    const promptInstanceId = `seed-${++sequence}`;
    const common = { orgId: TENANT_ID, memberId, promptId: "lqw.seed", area, dimension };
    await repos.deliveries.recordIfAbsent({
      ...common,
      deliveryId: `delivery:seed:${memberId}:${sequence}`,
      kind: "scheduled",
      periodKey: `seed-${sequence}`,
      dueAt: askedAt,
      state: "sent",
      response: "answered",
      attempts: 1,
      createdAt: askedAt,
      updatedAt: answeredAt,
    });
    await repos.answers.saveNew({
      ...common,
      answerId: answerId(promptInstanceId, memberId),
      promptInstanceId,
      model: "lqw",
      group,
      text: SECRET_TEXT,
      createdAt: answeredAt,
      updatedAt: answeredAt,
      history: [],
    });
  }

  async function typed(user: TestUser, text: string) {
    bot.clear();
    await bot.post(message(user, bot.connector.serviceUrl, text));
    const [sent] = bot.sent();
    return sent;
  }

  async function click(user: TestUser, verb: string, data: Record<string, unknown>) {
    const answer = await bot.post(executeAction(user, bot.connector.serviceUrl, verb, data));
    expect(answer.status).toBe(200);
    return answer.body as InvokeBody;
  }

  async function summary(filters: { period: string; group: string }) {
    const body = await click(ANNA, "progress.show", filters);
    expect(body.type).toBe("application/vnd.microsoft.card.adaptive");
    expectValidCard(body.value);
    return { card: body.value, text: cardText(body.value) };
  }

  /** The drill-down action of an area row on the coverage map. */
  function areaAction(card: unknown, area: AreaId): Record<string, unknown> {
    let found: Record<string, unknown> | undefined;
    const walk = (node: unknown) => {
      if (found || !node || typeof node !== "object") return;
      if (Array.isArray(node)) return node.forEach(walk);
      const record = node as Record<string, unknown>;
      const data = record.data as Record<string, unknown> | undefined;
      if (record.type === "Action.Execute" && record.verb === "progress.area" && data?.area === area) found = data;
      Object.values(record).forEach(walk);
    };
    walk(card);
    if (!found) throw new Error(`no row for ${area}:\n${cardText(card)}`);
    return found;
  }

  describe("an organisation without answers", () => {
    it("shows the deadline and says there are not enough answers for figures yet", async () => {
      const sent = await typed(ANNA, "fortschritt");
      const card = cardOf(sent);
      expectValidCard(card);
      const text = cardText(card);
      expect(text).toContain("Fortschritt");
      expect(text).toContain("noch 300 Tage");
      expect(text).toContain("Noch zu wenige Antworten für Zahlen (mindestens 5 Personen)");
      expect(text).not.toContain("Beteiligung");
      expect(text).not.toContain("Abdeckung je Qualitätsbereich");
      expect(inputValue(card, "period")).toBe("cycle");
      expect(inputValue(card, "group")).toBe("all");
    });

    it("answers quality officers too, in English when their Teams speaks English", async () => {
      expect(cardText(cardOf(await typed(MIRIAM, "progress")))).toContain("Noch zu wenige Antworten");
      await repos.members.update(TENANT_ID, MIRIAM.aadObjectId, (member) => ({ ...member, chosenLocale: "en" }));
      const text = cardText(cardOf(await typed(MIRIAM, "progress")));
      expect(text).toContain("Not enough answers for figures yet (at least 5 people).");
      expect(text).toContain("Self-report due on");
      await repos.members.update(TENANT_ID, MIRIAM.aadObjectId, ({ chosenLocale: _chosen, ...member }) => member);
    });
  });

  describe("who may see it", () => {
    it("politely refuses staff members who type „fortschritt“", async () => {
      const sent = await typed(JONAS, "fortschritt");
      expect(cardOf(sent)).toBeUndefined();
      expect(sent?.text).toContain("Den Fortschritt sehen Führungskräfte und Qualitätsbeauftragte");
    });

    it("ignores role claims in card data: a staff member sending progress verbs with „manager“ is refused", async () => {
      const claims = {
        role: "manager",
        roles: ["manager"],
        isManager: true,
        period: "cycle",
        group: "all",
        area: "leitbild",
      };
      for (const verb of ["progress.show", "progress.area"]) {
        const body = await click(JONAS, verb, claims);
        expect(body.type).toBe("application/vnd.microsoft.activity.message");
        expect(String(body.value)).toContain("Den Fortschritt sehen Führungskräfte und Qualitätsbeauftragte");
      }
      bot.clear();
      await bot.post(submitAction(JONAS, bot.connector.serviceUrl, { verb: "progress.show", ...claims }));
      expect(bot.sent()[0]?.text).toContain("Den Fortschritt sehen Führungskräfte und Qualitätsbeauftragte");
    });

    it("offers managers a „Fortschritt“ button on the welcome card, and staff none", async () => {
      const welcome = cardOf(await typed(ANNA, "hallo"));
      expect(buttonData(welcome, "Fortschritt")).toEqual({ verb: "progress.show" });
      const body = await click(ANNA, "progress.show", buttonData(welcome, "Fortschritt"));
      expect(cardText(body.value)).toContain("Noch zu wenige Antworten für Zahlen");
      const staffWelcome = cardOf(await typed(JONAS, "hallo"));
      expect(() => buttonData(staffWelcome, "Fortschritt")).toThrow();
    });
  });

  describe("with answers from two groups", () => {
    const paedagogik = ["p1", "p2", "p3", "p4", "p5", "p6"];
    const verwaltung = ["v1", "v2", "v3", "v4", "v5"];

    beforeAll(async () => {
      for (const id of paedagogik) await seedMember(id, "paedagogik");
      for (const id of verwaltung) await seedMember(id, "verwaltung");
      for (const id of paedagogik) {
        await seedAnswer(id, "paedagogik", 10_000, "kernprozess", "results");
        await seedAnswer(id, "paedagogik", 40 * DAY_MS, "leitbild", "rationale");
      }
      for (const id of paedagogik.slice(0, 5))
        await seedAnswer(id, "paedagogik", 20 * DAY_MS, "kernprozess", "procedures");
      // Verwaltung: five members, four of whom answered (k − 1).
      for (const id of verwaltung.slice(0, 4))
        await seedAnswer(id, "verwaltung", 2 * MINUTE_MS, "controlling", "results");
    });

    it("counts the current week", async () => {
      const { text } = await summary({ period: "current", group: "all" });
      expect(text).toContain("Zeitraum: Diese Woche");
      expect(text).toContain("10 von 10 gefragten Personen (100 %)");
      expect(text).toContain("10 auf 10 gestellte Fragen");
    });

    it("counts the last four weeks and compares them with the four weeks before", async () => {
      const { text } = await summary({ period: "fourWeeks", group: "all" });
      expect(text).toContain("15 auf 15 gestellte Fragen");
      expect(text).toContain("▲ +9 Antworten");
      expect(text).toContain("davor: 6 Antworten von 6 Personen");
    });

    it("counts the whole cycle, with the coverage map and the gaps", async () => {
      const { card, text } = await summary({ period: "cycle", group: "all" });
      expect(text).toContain("21 auf 21 gestellte Fragen");
      expect(text).toContain("Kein Vergleich für den ganzen Zyklus.");
      expect(text).toContain("● genug · ◐ wenig · ○ keine");
      expect(text).toContain("Bg Begründung · Vf Verfahren · Er Ergebnisse · Bw Bewertung · Sf Schlussfolgerungen");
      for (const label of [
        "QB 1 Leitbild",
        "QB 4 Lehr-Lern-Prozess",
        "QB 5 Evaluation",
        "QB 9 Controlling",
        "QB 11 Strategische Ziele",
      ])
        expect(text).toContain(label);
      expect(text).toContain(
        "Für QB 2 Bedarfserschließung fehlen Begründungen – die nächsten Runden fragen gezielt danach.",
      );
      expect(Buffer.byteLength(JSON.stringify(card))).toBeLessThan(25 * 1024);
    });

    it("leaves out a group with k − 1 respondents and holds back the group that would reveal it, with a note", async () => {
      const { text } = await summary({ period: "current", group: "all" });
      expect(text).not.toContain("Nach Gruppen");
      expect(text).toContain(
        "Ohne eigene Zahlen (weniger als 5 Personen, auch zusammengefasst): Leitung, Pädagogik / Beratung, Verwaltung.",
      );
    });

    it("gives no figures for the group with k − 1 respondents alone", async () => {
      const { text } = await summary({ period: "current", group: "verwaltung" });
      expect(text).toContain("Noch zu wenige Antworten für Zahlen (mindestens 5 Personen)");
      expect(text).not.toContain("Beteiligung");
    });

    it("drills down into an area with counts, people and freshness, contributors below k as „< 5“", async () => {
      const { card } = await summary({ period: "cycle", group: "all" });
      const kern = await click(ANNA, "progress.area", areaAction(card, "kernprozess"));
      expectValidCard(kern.value);
      const kernText = cardText(kern.value);
      expect(kernText).toContain("QB 4 Lehr-Lern-Prozess");
      expect(kernText).toContain("6 Antworten von 6 Personen · neueste heute");
      expect(kernText).toMatch(/5 Antworten von 5 Personen · neueste vor (2|3) Wochen/);
      expect(kernText).toContain("● genug");
      expect(kernText).toContain("○ keine");

      const controlling = await click(ANNA, "progress.area", areaAction(card, "controlling"));
      const controllingText = cardText(controlling.value);
      expect(controllingText).toContain("4 Antworten von < 5 Personen");
      expect(controllingText).not.toMatch(/\b4 Personen/);

      const back = await click(ANNA, "progress.show", buttonData(controlling.value, "Zurück zur Übersicht"));
      expect(cardText(back.value)).toContain("Abdeckung je Qualitätsbereich");
    });

    it("never shows names or answer text", async () => {
      const { card, text } = await summary({ period: "cycle", group: "all" });
      const kern = await click(ANNA, "progress.area", areaAction(card, "kernprozess"));
      for (const shown of [text, cardText(kern.value), JSON.stringify(card), JSON.stringify(kern.value)]) {
        expect(shown).not.toContain(SECRET_TEXT);
        expect(shown).not.toMatch(/Person p\d|Person v\d|Anna|Jonas|Miriam/);
      }
    });

    describe("once the group reaches k respondents", () => {
      beforeAll(async () => {
        await seedAnswer("v5", "verwaltung", MINUTE_MS, "controlling", "results");
      });

      it("shows both groups on their own", async () => {
        const { text } = await summary({ period: "current", group: "all" });
        expect(text).toContain("Nach Gruppen");
        expect(text).toContain("Pädagogik / Beratung\n6 von 6 Personen · 6 Antworten");
        expect(text).toContain("Verwaltung\n5 von 5 Personen · 5 Antworten");
        expect(text).toContain("Ohne eigene Zahlen (weniger als 5 Personen, auch zusammengefasst): Leitung.");
      });

      it("shows the group alone with its own areas", async () => {
        const { card, text } = await summary({ period: "current", group: "verwaltung" });
        expect(text).toContain("5 von 5 gefragten Personen (100 %)");
        expect(text).toContain("QB 9 Controlling");
        expect(text).not.toContain("QB 4 Lehr-Lern-Prozess");
        expect(inputValue(card, "group")).toBe("verwaltung");
        const controlling = await click(ANNA, "progress.area", areaAction(card, "controlling"));
        expect(cardText(controlling.value)).toContain("5 Antworten von 5 Personen · neueste heute");
      });
    });
  });

  describe("a brand-new cycle that starts today", () => {
    // Another organisation (tenant), whose re-certification cycle starts today.
    const otherTenant = "9b2f4c6d-1e3a-4f5b-8c7d-6e5f4a3b2c10";
    const lena: TestUser = {
      id: "29:1lena-hoffmann",
      aadObjectId: "aad-lena-0101",
      name: "Lena Hoffmann",
      tenantId: otherTenant,
    };

    beforeAll(async () => {
      await repos.orgs.save(
        orgConfig({
          orgId: otherTenant,
          cycle: { kind: "recertification", start: today, selfReportDue: addDays(today, 365) },
        }),
      );
      await bot.post(message(lena, bot.connector.serviceUrl, "hallo"));
      await repos.members.update(otherTenant, lena.aadObjectId, (member) => ({ ...member, roles: ["manager"] }));
      // Six people answered in the last cycle, yesterday.
      for (const id of ["a1", "a2", "a3", "a4", "a5", "a6"]) {
        const answeredAt = new Date(`${addDays(today, -1)}T12:00:00.000Z`).toISOString();
        const promptInstanceId = `last-cycle-${id}`;
        await repos.answers.saveNew({
          orgId: otherTenant,
          answerId: answerId(promptInstanceId, id),
          promptInstanceId,
          memberId: id,
          promptId: "lqw.seed",
          model: "lqw",
          area: "leitbild",
          dimension: "results",
          group: "paedagogik",
          text: SECRET_TEXT,
          createdAt: answeredAt,
          updatedAt: answeredAt,
          history: [],
        });
      }
    });

    it("starts from nothing: last cycle's answers do not count, only the deadline shows", async () => {
      const body = await click(lena, "progress.show", { period: "cycle", group: "all" });
      expectValidCard(body.value);
      const text = cardText(body.value);
      expect(text).toContain("noch 365 Tage (0 % des Zyklus sind vorbei)");
      expect(text).toContain("Noch zu wenige Antworten für Zahlen (mindestens 5 Personen)");
      expect(text).not.toContain("Beteiligung");
    });
  });
});
