import type { OrgConfig } from "../../bot/domain/org-config";
import { answer, collectPages } from "../contract/support/contract-fixtures";
import { startBotHarness, type BotHarness } from "../support/bot-harness";
import { inputValue } from "../support/card-inspection";
import { seedOrg } from "../support/org-fixture";
import { ANNA, JONAS, MIRIAM, TENANT_ID, installationAdd } from "../support/teams-activities";
import { cardText, daysFromToday, talkTo, validCard, validSentCard, type Talk } from "./setup-helpers";

describe("changing the configuration mid-cycle", () => {
  let bot: BotHarness;
  let talk: Talk;
  let seeded: OrgConfig;

  beforeAll(async () => {
    bot = await startBotHarness({ BOOTSTRAP_QUALITY_OFFICERS: MIRIAM.aadObjectId });
    talk = talkTo(bot);
    const { repos } = await bot.services();
    seeded = await seedOrg(repos, {
      cycle: { kind: "first", start: daysFromToday(-60), selfReportDue: daysFromToday(300) },
    });
    for (const user of [ANNA, JONAS, MIRIAM]) await bot.post(installationAdd(user, bot.connector.serviceUrl));
    for (const [instance, area] of [
      ["w1", "kernprozess"],
      ["w2", "evaluation"],
      ["w3", "leitbild"],
    ] as const)
      await repos.answers.saveNew(
        answer({ orgId: TENANT_ID, memberId: ANNA.aadObjectId, instance, area, createdAt: new Date().toISOString() }),
      );
  });
  afterAll(async () => bot.stop());

  const repos = async () => (await bot.services()).repos;
  const cycleStep = (config: OrgConfig) => ({
    step: 1,
    model: config.model,
    modelVersion: config.modelVersion,
    cycleKind: config.cycle.kind,
    cycleStart: config.cycle.start,
    selfReportDue: config.cycle.selfReportDue,
    testatExpiry: config.cycle.testatExpiry ?? "",
  });

  it("starts from the stored configuration", async () => {
    const card = validSentCard(await talk.say(MIRIAM, "einrichtung"));
    expect(inputValue(card, "model")).toBe("lqw");
    expect(inputValue(card, "cycleStart")).toBe(seeded.cycle.start);
    expect(inputValue(card, "selfReportDue")).toBe(seeded.cycle.selfReportDue);
  });

  it("says what a change from LQW to KQB means before saving, and keeps every answer", async () => {
    // The old model's version is refused for the new one, and the field offered empty.
    let card = validCard(await talk.click(MIRIAM, "setup.next", { ...cycleStep(seeded), model: "kqb" }));
    expect(cardText(card)).toContain("Schritt 1 von 7");
    expect(cardText(card)).toContain("Bitte geben Sie die Version Ihres KQB-Leitfadens ein");
    expect(inputValue(card, "modelVersion")).toBe("");
    card = validCard(
      await talk.click(MIRIAM, "setup.next", { ...cycleStep(seeded), model: "kqb", modelVersion: "KQB" }),
    );
    expect(cardText(card)).toContain("Schritt 2 von 7");
    expect(cardText(card)).toContain(
      "Bitte geben Sie in Schritt 6 die Definition gelungener Beratung Ihrer Einrichtung neu ein",
    );
    card = validCard(await talk.click(MIRIAM, "setup.open", { step: 4 }));
    expect(cardText(card)).toContain("QB 4 · Beratungsprozess");
    expect(inputValue(card, "groupAreas_paedagogik")).toBe(seeded.groups[1]?.areas.join(","));
    card = validCard(await talk.click(MIRIAM, "setup.open", { step: 6 }));
    expect(cardText(card)).toContain("Die Definition gelungener Beratung Ihrer Einrichtung");
    expect(inputValue(card, "successDefinition")).toBe("");
    expect(cardText(card)).toContain(seeded.successDefinition.slice(0, 40));
    expect(inputValue(card, "servedTermDe")).toBe("Ratsuchende");
    const definition = "Beratung ist gelungen, wenn Ratsuchende ihren nächsten Schritt selbst benennen.";
    card = validCard(
      await talk.click(MIRIAM, "setup.next", {
        step: 6,
        threshold: seeded.anonymityThreshold,
        language: seeded.defaultLocale,
        successDefinition: definition,
        servedTermDe: "Ratsuchende",
        servedTermEn: "clients",
        orgName: seeded.name,
      }),
    );

    const summary = cardText(card);
    expect(summary).toContain("Schritt 7 von 7");
    expect(summary).toContain("KQB (KQB)");
    expect(summary).toContain("Wechsel von LQW zu KQB");
    expect(summary).toContain("QB 4: „Lehr-Lern-Prozess“ heißt künftig „Beratungsprozess“.");
    expect(summary).toContain(
      "QB 5: „Evaluation der Bildungsprozesse“ heißt künftig „Evaluation der Beratungsprozesse“.",
    );
    expect(summary).toContain("Aus der „Definition gelungenen Lernens“ wird die „Definition gelungener Beratung“.");
    expect(summary).toContain(
      "Gegenüber der gespeicherten Einrichtung geändert: Qualitätsmodell, Modellversion, Definition.",
    );
    expect(summary).toContain("Ratsuchende / clients");
    expect(summary).toContain("Alle bisherigen Antworten bleiben erhalten.");
    expect((await (await repos()).orgs.get(TENANT_ID))?.model).toBe("lqw");

    const done = validCard(await talk.click(MIRIAM, "setup.finish", { step: 7 }));
    expect(cardText(done)).toContain("Ihre Änderungen sind gespeichert");

    const store = await repos();
    const config = await store.orgs.get(TENANT_ID);
    expect(config).toMatchObject({
      model: "kqb",
      modelVersion: "KQB",
      cycle: seeded.cycle,
      successDefinition: definition,
    });
    expect(config?.servedTerm).toBeUndefined();
    expect(config?.groups).toEqual(seeded.groups);
    const { items } = await collectPages(store.answers.streamForOrg(TENANT_ID));
    expect(items.map((saved) => saved.area).sort()).toEqual(["evaluation", "kernprozess", "leitbild"]);
    expect((await store.answers.listForMember(TENANT_ID, ANNA.aadObjectId, { pageSize: 10 })).answers).toHaveLength(3);
    const [entry] = (await store.audit.list(TENANT_ID, 10)).entries;
    expect(entry).toMatchObject({
      action: "config.changed",
      details: { fields: "model,modelVersion,successDefinition", fieldCount: 3, isFirstSetup: false },
    });
  });

  it("shares one draft between quality officers and resumes it after a lost card", async () => {
    await (
      await repos()
    ).members.update(TENANT_ID, JONAS.aadObjectId, (member) => ({ ...member, roles: ["qualityOfficer"] }));
    const current = (await (await repos()).orgs.get(TENANT_ID)) as OrgConfig;
    await talk.click(MIRIAM, "setup.next", { ...cycleStep(current), modelVersion: "KQB 2" });

    const jonas = validSentCard(await talk.say(JONAS, "einrichtung"));
    expect(cardText(jonas)).toContain("Sie setzen den begonnenen Entwurf fort");
    expect(cardText(jonas)).toContain("Schritt 2 von 7");
    await talk.click(JONAS, "setup.next", {
      step: 2,
      weekday: "3",
      time: "08:15",
      frequency: "monthly",
      timeZone: "Europe/Vienna",
    });

    const miriam = validSentCard(await talk.say(MIRIAM, "einrichtung"));
    expect(cardText(miriam)).toContain("Schritt 3 von 7");
    const summary = cardText(validCard(await talk.click(MIRIAM, "setup.open", { step: 7 })));
    expect(summary).toContain("KQB (KQB 2)");
    expect(summary).toContain("einmal im Monat, Mittwoch, 08:15 Uhr (Europe/Vienna)");
  });

  it("explains a concurrent change instead of overwriting it, keeping the draft", async () => {
    const store = await repos();
    const stored = await store.orgs.getVersioned(TENANT_ID);
    if (!stored) throw new Error("no configuration");
    await store.orgs.save({ ...stored.value, anonymityThreshold: 7, updatedAt: new Date().toISOString() }, stored.etag);

    const conflict = cardText(validCard(await talk.click(MIRIAM, "setup.finish", { step: 7 })));
    expect(conflict).toContain(
      "Die Einrichtung wurde inzwischen an anderer Stelle geändert. Ihre Eingaben sind erhalten",
    );
    expect(conflict).toContain("Anonymitätsschwelle");
    expect((await store.orgs.get(TENANT_ID))?.schedule.time).toBe("10:00");
    expect((await store.setupDrafts.get(TENANT_ID))?.value.schedule.time).toBe("08:15");

    const done = cardText(validCard(await talk.click(MIRIAM, "setup.finish", { step: 7 })));
    expect(done).toContain("Einrichtung abgeschlossen");
    expect(await store.orgs.get(TENANT_ID)).toMatchObject({
      modelVersion: "KQB 2",
      schedule: { weekday: 3, time: "08:15", timeZone: "Europe/Vienna" },
    });
  });

  it("refuses forged setup actions from a staff member and changes nothing", async () => {
    const store = await repos();
    const before = await store.orgs.getVersioned(TENANT_ID);
    const auditBefore = (await store.audit.list(TENANT_ID, 100)).entries.length;
    const refusal = "Das können nur Qualitätsbeauftragte. Bitte wenden Sie sich an sie.";
    for (const [verb, data] of [
      [
        "setup.next",
        {
          step: 2,
          weekday: "1",
          time: "06:00",
          frequency: "weekly",
          timeZone: "Europe/Berlin",
          roles: ["qualityOfficer"],
        },
      ],
      ["setup.groupRemove", { step: 4, groupId: "leitung", orgId: "another-tenant" }],
      ["setup.finish", { step: 7 }],
      ["setup.discard", { step: 7 }],
    ] as const) {
      expect((await talk.click(ANNA, verb, data)).value).toBe(refusal);
    }
    expect((await store.orgs.getVersioned(TENANT_ID))?.etag).toBe(before?.etag);
    expect(await store.setupDrafts.get(TENANT_ID)).toBeUndefined();
    expect((await store.audit.list(TENANT_ID, 100)).entries.length).toBe(auditBefore);
  });
});
