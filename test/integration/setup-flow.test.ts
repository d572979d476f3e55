import { orgConfigSchema } from "../../bot/domain/org-config";
import { startBotHarness, type BotHarness } from "../support/bot-harness";
import { buttonData, inputValue } from "../support/card-inspection";
import { ANNA, MIRIAM, TENANT_ID, installationAdd } from "../support/teams-activities";
import {
  cardText,
  daysFromToday,
  monthsFromToday,
  talkTo,
  today,
  validCard,
  validSentCard,
  type Talk,
} from "./setup-helpers";

describe("setting up an organisation in Teams (quality officer)", () => {
  let bot: BotHarness;
  let talk: Talk;

  beforeAll(async () => {
    bot = await startBotHarness({ BOOTSTRAP_QUALITY_OFFICERS: MIRIAM.aadObjectId });
    talk = talkTo(bot);
  });
  afterAll(async () => bot.stop());

  const repos = async () => (await bot.services()).repos;

  it("tells a staff member kindly that the organisation is not set up yet, for everything that needs it", async () => {
    for (const text of ["frage", "meine antworten", "einstellungen"]) {
      const [reply] = await talk.say(ANNA, text);
      expect(reply?.text).toContain("noch nicht eingerichtet");
    }
    // Not hers before or after setup: the refusal says who may, not that setup is missing.
    const [progress] = await talk.say(ANNA, "fortschritt");
    expect(progress?.text).toBe(
      "Das können nur Führungskräfte und Qualitätsbeauftragte. Bitte wenden Sie sich an sie.",
    );
    const [help] = await talk.say(ANNA, "hilfe");
    expect(cardText(validSentCard([help ?? {}]))).toContain("Für alle");
  });

  it("does not let a staff member open the setup", async () => {
    const [reply] = await talk.say(ANNA, "einrichtung");
    expect(reply?.text).toBe("Das können nur Qualitätsbeauftragte. Bitte wenden Sie sich an sie.");
  });

  it("follows the welcome with the setup card when a quality officer installs the bot before setup", async () => {
    bot.clear();
    await bot.post(installationAdd(MIRIAM, bot.connector.serviceUrl));
    const sent = bot.sent();
    expect(sent).toHaveLength(2);
    expect(cardText(validSentCard([sent[0] ?? {}]))).toContain("Willkommen bei lqw-reflect");
    const setup = cardText(validSentCard([sent[1] ?? {}]));
    expect(setup).toContain("Schritt 1 von 7 · Qualitätsmodell und Zyklus");
    expect(setup).toContain("noch nicht eingerichtet");
  });

  it("answers a quality officer's „frage“ before setup with the setup card", async () => {
    const card = validSentCard(await talk.say(MIRIAM, "frage"));
    expect(cardText(card)).toContain("Schritt 1 von 7");
    expect(inputValue(card, "model")).toBe("lqw");
    expect(inputValue(card, "modelVersion")).toBe(""); // no default version: the officer names the Leitfaden in use
    expect(inputValue(card, "cycleStart")).toBe(today());
    expect(inputValue(card, "cycleKind")).toBe("first");
  });

  const step1 = () => ({
    step: 1,
    model: "lqw",
    modelVersion: "LQW 2",
    cycleKind: "first",
    cycleStart: today(),
    selfReportDue: monthsFromToday(10),
    testatExpiry: "",
  });

  it("explains invalid dates on the card in German and keeps what was typed", async () => {
    const past = await talk.click(MIRIAM, "setup.next", {
      ...step1(),
      modelVersion: "LQW 3",
      selfReportDue: "2020-01-15",
    });
    let card = validCard(past);
    expect(cardText(card)).toContain("Der Selbstreport-Termin liegt in der Vergangenheit");
    expect(cardText(card)).toContain("Schritt 1 von 7");
    expect(inputValue(card, "selfReportDue")).toBe("2020-01-15");
    expect(inputValue(card, "modelVersion")).toBe("LQW 3");

    card = validCard(
      await talk.click(MIRIAM, "setup.next", {
        ...step1(),
        cycleKind: "recertification",
        testatExpiry: monthsFromToday(6),
      }),
    );
    expect(cardText(card)).toContain("Das Testat läuft vor dem Selbstreport-Termin ab");
    expect(inputValue(card, "testatExpiry")).toBe(monthsFromToday(6));
    expect(inputValue(card, "cycleKind")).toBe("recertification");

    card = validCard(await talk.click(MIRIAM, "setup.next", { ...step1(), cycleKind: "recertification" }));
    expect(cardText(card)).toContain("Bei einer Retestierung brauche ich das Ablaufdatum");

    card = validCard(await talk.click(MIRIAM, "setup.next", { ...step1(), cycleStart: monthsFromToday(11) }));
    expect(cardText(card)).toContain("nach dem Beginn des Zyklus fällig");
    expect(await (await repos()).setupDrafts.get(TENANT_ID)).toBeUndefined();
  });

  it("moves on to the schedule once the first step is valid, and keeps it in the draft", async () => {
    const card = validCard(await talk.click(MIRIAM, "setup.next", step1()));
    expect(cardText(card)).toContain("Schritt 2 von 7 · Zeitplan");
    expect(inputValue(card, "weekday")).toBe("2");
    expect(inputValue(card, "time")).toBe("10:00");
    expect(inputValue(card, "frequency")).toBe("weekly");
    expect(inputValue(card, "timeZone")).toBe("Europe/Berlin");
    const draft = (await (await repos()).setupDrafts.get(TENANT_ID))?.value;
    expect(draft).toMatchObject({
      step: 2,
      model: "lqw",
      cycle: { kind: "first", start: today(), selfReportDue: monthsFromToday(10) },
    });
  });

  it("refuses an impossible time and an unknown time zone, keeping the typed values", async () => {
    const card = validCard(
      await talk.click(MIRIAM, "setup.next", {
        step: 2,
        weekday: "4",
        time: "25:00",
        frequency: "biweekly",
        timeZone: "Mars/Olympus",
      }),
    );
    const text = cardText(card);
    expect(text).toContain("„Uhrzeit“: Bitte eine Uhrzeit wie 09:30 angeben");
    expect(text).toContain("„Zeitzone“: Diese Zeitzone kenne ich nicht");
    expect(inputValue(card, "time")).toBe("25:00");
    expect(inputValue(card, "timeZone")).toBe("Mars/Olympus");
    expect(inputValue(card, "weekday")).toBe("4");
    expect(inputValue(card, "frequency")).toBe("biweekly");
  });

  it("goes back to the first step with its saved values, and forward again", async () => {
    let card = validCard(
      await talk.click(MIRIAM, "setup.back", {
        step: 2,
        weekday: "4",
        time: "09:30",
        frequency: "biweekly",
        timeZone: "Europe/Berlin",
      }),
    );
    expect(cardText(card)).toContain("Schritt 1 von 7");
    expect(inputValue(card, "selfReportDue")).toBe(monthsFromToday(10));
    card = validCard(await talk.click(MIRIAM, "setup.next", step1()));
    expect(cardText(card)).toContain("Schritt 2 von 7");
    expect(inputValue(card, "time")).toBe("09:30");
    expect(inputValue(card, "weekday")).toBe("4");
  });

  it("adds and removes quiet periods, explaining a period that ends before it starts", async () => {
    let card = validCard(
      await talk.click(MIRIAM, "setup.next", {
        step: 2,
        weekday: "2",
        time: "10:00",
        frequency: "weekly",
        timeZone: "Europe/Berlin",
      }),
    );
    expect(cardText(card)).toContain("Schritt 3 von 7 · Ruhezeiten");
    expect(cardText(card)).toContain("Noch keine Ruhezeiten");

    card = validCard(
      await talk.click(MIRIAM, "setup.quietAdd", {
        quietLabel: "Weihnachtsferien",
        quietFrom: daysFromToday(30),
        quietTo: daysFromToday(20),
      }),
    );
    expect(cardText(card)).toContain("Die Ruhezeit endet vor ihrem Beginn");
    expect(inputValue(card, "quietLabel")).toBe("Weihnachtsferien");
    expect(inputValue(card, "quietFrom")).toBe(daysFromToday(30));

    card = validCard(
      await talk.click(MIRIAM, "setup.quietAdd", {
        quietLabel: "Weihnachtsferien",
        quietFrom: daysFromToday(20),
        quietTo: daysFromToday(30),
      }),
    );
    expect(cardText(card)).toContain("Ruhezeit „Weihnachtsferien“ hinzugefügt");
    expect(inputValue(card, "quietLabel")).toBe("");
    card = validCard(
      await talk.click(MIRIAM, "setup.quietAdd", {
        quietLabel: "Betriebsausflug",
        quietFrom: daysFromToday(40),
        quietTo: daysFromToday(40),
      }),
    );
    let draft = (await (await repos()).setupDrafts.get(TENANT_ID))?.value;
    expect(draft?.quietPeriods.map((period) => period.label)).toEqual(["Weihnachtsferien", "Betriebsausflug"]);

    const outing = draft?.quietPeriods.find((period) => period.label === "Betriebsausflug");
    card = validCard(await talk.click(MIRIAM, "setup.quietRemove", { quietRemove: outing?.id ?? "" }));
    expect(cardText(card)).toContain("1 Ruhezeit entfernt");
    draft = (await (await repos()).setupDrafts.get(TENANT_ID))?.value;
    expect(draft?.quietPeriods.map((period) => period.label)).toEqual(["Weihnachtsferien"]);
  });

  it("edits groups: defaults per model, duplicate names refused, add and remove, areas as a multi-select", async () => {
    let card = validCard(
      await talk.click(MIRIAM, "setup.next", { step: 3, quietLabel: "", quietFrom: "", quietTo: "" }),
    );
    expect(cardText(card)).toContain("Schritt 4 von 7 · Gruppen und Qualitätsbereiche");
    expect(inputValue(card, "groupName_leitung")).toBe("Leitung");
    expect(String(inputValue(card, "groupAreas_verwaltung")).split(",")).toContain("controlling");
    expect(cardText(card)).toContain("QB 4 · Lehr-Lern-Prozess");
    expect(inputValue(card, "groupAudiences_leitung")).toBe("management");
    expect(inputValue(card, "groupAudiences_paedagogik")).toBe("pedagogical");
    expect(buttonData(card, "Weiter")).toMatchObject({ step: 4, audiences: 1 });

    const shown = {
      ...buttonData(card, "Weiter"),
      page: 0,
      groupName_leitung: "Leitung",
      groupAreas_leitung: "leitbild,fuehrung,controlling,strategische_entwicklungsziele",
      groupAudiences_leitung: "management",
      groupName_paedagogik: "Leitung ",
      groupAreas_paedagogik: "leitbild,kernprozess,evaluation",
      groupAudiences_paedagogik: "pedagogical",
      groupName_verwaltung: "Verwaltung",
      groupAreas_verwaltung: "",
      groupAudiences_verwaltung: "administration",
      newGroupName: "",
    };
    card = validCard(await talk.click(MIRIAM, "setup.next", shown));
    expect(cardText(card)).toContain("Den Gruppennamen „Leitung“ gibt es zweimal");
    expect(cardText(card)).toContain("Die Gruppe „Verwaltung“ braucht mindestens einen Qualitätsbereich");
    expect(inputValue(card, "groupName_paedagogik")).toBe("Leitung ");
    expect(inputValue(card, "groupAreas_verwaltung")).toBe("");

    const fixed = { ...shown, groupName_paedagogik: "Kursleitende", groupAreas_verwaltung: "leitbild,infrastruktur" };
    card = validCard(await talk.click(MIRIAM, "setup.groupAdd", { ...fixed, newGroupName: "kursleitende" }));
    expect(cardText(card)).toContain("Den Gruppennamen „kursleitende“ gibt es zweimal");
    card = validCard(await talk.click(MIRIAM, "setup.groupAdd", { ...fixed, newGroupName: "Beratung & Service" }));
    expect(cardText(card)).toContain("Gruppe „Beratung & Service“ hinzugefügt");
    expect(inputValue(card, "groupName_beratung-service")).toBe("Beratung & Service");
    expect(inputValue(card, "groupName_paedagogik")).toBe("Kursleitende");

    card = validCard(
      await talk.click(MIRIAM, "setup.groupRemove", {
        ...buttonData(card, "Gruppe entfernen"),
        ...fixed,
        groupId: "verwaltung",
      }),
    );
    expect(cardText(card)).toContain("Gruppe „Verwaltung“ entfernt");
    expect(inputValue(card, "groupName_verwaltung")).toBeUndefined();
    const draft = (await (await repos()).setupDrafts.get(TENANT_ID))?.value;
    expect(draft?.groups.map((group) => group.name)).toEqual(["Leitung", "Kursleitende", "Beratung & Service"]);
    expect(draft?.groups[0]?.areas).toEqual(["leitbild", "fuehrung", "controlling", "strategische_entwicklungsziele"]);
  });

  it("checks the anonymity threshold and shows the definition under the model's own term", async () => {
    let card = validCard(
      await talk.click(MIRIAM, "setup.next", {
        step: 4,
        audiences: 1,
        page: 0,
        groupName_leitung: "Leitung",
        groupAreas_leitung: "leitbild,fuehrung,controlling,strategische_entwicklungsziele",
        groupAudiences_leitung: "management,qualityOfficer",
        groupName_paedagogik: "Kursleitende",
        groupAreas_paedagogik: "leitbild,kernprozess,evaluation",
        groupAudiences_paedagogik: "pedagogical",
        "groupName_beratung-service": "Beratung & Service",
        "groupAreas_beratung-service": "leitbild,kernprozess,evaluation,kundenkommunikation",
        // Nothing ticked: a multi-select without a value is left out of the payload.
        newGroupName: "",
      }),
    );
    expect(cardText(card)).toContain("Schritt 5 von 7 · Zuständig für Sachfragen");
    expect(inputValue(card, "owner_personal")).toBe("qualityOfficers");
    card = validCard(await talk.click(MIRIAM, "setup.next", { step: 5, owner_controlling: "managers" }));
    expect(cardText(card)).toContain("Schritt 6 von 7");
    expect(cardText(card)).toContain("Die Definition gelungenen Lernens Ihrer Einrichtung");
    expect(inputValue(card, "threshold")).toBe(5);

    const details = {
      step: 6,
      threshold: 1,
      language: "de",
      successDefinition:
        "Lernen ist gelungen, wenn Teilnehmende ihre selbst gesetzten Ziele erreichen und das Gelernte im Alltag anwenden.",
      orgName: "Volkshochschule Musterstadt",
    };
    card = validCard(await talk.click(MIRIAM, "setup.next", details));
    expect(cardText(card)).toContain("Die Anonymitätsschwelle muss eine ganze Zahl von 2 bis 50 sein");
    expect(inputValue(card, "successDefinition")).toBe(details.successDefinition);

    card = validCard(await talk.click(MIRIAM, "setup.next", { ...details, threshold: 6 }));
    const summary = cardText(card);
    expect(summary).toContain("Schritt 7 von 7 · Zusammenfassung");
    expect(summary).toContain("LQW (LQW 2)");
    expect(summary).toContain("jede Woche, Dienstag, 10:00 Uhr (Europe/Berlin)");
    expect(summary).toContain("Weihnachtsferien");
    expect(summary).toContain("Leitung: 4 Qualitätsbereiche · Fragen für: alle, Leitung, Qualitätsbeauftragte");
    expect(summary).toContain("Kursleitende: 3 Qualitätsbereiche · Fragen für: alle, pädagogisches Personal");
    expect(summary).toContain("Beratung & Service: 4 Qualitätsbereiche · nur die Fragen an alle");
    expect(summary).toContain("QB 9 · Controlling: alle mit der Rolle Leitung");
    expect(summary).toContain("alle anderen Bereiche: die Qualitätsbeauftragten");
    expect(summary).toContain("Volkshochschule Musterstadt");
    expect(summary).toContain("Einrichtung abschließen");
  });

  it("finishes the setup: a valid configuration is stored, audited, and staff can start", async () => {
    const done = validCard(await talk.click(MIRIAM, "setup.finish", { step: 7 }));
    expect(cardText(done)).toContain("Einrichtung abgeschlossen");
    expect(cardText(done)).toContain("lqw-reflect ist für Volkshochschule Musterstadt eingerichtet");
    expect(cardText(done)).toContain("Nächster Versand:");

    const store = await repos();
    const config = await store.orgs.get(TENANT_ID);
    expect(orgConfigSchema.safeParse(config).success).toBe(true);
    expect(config).toMatchObject({
      name: "Volkshochschule Musterstadt",
      model: "lqw",
      modelVersion: "LQW 2",
      cycle: { kind: "first", start: today(), selfReportDue: monthsFromToday(10) },
      schedule: { weekday: 2, time: "10:00", frequency: "weekly", timeZone: "Europe/Berlin" },
      anonymityThreshold: 6,
      defaultLocale: "de",
    });
    expect(config?.quietPeriods).toEqual([
      expect.objectContaining({ label: "Weihnachtsferien", from: daysFromToday(20), to: daysFromToday(30) }),
    ]);
    expect(config?.groups.map((group) => group.id)).toEqual(["leitung", "paedagogik", "beratung-service"]);
    expect(config?.groups.map((group) => group.audiences)).toEqual([
      ["management", "qualityOfficer"],
      ["pedagogical"],
      [],
    ]);
    expect(config?.areaOwners).toEqual({ controlling: { kind: "managers" } });
    expect(config?.setupCompletedAt).toBeDefined();
    expect(await store.setupDrafts.get(TENANT_ID)).toBeUndefined();

    const { entries } = await store.audit.list(TENANT_ID, 10);
    expect(entries).toEqual([
      expect.objectContaining({
        action: "config.changed",
        actorMemberId: MIRIAM.aadObjectId,
        details: { fields: expect.stringContaining("areaOwners"), fieldCount: 12, isFirstSetup: true },
      }),
    ]);
    expect(JSON.stringify(entries)).not.toContain("Lernen ist gelungen");

    const [reply] = await talk.say(ANNA, "einstellungen");
    expect(cardText(validSentCard([reply ?? {}]))).toContain("Kursleitende");
  });

  it("works from clients without Universal Actions (Action.Submit), answering with a new message", async () => {
    const card = validSentCard(await talk.submit(MIRIAM, { verb: "setup.open", step: 2 }));
    expect(cardText(card)).toContain("Schritt 2 von 7 · Zeitplan");
    expect(buttonData(card, "Weiter")).toMatchObject({ verb: "setup.next", step: 2 });
    await talk.click(MIRIAM, "setup.discard", { step: 2 });
    expect(await (await repos()).setupDrafts.get(TENANT_ID)).toBeUndefined();
  });
});
