import { defaultGroups } from "../../../bot/domain/org-config";
import {
  addGroup,
  checkCycleForm,
  checkDetailsForm,
  checkGroupForms,
  checkOwnersForm,
  checkQuietPeriodForm,
  checkScheduleForm,
  normalizeTimeOfDay,
  removeGroup,
  slug,
  type Checked,
  type CycleForm,
} from "../../../bot/domain/setup-rules";

const TODAY = "2026-11-25";

function problemsOf<T>(checked: Checked<T>): string[] {
  return checked.ok ? [] : checked.problems.map((problem) => `${problem.field}:${problem.code}`);
}

function valueOf<T>(checked: Checked<T>): T {
  if (!checked.ok) throw new Error(`unexpected problems: ${JSON.stringify(checked.problems)}`);
  return checked.value;
}

const PREVIOUS = { model: "lqw", modelVersion: "LQW 2" } as const;

const cycle = (overrides: Partial<CycleForm> = {}): CycleForm => ({
  model: "lqw",
  modelVersion: "LQW 2",
  cycleKind: "first",
  cycleStart: "2026-11-01",
  selfReportDue: "2027-10-31",
  testatExpiry: "",
  ...overrides,
});

describe("setup rules: quality model and cycle", () => {
  it("accepts a first certification and reads German dates as well", () => {
    expect(valueOf(checkCycleForm(cycle({ selfReportDue: "31.10.2027" }), TODAY, PREVIOUS))).toEqual({
      model: "lqw",
      modelVersion: "LQW 2",
      cycle: { kind: "first", start: "2026-11-01", selfReportDue: "2027-10-31" },
    });
  });

  it("refuses a due date in the past, before the start, and an expiry before the due date", () => {
    expect(problemsOf(checkCycleForm(cycle({ selfReportDue: "2026-11-24" }), TODAY, PREVIOUS))).toEqual([
      "selfReportDue:dueInPast",
    ]);
    expect(problemsOf(checkCycleForm(cycle({ cycleStart: "2027-12-01" }), TODAY, PREVIOUS))).toEqual([
      "selfReportDue:dueBeforeStart",
    ]);
    expect(problemsOf(checkCycleForm(cycle({ testatExpiry: "2027-10-31" }), TODAY, PREVIOUS))).toEqual([
      "testatExpiry:expiryBeforeDue",
    ]);
  });

  it("needs the Testat expiry for a re-certification", () => {
    expect(problemsOf(checkCycleForm(cycle({ cycleKind: "recertification" }), TODAY, PREVIOUS))).toEqual([
      "testatExpiry:expiryRequired",
    ]);
    expect(
      valueOf(checkCycleForm(cycle({ cycleKind: "recertification", testatExpiry: "2028-03-31" }), TODAY, PREVIOUS))
        .cycle,
    ).toEqual({
      kind: "recertification",
      start: "2026-11-01",
      selfReportDue: "2027-10-31",
      testatExpiry: "2028-03-31",
    });
  });

  it("names every missing or unreadable field at once", () => {
    expect(
      problemsOf(
        checkCycleForm(
          {
            model: "iso",
            modelVersion: " ",
            cycleKind: "x",
            cycleStart: "",
            selfReportDue: "31.02.2027",
            testatExpiry: "bald",
          },
          TODAY,
          PREVIOUS,
        ),
      ),
    ).toEqual([
      "model:invalidChoice",
      "modelVersion:required",
      "cycleKind:invalidChoice",
      "cycleStart:required",
      "selfReportDue:invalidDate",
      "testatExpiry:invalidDate",
    ]);
  });

  it("has no default version: a changed model needs its own, the old one is refused with the model named", () => {
    const refused = checkCycleForm(cycle({ model: "kqs" }), TODAY, PREVIOUS);
    expect(problemsOf(refused)).toEqual(["modelVersion:versionForNewModel"]);
    expect(refused.ok ? undefined : refused.problems[0]?.params).toEqual({
      model: "KQS",
      example: "KQS Modellversion 2",
    });
    expect(
      valueOf(checkCycleForm(cycle({ model: "kqb", modelVersion: "KQB 2017" }), TODAY, PREVIOUS)).modelVersion,
    ).toBe("KQB 2017");
    expect(problemsOf(checkCycleForm(cycle({ modelVersion: "" }), TODAY, { model: "lqw", modelVersion: "" }))).toEqual([
      "modelVersion:required",
    ]);
  });
});

describe("setup rules: schedule", () => {
  it("reads times the way clients send them", () => {
    expect(normalizeTimeOfDay("9:30")).toBe("09:30");
    expect(normalizeTimeOfDay("09:30:00")).toBe("09:30");
    expect(normalizeTimeOfDay("24:00")).toBeUndefined();
    expect(normalizeTimeOfDay("12:60")).toBeUndefined();
    expect(normalizeTimeOfDay("mittags")).toBeUndefined();
  });

  it("accepts a valid schedule and refuses impossible times, weekdays and zones", () => {
    expect(
      valueOf(checkScheduleForm({ weekday: "5", time: "8:05", frequency: "monthly", timeZone: "Europe/Vienna" })),
    ).toEqual({
      weekday: 5,
      time: "08:05",
      frequency: "monthly",
      timeZone: "Europe/Vienna",
    });
    expect(
      problemsOf(checkScheduleForm({ weekday: "8", time: "25:00", frequency: "daily", timeZone: "Berlin/Mitte" })),
    ).toEqual(["weekday:invalidChoice", "time:invalidTime", "frequency:invalidChoice", "timeZone:invalidTimeZone"]);
  });
});

describe("setup rules: quiet periods", () => {
  it("adds a period with an id of its own and refuses one that ends before it starts", () => {
    const first = valueOf(
      checkQuietPeriodForm({ quietLabel: " Sommerferien ", quietFrom: "2027-07-01", quietTo: "2027-08-15" }, [], TODAY),
    );
    expect(first).toEqual({ id: "2027-07-01_2027-08-15", label: "Sommerferien", from: "2027-07-01", to: "2027-08-15" });
    const again = valueOf(
      checkQuietPeriodForm({ quietLabel: "Nochmal", quietFrom: "2027-07-01", quietTo: "2027-08-15" }, [first], TODAY),
    );
    expect(again.id).not.toBe(first.id);
    expect(
      problemsOf(checkQuietPeriodForm({ quietLabel: "", quietFrom: "2027-08-15", quietTo: "2027-07-01" }, [], TODAY)),
    ).toEqual(["quietLabel:required", "quietTo:quietEndsBeforeStart"]);
  });
});

describe("setup rules: groups", () => {
  const groups = defaultGroups();

  it("keeps groups that were not on the card and reads the ticked areas", () => {
    const edited = valueOf(
      checkGroupForms([{ id: "verwaltung", name: "Verwaltung & Finanzen", areas: "controlling,leitbild" }], groups),
    );
    expect(edited[0]).toEqual(groups[0]);
    expect(edited[2]).toEqual({
      id: "verwaltung",
      name: "Verwaltung & Finanzen",
      areas: ["leitbild", "controlling"],
      audiences: ["administration"],
    });
  });

  it("leaves a group stored without audiences unchanged when the default was left ticked", () => {
    const stored = [{ id: "kurse", name: "Kurse", areas: ["kernprozess" as const] }];
    const kept = valueOf(
      checkGroupForms([{ id: "kurse", name: "Kurse", areas: "kernprozess", audiences: "pedagogical" }], stored),
    );
    expect(kept).toEqual(stored);
    const changed = valueOf(
      checkGroupForms([{ id: "kurse", name: "Kurse", areas: "kernprozess", audiences: "administration" }], stored),
    );
    expect(changed[0]?.audiences).toEqual(["administration"]);
  });

  it("reads the ticked audiences, allows none, and keeps them when the card had no such input", () => {
    const forms = [
      { id: "leitung", name: "Leitung", areas: "leitbild", audiences: "qualityOfficer,management,unbekannt" },
      { id: "paedagogik", name: "Pädagogik", areas: "kernprozess", audiences: "" },
      { id: "verwaltung", name: "Verwaltung", areas: "controlling" },
    ];
    const edited = valueOf(checkGroupForms(forms, groups));
    expect(edited.map((group) => group.audiences)).toEqual([["management", "qualityOfficer"], [], ["administration"]]);
  });

  it("refuses duplicate names (any case, extra spaces) and a group without areas", () => {
    expect(
      problemsOf(
        checkGroupForms(
          [
            { id: "paedagogik", name: " leitung ", areas: "leitbild" },
            { id: "verwaltung", name: "Verwaltung", areas: "" },
          ],
          groups,
        ),
      ),
    ).toEqual(["groupAreas_verwaltung:noAreas", "groupName_paedagogik:duplicateGroupName"]);
  });

  it("adds a group with a readable id, sensible areas and the pedagogical questions, and refuses a taken name", () => {
    const added = valueOf(addGroup("Ehrenamt & Freie", groups));
    expect(added[3]).toEqual({
      id: "ehrenamt-freie",
      name: "Ehrenamt & Freie",
      areas: ["leitbild", "kernprozess", "evaluation", "kundenkommunikation"],
      audiences: ["pedagogical"],
    });
    expect(problemsOf(addGroup("VERWALTUNG", groups))).toEqual(["newGroupName:duplicateGroupName"]);
    expect(problemsOf(addGroup("  ", groups))).toEqual(["newGroupName:required"]);
  });

  it("never removes the last group", () => {
    expect(valueOf(removeGroup("verwaltung", groups)).map((group) => group.id)).toEqual(["leitung", "paedagogik"]);
    expect(problemsOf(removeGroup("leitung", groups.slice(0, 1)))).toEqual(["newGroupName:lastGroup"]);
  });

  it("makes ids from German names", () => {
    expect(slug("Pädagogik / Beratung")).toBe("paedagogik-beratung");
    expect(slug("Großküche")).toBe("grosskueche");
    expect(slug("!!!")).toBe("");
  });
});

describe("setup rules: privacy, language and definition", () => {
  it("accepts a threshold from 2 to 50 only", () => {
    const form = {
      threshold: "5",
      language: "de",
      successDefinition: " Gelungen ist … ",
      servedTermDe: "",
      servedTermEn: "",
      orgName: "VHS",
    };
    expect(valueOf(checkDetailsForm(form, "lqw"))).toEqual({
      anonymityThreshold: 5,
      defaultLocale: "de",
      successDefinition: "Gelungen ist …",
      servedTerm: { de: "Teilnehmende", en: "learners" },
      name: "VHS",
    });
    expect(problemsOf(checkDetailsForm({ ...form, threshold: "1" }, "lqw"))).toEqual(["threshold:thresholdRange"]);
    expect(problemsOf(checkDetailsForm({ ...form, threshold: "2.5" }, "lqw"))).toEqual(["threshold:thresholdRange"]);
    expect(problemsOf(checkDetailsForm({ ...form, threshold: "" }, "lqw"))).toEqual(["threshold:thresholdRange"]);
    expect(problemsOf(checkDetailsForm({ ...form, successDefinition: "x".repeat(2001), orgName: "" }, "lqw"))).toEqual([
      "successDefinition:tooLong",
      "orgName:required",
    ]);
  });

  it("takes the organisation's word for the people it serves, else the model's", () => {
    const form = { threshold: "5", language: "de", successDefinition: "", orgName: "Beratung Nord" };
    expect(valueOf(checkDetailsForm({ ...form, servedTermDe: "", servedTermEn: "" }, "kqs")).servedTerm).toEqual({
      de: "Kundinnen und Kunden",
      en: "customers",
    });
    expect(
      valueOf(checkDetailsForm({ ...form, servedTermDe: " Familien ", servedTermEn: "families" }, "kqb")).servedTerm,
    ).toEqual({ de: "Familien", en: "families" });
    expect(problemsOf(checkDetailsForm({ ...form, servedTermDe: "x".repeat(61), servedTermEn: "" }, "kqb"))).toEqual([
      "servedTermDe:tooLong",
    ]);
  });
});

describe("setup rules: who answers the fact questions", () => {
  const members = new Set(["aad-personalleitung"]);

  it("stores only owners that differ from the quality officers, and a named member by id", () => {
    const owners = valueOf(
      checkOwnersForm(
        {
          leitbild: "qualityOfficers",
          personal: "member:aad-personalleitung",
          controlling: "managers",
        },
        {},
        members,
      ),
    );
    expect(owners).toEqual({
      personal: { kind: "member", memberId: "aad-personalleitung" },
      controlling: { kind: "managers" },
    });
  });

  it("keeps an area's owner when the card did not carry it, and refuses a member of another organisation", () => {
    expect(valueOf(checkOwnersForm({}, { fuehrung: { kind: "managers" } }, members))).toEqual({
      fuehrung: { kind: "managers" },
    });
    expect(problemsOf(checkOwnersForm({ fuehrung: "member:fremd" }, {}, members))).toEqual([
      "owner_fuehrung:invalidChoice",
    ]);
    expect(problemsOf(checkOwnersForm({ fuehrung: "alle" }, {}, members))).toEqual(["owner_fuehrung:invalidChoice"]);
  });
});
