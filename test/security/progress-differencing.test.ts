/**
 * Issue 20, attack 1: a manager who learns one person's participation from the progress
 * summary. As a manager in the real bot over HTTP, the attacker requests every view the card
 * offers (each period and group, every area's drill-down) and tries the three attacks that
 * worked: a drill-down cell about one person ("1 Antwort von < 5 Personen · neueste heute"),
 * "Alle Gruppen" minus "Leitung" to recover a one-member group, and the summary before and
 * after one person answers. Nothing shown may be about fewer than k = 5 people.
 *
 * The organisation: Leitung (Anna, the manager, and four others), Pädagogik with four members,
 * Verwaltung with one (f1); Jonas is a staff member in no group. The app runs on a fixed clock,
 * Wednesday 13 May 2026, noon in Berlin.
 */
import type { Repositories } from "../../bot/store";
import { fakeClock } from "../integration/delivery-fixtures";
import { cardOf, startBotHarness, type BotHarness } from "../support/bot-harness";
import { buttonData, type InvokeBody } from "../support/card-inspection";
import { orgConfig } from "../support/org-fixture";
import { everyProgressView, progressSeeding } from "../support/progress-seeding";
import { ANNA, JONAS, TENANT_ID, executeAction, message } from "../support/teams-activities";

jest.setTimeout(180_000);

const K = 5;
const NOW = new Date("2026-05-13T10:00:00.000Z");
const DAY_MS = 86_400_000;
const daysAgo = (days: number) => new Date(NOW.getTime() - days * DAY_MS);
const DIMENSIONS = ["Begründung", "Verfahren", "Ergebnisse", "Bewertung", "Schlussfolgerungen"];

/** "N Antworten von M Personen" for each dimension of a drill-down, where it shows numbers. */
function cellCounts(text: string): Map<string, { answers: number; people: number }> {
  const lines = text.split("\n");
  const counts = new Map<string, { answers: number; people: number }>();
  lines.forEach((line, index) => {
    const detail = lines[index + 1] ?? "";
    const match = /^(\d+) Antworten? von (\d+) Personen?\b/.exec(detail);
    if (DIMENSIONS.includes(line) && match) counts.set(line, { answers: Number(match[1]), people: Number(match[2]) });
  });
  return counts;
}

/** Respondents in the summary, and per group line. */
function respondents(text: string): { total?: number; lines: Map<string, number> } {
  const total = /Antwortende\n(\d+) von \d+ gefragten Person/.exec(text);
  const lines = new Map<string, number>();
  for (const match of text.matchAll(/^([^\n]+)\n(\d+) von \d+ Personen? · \d+ Antwort/gm))
    lines.set(match[1] as string, Number(match[2]));
  return { ...(total ? { total: Number(total[1]) } : {}), lines };
}

const isolates = (difference: number) => difference > 0 && difference < K;

describe("progress summary under attack by a manager (issue 20)", () => {
  let bot: BotHarness;
  let repos: Repositories;
  let views: Map<string, string>;

  beforeAll(async () => {
    bot = await startBotHarness({}, { clock: fakeClock(NOW) });
    repos = (await bot.services()).repos;
    await repos.orgs.save(orgConfig({ cycle: { kind: "first", start: "2026-03-02", selfReportDue: "2027-03-31" } }));
    for (const user of [ANNA, JONAS]) await bot.post(message(user, bot.connector.serviceUrl, "hallo"));
    await repos.members.update(TENANT_ID, ANNA.aadObjectId, (member) => ({
      ...member,
      roles: ["manager"],
      group: "leitung",
    }));
    const seed = progressSeeding(bot, repos);
    const leitung = ["l2", "l3", "l4", "l5"];
    const paedagogik = ["p1", "p2", "p3", "p4"];
    for (const id of leitung) await seed.member(id, "leitung");
    for (const id of paedagogik) await seed.member(id, "paedagogik");
    await seed.member("f1", "verwaltung");
    // Early April everyone reflected on the Leitbild.
    for (const id of [ANNA.aadObjectId, ...leitung])
      await seed.answer(id, "leitung", daysAgo(40), "leitbild", "rationale");
    for (const id of paedagogik) await seed.answer(id, "paedagogik", daysAgo(40), "leitbild", "rationale");
    await seed.answer("f1", "verwaltung", daysAgo(40), "leitbild", "rationale");
    // Last week: Leitung and the one person in Verwaltung on controlling's results, Pädagogik on its own area.
    for (const id of [ANNA.aadObjectId, ...leitung])
      await seed.answer(id, "leitung", daysAgo(8), "controlling", "results");
    await seed.answer("f1", "verwaltung", daysAgo(8), "controlling", "results");
    for (const id of paedagogik) await seed.answer(id, "paedagogik", daysAgo(8), "kernprozess", "results");
    // This morning the person in Verwaltung answered once more, on customer communication.
    await seed.answer("f1", "verwaltung", new Date(NOW.getTime() - 3_600_000), "kundenkommunikation", "results");
    views = await everyProgressView(bot, ANNA);
  });
  afterAll(async () => bot.stop());

  it("shows no drill-down cell about fewer than k people: no count beside „< 5“, no number of people under 5, no recency", () => {
    expect(views.size).toBeGreaterThan(8);
    for (const [view, text] of views) {
      const aboutFew = [
        ...text.matchAll(/\d+ Antworten? von (<|weniger als) ?\d+ Personen?[^\n]*/g),
        ...text.matchAll(/\b[1-4] (gefragten )?Personen?\b[^\n]*/g),
        ...text.matchAll(/[^\n]*\b(heute|gestern|vor \d+ (Tag|Tagen|Woche|Wochen|Monat|Monaten))\b[^\n]*/g),
      ].map((match) => match[0]);
      if (aboutFew.length > 0)
        throw new Error(`${view} shows figures about fewer than ${K} people:\n${aboutFew.join("\n")}`);
    }
  });

  it("cannot recover the one-member Verwaltung by subtracting „Leitung“ (or any group) from „Alle Gruppen“", () => {
    // The same cell in any two views may differ only by k people or more.
    const byCell = new Map<string, { view: string; answers: number; people: number }[]>();
    for (const [view, text] of views) {
      const area = view.split("/")[2];
      if (!area) continue;
      for (const [dimension, counts] of cellCounts(text))
        byCell.set(`${area}/${dimension}`, [...(byCell.get(`${area}/${dimension}`) ?? []), { view, ...counts }]);
    }
    expect(byCell.size).toBeGreaterThan(0);
    for (const [cell, seen] of byCell)
      for (const a of seen)
        for (const b of seen)
          if (isolates(Math.abs(a.people - b.people)) || (a.people === b.people && a.answers !== b.answers))
            throw new Error(
              `${cell}: „${a.view}“ (${a.answers} from ${a.people}) minus „${b.view}“ (${b.answers} from ${b.people}) isolates fewer than ${K} people`,
            );

    // Respondents: all groups minus any group's own view, and minus any set of its lines.
    for (const [view, text] of views) {
      const [period, group, area] = view.split("/");
      if (group !== "all" || area) continue;
      const { total, lines } = respondents(text);
      if (total === undefined) continue;
      const shown = [...lines.values()];
      for (let subset = 1; subset < 2 ** shown.length; subset += 1) {
        const taken = shown.filter((_, index) => subset & (1 << index)).reduce((sum, people) => sum + people, 0);
        if (isolates(total - taken)) throw new Error(`${view}: the total minus group lines leaves ${total - taken}`);
      }
      for (const [other, otherText] of views) {
        const [otherPeriod, otherGroup, otherArea] = other.split("/");
        if (otherPeriod !== period || otherGroup === "all" || otherArea) continue;
        const single = respondents(otherText).total;
        if (single !== undefined && isolates(total - single))
          throw new Error(`${view} minus ${other} leaves ${total - single} respondents`);
      }
    }
  });

  it("shows nothing new after one person answers: every view is the same before and after", async () => {
    bot.clear();
    await bot.post(message(JONAS, bot.connector.serviceUrl, "frage"));
    const prompt = cardOf(bot.sent()[0]);
    const saved = await bot.post(
      executeAction(JONAS, bot.connector.serviceUrl, "answer.submit", {
        ...buttonData(prompt, "Absenden"),
        answer: "Wir haben die Anmeldung für Kurse am Abend vereinfacht.",
      }),
    );
    expect((saved.body as InvokeBody).type).toBe("application/vnd.microsoft.card.adaptive");
    const after = await everyProgressView(bot, ANNA);
    for (const [view, text] of views) expect({ view, text: after.get(view) }).toEqual({ view, text });
    expect([...after.keys()]).toEqual([...views.keys()]);
  });
});
