/**
 * The managers' progress summary over real HTTP with real-shaped Teams activities; the
 * organisation's members, answers and deliveries are seeded through the repositories. The app
 * runs on a fixed clock: Wednesday 13 May 2026, noon in Berlin, so the rounds (weeks from
 * Monday) are the same whatever day the test runs on.
 */
import { addDays } from "../../bot/domain/calendar";
import type { Repositories } from "../../bot/store";
import { fakeClock } from "./delivery-fixtures";
import { expectValidCard } from "../support/adaptive-card-validation";
import { cardOf, cardText, startBotHarness, type BotHarness } from "../support/bot-harness";
import { actionsWithVerb, buttonData, inputValue, type InvokeBody } from "../support/card-inspection";
import { orgConfig } from "../support/org-fixture";
import { clickForCard, progressSeeding, SECRET_TEXT, type ProgressSeeding } from "../support/progress-seeding";
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

const NOW = new Date("2026-05-13T10:00:00.000Z");
const DAY_MS = 86_400_000;
const daysAgo = (days: number) => new Date(NOW.getTime() - days * DAY_MS);

describe("progress summary for managers", () => {
  let bot: BotHarness;
  let repos: Repositories;
  let seed: ProgressSeeding;
  const cycle = { kind: "first" as const, start: "2026-03-02", selfReportDue: addDays("2026-05-13", 300) };

  beforeAll(async () => {
    bot = await startBotHarness({}, { clock: fakeClock(NOW) });
    repos = (await bot.services()).repos;
    seed = progressSeeding(bot, repos);
    await repos.orgs.save(orgConfig({ cycle }));
    for (const user of [ANNA, JONAS, MIRIAM]) await bot.post(message(user, bot.connector.serviceUrl, "hallo"));
    await repos.members.update(TENANT_ID, ANNA.aadObjectId, (member) => ({ ...member, roles: ["manager"] }));
    await repos.members.update(TENANT_ID, MIRIAM.aadObjectId, (member) => ({ ...member, roles: ["qualityOfficer"] }));
  });
  afterAll(async () => bot.stop());
  beforeEach(() => bot.clear());

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
    const card = await clickForCard(bot, ANNA, "progress.show", filters);
    return { card, text: cardText(card) };
  }

  async function drillDown(card: unknown, area: string) {
    const data = actionsWithVerb(card, "progress.area").find((each) => each.area === area);
    if (!data) throw new Error(`no row for ${area}:\n${cardText(card)}`);
    return cardText(await clickForCard(bot, ANNA, "progress.area", data));
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
      expect(text).toContain("Zahlen erscheinen nach Ende einer Fragerunde (eine Woche), sobald mindestens 5 Personen");
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
      expect(sent?.text).toContain(
        "Das können nur Führungskräfte und Qualitätsbeauftragte. Bitte wenden Sie sich an sie.",
      );
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
        expect(String(body.value)).toContain(
          "Das können nur Führungskräfte und Qualitätsbeauftragte. Bitte wenden Sie sich an sie.",
        );
      }
      bot.clear();
      await bot.post(submitAction(JONAS, bot.connector.serviceUrl, { verb: "progress.show", ...claims }));
      expect(bot.sent()[0]?.text).toContain(
        "Das können nur Führungskräfte und Qualitätsbeauftragte. Bitte wenden Sie sich an sie.",
      );
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

  describe("with answers from three groups and people in no group", () => {
    const paedagogik = ["p1", "p2", "p3", "p4", "p5", "p6", "p7"];
    const verwaltung = ["v1", "v2", "v3", "v4", "v5", "v6"];
    const ohne = ["u1", "u2", "u3", "u4", "u5"];

    beforeAll(async () => {
      // Leitung: Anna, Jonas and Miriam, too few for figures of its own.
      for (const user of [ANNA, JONAS, MIRIAM])
        await repos.members.update(TENANT_ID, user.aadObjectId, (member) => ({ ...member, group: "leitung" }));
      for (const id of paedagogik) await seed.member(id, "paedagogik");
      for (const id of verwaltung) await seed.member(id, "verwaltung");
      for (const id of ohne) await seed.member(id);
      for (const id of paedagogik) {
        await seed.answer(id, "paedagogik", daysAgo(8), "kernprozess", "results");
        await seed.answer(id, "paedagogik", daysAgo(43), "leitbild", "rationale");
      }
      for (const id of paedagogik.slice(0, 5))
        await seed.answer(id, "paedagogik", daysAgo(22), "kernprozess", "procedures");
      for (const id of verwaltung) await seed.answer(id, "verwaltung", daysAgo(22), "controlling", "results");
      // Three of Verwaltung last week: fewer than k since its last step, so they wait.
      for (const id of verwaltung.slice(0, 3))
        await seed.answer(id, "verwaltung", daysAgo(8), "controlling", "evaluation");
      for (const id of ohne) await seed.answer(id, undefined, daysAgo(8), "leitbild", "results");
      // This morning, in the round in progress.
      await seed.answer("p1", "paedagogik", new Date(NOW.getTime() - 3_600_000), "fuehrung", "evaluation");
    });

    it("counts the whole cycle up to the end of the latest round, with a line per group and „weitere“", async () => {
      const { card, text } = await summary({ period: "cycle", group: "all" });
      expect(text).toContain("Zeitraum: Ganzer Zyklus (2. März 2026 – 10. Mai 2026) · Alle Gruppen");
      expect(text).toContain("18 von 18 gefragten Personen (100 %)");
      expect(text).toContain("30 auf 30 gestellte Fragen");
      expect(text).toContain("Kein Vergleich für den ganzen Zyklus.");
      expect(text).toContain("Pädagogik / Beratung\n7 von 7 Personen · 19 Antworten");
      expect(text).toContain("Verwaltung\n6 von 6 Personen · 6 Antworten");
      expect(text).toContain("weitere\n5 von 5 Personen · 5 Antworten");
      expect(text).toContain(
        "Unter „weitere“ zusammengefasst, damit keine Zahl weniger als 5 Personen betrifft: Leitung.",
      );
      expect(text).toContain(
        "Die Zahlen für „Verwaltung“ reichen bis 3. Mai 2026: seither haben dort weniger als 5 Personen geantwortet.",
      );
      expect(text).toContain("Stand: 10. Mai 2026.");
      expect(Buffer.byteLength(JSON.stringify(card))).toBeLessThan(25 * 1024);
    });

    it("counts the last four weeks of rounds and compares them with the four weeks before", async () => {
      const { text } = await summary({ period: "fourWeeks", group: "all" });
      expect(text).toContain("Zeitraum: Letzte vier Wochen (13. April 2026 – 10. Mai 2026)");
      expect(text).toContain("23 auf 23 gestellte Fragen");
      expect(text).toContain("▲ +16 Antworten");
      expect(text).toContain("davor: 7 Antworten von 7 Personen");
    });

    it("shows the coverage map and the gaps, with statuses in words", async () => {
      const { text } = await summary({ period: "cycle", group: "all" });
      expect(text).toContain("● genug · ◐ wenig · ○ unter 5 Personen");
      expect(text).toContain("Bg Begründung · Vf Verfahren · Er Ergebnisse · Bw Bewertung · Sf Schlussfolgerungen");
      for (const label of ["QB 1 Leitbild", "QB 4 Lehr-Lern-Prozess", "QB 9 Controlling", "QB 11 Strategische Ziele"])
        expect(text).toContain(label);
      expect(text).toContain(
        "Für QB 2 Bedarfserschließung fehlen noch Begründungen von mindestens 5 Personen – die nächsten Runden fragen gezielt danach.",
      );
    });

    it("drills down into an area with counts, people and the step they came with, nothing below k", async () => {
      const { card } = await summary({ period: "cycle", group: "all" });
      const kern = await drillDown(card, "kernprozess");
      expect(kern).toContain("QB 4 Lehr-Lern-Prozess");
      expect(kern).toContain("VHS Musterstadt · Ganzer Zyklus bis 10. Mai 2026 · alle Gruppen");
      expect(kern).toContain("2 von 5 Dimensionen haben genug Antworten.");
      expect(kern).toContain("Ergebnisse\n7 Antworten von 7 Personen · zuletzt ergänzt bis 10. Mai 2026\n● genug");
      expect(kern).toContain("Verfahren\n5 Antworten von 5 Personen · zuletzt ergänzt bis 26. April 2026\n● genug");
      expect(kern).toContain(
        "Bewertung\nAntworten von weniger als 5 Personen oder noch keine – Zahlen gibt es erst ab 5 Personen.\n○ unter 5 Personen",
      );
      // Three from Verwaltung last week and one this morning: no number, no date, nothing new.
      const controlling = await drillDown(card, "controlling");
      expect(controlling).toContain("Bewertung\nAntworten von weniger als 5 Personen oder noch keine");
      const fuehrung = await drillDown(card, "fuehrung");
      expect(fuehrung).not.toMatch(/\b1 Antwort|heute|gestern|vor \d+/);
    });

    it("shows a group with k members alone, its own areas and when its figures end", async () => {
      const { card, text } = await summary({ period: "cycle", group: "verwaltung" });
      expect(text).toContain("6 von 6 gefragten Personen (100 %)");
      expect(text).toContain("Die Zahlen für „Verwaltung“ reichen bis 3. Mai 2026");
      expect(text).toContain("QB 9 Controlling");
      expect(text).not.toContain("QB 4 Lehr-Lern-Prozess");
      expect(inputValue(card, "group")).toBe("verwaltung");
      expect(await drillDown(card, "controlling")).toContain("Ergebnisse\n6 Antworten von 6 Personen");
    });

    it("gives a group of fewer than k members no participation of its own, and says why", async () => {
      const { text } = await summary({ period: "cycle", group: "leitung" });
      expect(text).toContain(
        "Die Gruppe „Leitung“ hat 3 Mitglieder. Eigene Zahlen gibt es erst ab 5 Personen, die die App nutzen: Ihre Beteiligung zählt nur zusammen mit anderen",
      );
      expect(text).not.toContain("Beteiligung\n");
      expect(text).toContain("Abdeckung je Qualitätsbereich");
    });

    it("names all the group's members a manager knows, never how many of them use the app (a figure about fewer than k people)", async () => {
      // Jonas removed the app: Leitung still has three members, two of them with the app.
      await repos.members.update(TENANT_ID, JONAS.aadObjectId, (member) => ({ ...member, isInstalled: false }));
      const { text } = await summary({ period: "cycle", group: "leitung" });
      await repos.members.update(TENANT_ID, JONAS.aadObjectId, (member) => ({ ...member, isInstalled: true }));
      expect(text).toContain("Die Gruppe „Leitung“ hat 3 Mitglieder.");
      expect(text).not.toMatch(/weniger als \d+ Mitglieder/);
      expect(text).not.toMatch(/nutzen? \d+ die App/);
    });

    it("never shows names or answer text", async () => {
      const { card, text } = await summary({ period: "cycle", group: "all" });
      const kern = await drillDown(card, "kernprozess");
      for (const shown of [text, kern, JSON.stringify(card)]) {
        expect(shown).not.toContain(SECRET_TEXT);
        expect(shown).not.toMatch(/Person [puv]\d|Anna|Jonas|Miriam/);
      }
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
          cycle: { kind: "recertification", start: "2026-05-13", selfReportDue: "2027-05-13" },
        }),
      );
      await bot.post(message(lena, bot.connector.serviceUrl, "hallo"));
      await repos.members.update(otherTenant, lena.aadObjectId, (member) => ({ ...member, roles: ["manager"] }));
      // Six people answered in the last cycle, yesterday.
      const other = progressSeeding(bot, repos, otherTenant);
      for (const id of ["a1", "a2", "a3", "a4", "a5", "a6"])
        await other.answer(id, "paedagogik", daysAgo(1), "leitbild", "results");
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
