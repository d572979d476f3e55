import { nextScheduledRun } from "../../bot/domain/next-send";
import { formatDateTime } from "../../bot/i18n/format";
import { startBotHarness, type BotHarness } from "../support/bot-harness";
import { buttonData } from "../support/card-inspection";
import { seedOrg } from "../support/org-fixture";
import { ANNA, EMMA, JONAS, MIRIAM, TENANT_ID, installationAdd, installationRemove } from "../support/teams-activities";
import { cardText, daysFromToday, monthsFromToday, talkTo, validCard, validSentCard, type Talk } from "./setup-helpers";
import type { OrgConfig } from "../../bot/domain/org-config";

describe("the quality officer's overview card", () => {
  let bot: BotHarness;
  let talk: Talk;
  let config: OrgConfig;

  beforeAll(async () => {
    bot = await startBotHarness({ BOOTSTRAP_QUALITY_OFFICERS: MIRIAM.aadObjectId });
    talk = talkTo(bot);
    const { repos } = await bot.services();
    config = await seedOrg(repos, {
      cycle: {
        kind: "recertification",
        start: daysFromToday(-90),
        selfReportDue: daysFromToday(200),
        testatExpiry: monthsFromToday(12),
      },
      quietPeriods: [{ id: "sommer", label: "Sommerferien", from: daysFromToday(100), to: daysFromToday(140) }],
    });
    for (const user of [ANNA, JONAS, MIRIAM, EMMA]) await bot.post(installationAdd(user, bot.connector.serviceUrl));
    await talk.say(ANNA, `pause bis ${daysFromToday(10)}`);
    // Emma's holiday is still ahead; Jonas is on one today.
    await repos.members.update(TENANT_ID, EMMA.aadObjectId, (member) => ({
      ...member,
      isReachable: false,
      group: "verwaltung",
      vacations: [{ from: daysFromToday(20), to: daysFromToday(25) }],
    }));
    await repos.members.update(TENANT_ID, JONAS.aadObjectId, (member) => ({
      ...member,
      roles: ["manager"],
      group: "leitung",
      vacations: [{ from: daysFromToday(-1), to: daysFromToday(3) }],
    }));
  });
  afterAll(async () => bot.stop());

  it("shows configuration, member counts and the next run at a glance – counts only, never names", async () => {
    // No prompt recorded yet: the next run is the first slot the scheduler will take (read before and after the turn).
    const nextRun = (at: Date) =>
      formatDateTime(nextScheduledRun(config, at, () => false) ?? at, "de", "Europe/Berlin");
    const before = nextRun(new Date());
    const card = validSentCard(await talk.say(MIRIAM, "übersicht"));
    const after = nextRun(new Date());
    const text = cardText(card);
    expect(text).toContain("Übersicht");
    expect(text).toContain("VHS Musterstadt");
    expect(text).toContain("LQW (LQW 2)");
    expect(text).toContain("Retestierung");
    expect(text).toContain("(in 200 Tagen)");
    expect(text).toContain("jede Woche, Dienstag, 10:00 Uhr (Europe/Berlin)");
    expect(text).toContain("Sommerferien");
    expect(text).toContain("Leitung: 11 Qualitätsbereiche");
    expect(text).toContain("Lernen ist gelungen, wenn Teilnehmende");

    expect(text.includes(before) || text.includes(after)).toBe(true);

    const facts = Object.fromEntries(
      JSON.stringify(card)
        .match(/\{"title":"[^"]+","value":"\d+"\}/g)
        ?.map((fact) => JSON.parse(fact) as { title: string; value: string })
        .map((fact) => [fact.title, fact.value]) ?? [],
    );
    expect(facts).toMatchObject({
      "App installiert": "4",
      Erreichbar: "3",
      "Pausiert oder im Urlaub": "2",
      "Noch ohne Gruppe": "2",
      Führungskräfte: "1",
      // Miriam through the configuration, as „rollen“ lists her.
      Qualitätsbeauftragte: "1",
    });
    for (const name of [ANNA.name, JONAS.name, EMMA.name, MIRIAM.name]) expect(text).not.toContain(name);
  });

  it("says who answers each area's fact questions, naming a person setup chose", async () => {
    const { repos } = await bot.services();
    const stored = await repos.orgs.getVersioned(TENANT_ID);
    if (!stored) throw new Error("no configuration");
    const changed = await repos.orgs.save(
      {
        ...stored.value,
        areaOwners: { controlling: { kind: "member", memberId: JONAS.aadObjectId }, personal: { kind: "managers" } },
      },
      stored.etag,
    );
    const text = cardText(validCard(await talk.click(MIRIAM, "overview.open")));
    expect(text).toContain("Zuständig für Sachfragen");
    expect(text).toContain("QB 8 · Personal: alle mit der Rolle Leitung");
    expect(text).toContain(`QB 9 · Controlling: ${JONAS.name}`);
    expect(text).toContain("alle anderen Bereiche: die Qualitätsbeauftragten");
    await repos.orgs.save(stored.value, changed.etag);
  });

  it("counts only members who still have the app", async () => {
    await bot.post(installationRemove(EMMA, bot.connector.serviceUrl));
    const card = validCard(await talk.click(MIRIAM, "overview.open"));
    expect(JSON.stringify(card)).toContain('{"title":"App installiert","value":"3"}');
    expect(JSON.stringify(card)).toContain('{"title":"Erreichbar","value":"3"}');
    await bot.post(installationAdd(EMMA, bot.connector.serviceUrl));
  });

  it("counts the roles that „rollen“ lists, also of a manager who removed the app", async () => {
    await bot.post(installationRemove(JONAS, bot.connector.serviceUrl));
    const overview = JSON.stringify(validCard(await talk.click(MIRIAM, "overview.open")));
    const roles = cardText(validSentCard(await talk.say(MIRIAM, "rollen")));
    expect(roles).toContain(`${JONAS.name}`);
    expect(roles).toContain("Führungskraft · App nicht installiert");
    expect(overview).toContain('{"title":"Führungskräfte","value":"1"}');
    expect(overview).toContain('{"title":"Qualitätsbeauftragte","value":"1"}');
    await bot.post(installationAdd(JONAS, bot.connector.serviceUrl));
  });

  it("opens each setup step directly from its section", async () => {
    const overview = validSentCard(await talk.say(MIRIAM, "übersicht"));
    expect(buttonData(overview, "Ändern")).toMatchObject({ verb: "setup.open", step: 1 });
    for (const [step, title] of [
      [2, "Schritt 2 von 7 · Zeitplan"],
      [3, "Schritt 3 von 7 · Ruhezeiten"],
      [4, "Schritt 4 von 7 · Gruppen und Qualitätsbereiche"],
      [5, "Schritt 5 von 7 · Zuständig für Sachfragen"],
      [6, "Schritt 6 von 7 · Datenschutz, Sprache und Definition"],
    ] as const) {
      const card = validCard(await talk.click(MIRIAM, "setup.open", { step }));
      expect(cardText(card)).toContain(title);
    }
    const roles = validCard(await talk.click(MIRIAM, "roles.open"));
    expect(cardText(roles)).toContain("Wer hat eine Rolle?");
    await talk.click(MIRIAM, "setup.discard", { step: 5 });
  });

  it("is for quality officers only, also when a staff member forges the card action", async () => {
    const [typed] = await talk.say(JONAS, "übersicht");
    expect(typed?.text).toBe("Das können nur Qualitätsbeauftragte. Bitte wenden Sie sich an sie.");
    const forged = await talk.click(ANNA, "overview.open", { roles: ["qualityOfficer"] });
    expect(forged.value).toBe("Das können nur Qualitätsbeauftragte. Bitte wenden Sie sich an sie.");
  });
});
