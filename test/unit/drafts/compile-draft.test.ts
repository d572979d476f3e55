import fc from "fast-check";
import { compileDraft } from "../../../bot/drafts/compile-draft";
import type { Draft, DraftSection, Statement } from "../../../bot/drafts/draft";
import type { DraftAnswer } from "../../../bot/drafts/draft-input";
import { draftRedactionContext } from "../../../bot/drafts/draft-privacy";
import { redactPersonalData } from "../../../bot/drafts/privacy";
import { DIMENSION_IDS, AREA_IDS } from "../../../bot/domain/quality-models";
import { ANSWERS, answer, draftInput } from "./draft-fixture";
import { assertProperty } from "../../support/property-runs";

function section(draft: Draft, area: DraftSection["area"]): DraftSection {
  const found = draft.sections.find((candidate) => candidate.area === area);
  if (!found) throw new Error(`no section ${area}`);
  return found;
}

function statementsOf(target: DraftSection, dimension: string, part?: string): Statement[] {
  return target.parts
    .filter((candidate) => candidate.part === part)
    .flatMap((candidate) => candidate.topics.flatMap((topic) => topic.blocks))
    .filter((block) => block.dimension === dimension)
    .flatMap((block) => block.paragraphs.flatMap((paragraph) => paragraph.statements));
}

/** Whether `masked` is `wording` with some of its parts replaced by "…". */
function isMasked(masked: string, wording: string): boolean {
  const pattern = masked
    .split("…")
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
    .join("[\\s\\S]*?");
  return masked.includes("…") && new RegExp(`^${pattern}$`, "u").test(wording);
}

describe("deterministic draft compiler", () => {
  it("opens with model and version, organisation, period, date and the editing status", () => {
    const { header } = compileDraft(draftInput());
    expect(header.status).toBe("Entwurf – zur Bearbeitung");
    expect(header.facts).toEqual(
      expect.arrayContaining([
        {
          label: "Qualitätsmodell",
          value: "Lernerorientierte Qualitätstestierung in der Aus-, Fort- und Weiterbildung (LQW 2)",
        },
        { label: "Organisation", value: "Volkshochschule Nordstadt" },
        { label: "Zeitraum", value: "01.01.2025 – 31.12.2025" },
        { label: "Erstellt am", value: "02.06.2025" },
        { label: "Testierung", value: "Ersttestierung" },
        { label: "Definition gelungenen Lernens", value: expect.stringContaining("ihre eigenen Ziele") },
      ]),
    );
    expect(header.attributionNote).toContain("pseudonymisiert");
  });

  it("writes one section per requested area in QB order, each with the five reflection dimensions", () => {
    const draft = compileDraft(draftInput());
    expect(draft.sections.map((s) => s.heading)).toEqual([
      "QB 1 · Leitbild",
      "QB 2 · Bedarfserschließung",
      "QB 11 · Strategische Entwicklungsziele",
    ]);
    const blocks = section(draft, "bedarfserschliessung").parts.flatMap((part) =>
      part.topics.flatMap((topic) => topic.blocks),
    );
    expect(blocks.map((block) => block.heading)).toEqual([
      "Begründung",
      "Verfahren",
      "Ergebnisse",
      "Bewertung",
      "Schlussfolgerungen",
    ]);
  });

  it("groups answers by dimension: what several people say first, then single statements by date", () => {
    const draft = compileDraft(draftInput({ answers: [...ANSWERS].reverse() }));
    const procedures = statementsOf(section(draft, "bedarfserschliessung"), "procedures");
    expect(procedures.map((statement) => statement.text)).toEqual([
      expect.stringContaining("Infotelefon"),
      "Die Verwaltung zählt Wartelisten je Kurs und meldet volle Kurse an die Fachbereiche.",
    ]);
    expect(statementsOf(section(draft, "bedarfserschliessung"), "rationale")).toHaveLength(1);
  });

  it("merges two people saying the same thing into one statement that keeps both sources", () => {
    const draft = compileDraft(draftInput());
    const target = section(draft, "bedarfserschliessung");
    const merged = statementsOf(target, "procedures").find((statement) => statement.text.includes("Infotelefon"));
    expect(merged?.sourceKeys).toHaveLength(2);
    const people = merged?.sourceKeys.map((key) => target.sources.find((source) => source.key === key)?.person);
    expect(people).toEqual(["Person 1", "Person 4"]);
  });

  it("merges a short answer contained in a longer one, keeping the longer wording", () => {
    const draft = compileDraft(
      draftInput({
        areas: ["personal"],
        answers: [
          answer(
            "aad-anna",
            "personal",
            "procedures",
            "Neue Kursleitungen bekommen eine Mappe.",
            "2025-02-01T10:00:00Z",
          ),
          answer(
            "aad-dieter",
            "personal",
            "procedures",
            "Neue Kursleitungen bekommen eine Mappe, und wir führen ein Einführungsgespräch.",
            "2025-02-02T10:00:00Z",
          ),
          answer(
            "aad-bernd",
            "personal",
            "procedures",
            "Honorare werden monatlich abgerechnet.",
            "2025-02-03T10:00:00Z",
          ),
        ],
      }),
    );
    const statements = statementsOf(section(draft, "personal"), "procedures");
    expect(statements.map((statement) => [statement.text, statement.sourceKeys.length])).toEqual([
      ["Neue Kursleitungen bekommen eine Mappe, und wir führen ein Einführungsgespräch.", 2],
      ["Honorare werden monatlich abgerechnet.", 1],
    ]);
  });

  it("lists each source with pseudonym, group and date, and names only members who consented in named mode", () => {
    const pseudonymous = section(compileDraft(draftInput()), "bedarfserschliessung");
    expect(pseudonymous.sources).toContainEqual(
      expect.objectContaining({
        person: "Person 1",
        group: "Pädagogik / Beratung",
        answerId: expect.stringContaining("aad-anna"),
      }),
    );
    expect(pseudonymous.sources).toContainEqual(
      expect.objectContaining({
        person: "Person 3",
        date: "21.01.2025",
        answerId: expect.stringContaining("aad-claudia"),
      }),
    );
    expect(pseudonymous.sources.map((source) => source.person)).not.toContain("Anna Schneider");

    const named = section(compileDraft(draftInput({ attribution: "named" })), "bedarfserschliessung");
    const people = named.sources.map((source) => source.person);
    expect(people).toEqual(expect.arrayContaining(["Anna Schneider", "Claudia Yilmaz", "Person 2", "Person 4"]));
    expect(people).not.toContain("Bernd Köhler");
  });

  it("never shows a group below the anonymity threshold beside a pseudonym (Verwaltung has one member)", () => {
    const sources = compileDraft(draftInput()).sections.flatMap((candidate) => candidate.sources);
    const bernd = sources.filter((source) => source.person === "Person 2");
    expect(bernd.length).toBeGreaterThan(0);
    expect(bernd.every((source) => source.group === undefined)).toBe(true);
    expect(sources.some((source) => source.group === "Verwaltung" || source.group === "Leitung")).toBe(false);
    // At the group's size (Leitung: 3) it is shown; Verwaltung's one member never is.
    const lowered = compileDraft(
      draftInput({ organisation: { ...draftInput().organisation, anonymityThreshold: 3 } }),
    ).sections.flatMap((candidate) => candidate.sources);
    expect(lowered.some((source) => source.person === "Person 3" && source.group === "Leitung")).toBe(true);
    expect(lowered.some((source) => source.group === "Verwaltung")).toBe(false);
  });

  it("shows a consenting member's group beside their name in a named draft, whatever its size", () => {
    const sources = compileDraft(draftInput({ attribution: "named" })).sections.flatMap(
      (candidate) => candidate.sources,
    );
    expect(sources).toContainEqual(expect.objectContaining({ person: "Claudia Yilmaz", group: "Leitung" }));
    // Bernd did not consent: a pseudonym, still without his one-member group (and he is there to check).
    const bernd = sources.filter((source) => source.person === "Person 2");
    expect(bernd.length).toBeGreaterThan(0);
    expect(bernd.every((source) => source.group === undefined)).toBe(true);
  });

  it("leaves a group out when its size is not known", () => {
    const { groupSizes: _sizes, ...organisation } = draftInput().organisation;
    const sources = compileDraft(draftInput({ organisation })).sections.flatMap((candidate) => candidate.sources);
    expect(sources.length).toBeGreaterThan(0);
    expect(sources.every((source) => source.group === undefined)).toBe(true);
  });

  it("gives every answer one short key, ascending through the document", () => {
    const draft = compileDraft(draftInput());
    const keys = draft.sections.flatMap((s) => s.sources.map((source) => source.key));
    expect(keys).toEqual(keys.map((_key, index) => `A${index + 1}`));
  });

  it("lists the evidence of an area once, with every answer that named it", () => {
    const draft = compileDraft(draftInput());
    const records = section(draft, "bedarfserschliessung").evidenceNumbers.map((number) =>
      draft.evidence.find((record) => record.number === number),
    );
    expect(records.map((record) => [record?.title, record?.sourceKeys.length])).toEqual([
      ["Protokoll Programmkonferenz vom 12.03.2025", 2],
      ["Programmheft Herbst 2024, S. 14", 1],
    ]);
  });

  it("reads an evidence text named in many answers alike each time, its names removed, and a different one apart", () => {
    const named = "Protokoll Teamsitzung mit Bernd Köhler vom 12.03.2025; Rückmeldebogen Frühjahr 2025";
    const other = "Protokoll Teamsitzung mit Dieter Wagner vom 14.05.2025";
    const texts = [
      "Wir besprechen die Wartelisten jeden Monat im Team.",
      "Die Kursleitungen melden volle Kurse sofort an die Verwaltung.",
      "Anfragen am Infotelefon notieren wir in einer Liste.",
      "Wir fragen Teilnehmende am Kursende nach Wünschen.",
    ];
    const answers = texts.map((text, index) =>
      answer("aad-anna", "bedarfserschliessung", "procedures", text, `2025-03-1${index}T09:00:00Z`, {
        evidence: index === 2 ? other : named,
      }),
    );
    const draft = compileDraft(draftInput({ answers }));
    const target = section(draft, "bedarfserschliessung");
    const keyOf = (index: number) => target.sources.find((source) => source.answerId === answers[index]?.answerId)?.key;
    const records = target.evidenceNumbers.map((number) => draft.evidence.find((record) => record.number === number));
    expect(records.map((record) => [record?.title, record?.date, record?.sourceKeys])).toEqual([
      ["Protokoll Teamsitzung mit Person 2 vom 12.03.2025", "12.03.2025", [keyOf(0), keyOf(1), keyOf(3)]],
      ["Rückmeldebogen Frühjahr 2025", "Frühjahr 2025", [keyOf(0), keyOf(1), keyOf(3)]],
      ["Protokoll Teamsitzung mit Person 4 vom 14.05.2025", "14.05.2025", [keyOf(2)]],
    ]);
  });

  it("names the gaps: dimensions without statements and those with only a few", () => {
    const target = section(compileDraft(draftInput()), "bedarfserschliessung");
    expect(target.gaps.map((gap) => gap.text)).toEqual([
      "Für Begründung liegt nur eine Aussage von einer Person vor.",
      "Für Ergebnisse liegen nur wenige (2) Aussagen von einer Person vor.",
      "Für Bewertung liegen noch keine Aussagen vor.",
      "Für Schlussfolgerungen liegen noch keine Aussagen vor.",
      "Keine Aussage dieses Bereichs bezieht sich auf Ihre Definition gelungenen Lernens: Wie trägt die Arbeit hier zu ihr bei?",
      "Kein Ergebnis nennt einen Vergleichswert (Anteil, Vorjahr, Ziel): Woran lässt es sich messen?",
    ]);
    // No coverage for QB 1: every empty dimension is a gap, the one with a statement is not.
    expect(
      section(compileDraft(draftInput()), "leitbild")
        .gaps.filter((gap) => gap.rule.startsWith("coverage."))
        .map((gap) => gap.dimension),
    ).toEqual(["rationale", "results", "evaluation", "conclusions"]);
  });

  it("splits QB 11 into 11a and 11b in a re-certification, with unassigned answers under 11b", () => {
    const input = draftInput();
    const draft = compileDraft({ ...input, organisation: { ...input.organisation, cycleKind: "recertification" } });
    const goals = section(draft, "strategische_entwicklungsziele");
    expect(goals.parts.map((part) => part.heading)).toEqual([
      "11a · Was wurde aus den Zielen der letzten Periode?",
      "11b · Neue strategische Entwicklungsziele",
    ]);
    expect(statementsOf(goals, "results", "11a").map((s) => s.text)).toEqual([
      "Das Ziel, die digitale Anmeldung einzuführen, haben wir 2023 erreicht.",
    ]);
    expect(statementsOf(goals, "conclusions", "11b").map((s) => s.text)).toEqual([
      "Bis 2029 wollen wir alle Kursräume barrierefrei erreichbar machen.",
      "Wir möchten mehr Angebote für Eltern in Elternzeit entwickeln.",
    ]);
    expect(section(draft, "bedarfserschliessung").parts).toHaveLength(1);
  });

  it("keeps QB 11 in one piece in a first certification: one chapter of new goals", () => {
    const goals = section(compileDraft(draftInput()), "strategische_entwicklungsziele");
    expect(goals.parts).toHaveLength(1);
    expect(goals.parts[0]?.heading).toBe("Neue strategische Entwicklungsziele");
    expect(statementsOf(goals, "conclusions")).toHaveLength(2);
  });

  it("writes English headings and notes on request", () => {
    const draft = compileDraft(draftInput({ locale: "en" }));
    expect(draft.header.status).toBe("Draft – for editing");
    expect(draft.header.facts).toContainEqual({ label: "Period", value: "2025-01-01 – 2025-12-31" });
    const target = section(draft, "bedarfserschliessung");
    expect(target.heading).toBe("QB 2 · Needs assessment");
    expect(target.parts[0]?.topics[0]?.blocks.map((block) => block.heading)).toEqual([
      "Rationale",
      "Procedures",
      "Results",
      "Evaluation",
      "Conclusions",
    ]);
    expect(target.gaps[2]?.text).toBe("No statements yet for Evaluation.");
  });

  it("leaves out answers outside the period or the requested areas, using the organisation's calendar day", () => {
    const lateEvening = answer("aad-anna", "leitbild", "results", "Am Silvesterabend notiert.", "2024-12-31T23:30:00Z");
    const draft = compileDraft(draftInput({ areas: ["leitbild"], answers: [...ANSWERS, lateEvening] }));
    const texts = draft.sections.flatMap((s) =>
      s.parts.flatMap((p) =>
        p.topics
          .flatMap((topic) => topic.blocks)
          .flatMap((b) => b.paragraphs.flatMap((q) => q.statements.map((st) => st.text))),
      ),
    );
    expect(texts).toEqual(["Das Leitbild hängt in jedem Kursraum aus.", "Am Silvesterabend notiert."]);
    expect(texts.join(" ")).not.toContain("alten Zyklus");
  });

  it("uses the organisation's wording for an area name it overrode", () => {
    const input = draftInput({ areas: ["kernprozess"] });
    const draft = compileDraft({
      ...input,
      organisation: {
        ...input.organisation,
        model: "kqs",
        areaNames: { kernprozess: { de: "Begleitungsprozess", en: "Support process" } },
      },
    });
    expect(draft.sections[0]?.heading).toBe("QB 4 · Begleitungsprozess");
  });

  it("keeps two answers that differ only in a number as one statement with '…' and both values (found with seed 479164855)", () => {
    const answers = [
      answer("aad-anna", "personal", "rationale", "0", "2025-03-01T10:00:00Z"),
      answer("aad-anna", "personal", "rationale", "00 ", "2025-03-01T10:00:01Z"),
    ];
    const draft = compileDraft(draftInput({ answers, areas: ["personal"] }));
    const [statement, ...others] = statementsOf(section(draft, "personal"), "rationale");
    expect(others).toEqual([]);
    expect(statement?.text).toBe("…");
    expect(statement?.sourceKeys).toHaveLength(2);
    expect(statement?.values?.flatMap((differing) => differing.rows.flatMap((row) => row.values))).toEqual(["0", "00"]);
  });

  it("writes nothing but staff text: every statement is the wording of one of its own answers, and every answer is used once", () => {
    const arbitraryAnswer = fc.record({
      member: fc.constantFrom("aad-anna", "aad-bernd", "aad-claudia", "aad-dieter"),
      area: fc.constantFrom(...AREA_IDS),
      dimension: fc.constantFrom(...DIMENSION_IDS),
      text: fc.oneof(
        fc.constantFrom(
          "Wir führen Feedbackbögen ein.",
          "Feedbackbögen führen wir ein.",
          "Wir führen Feedbackbögen ein und werten sie aus.",
        ),
        fc.string({ minLength: 1, maxLength: 60 }).filter((text) => text.trim().length > 0),
      ),
      day: fc.integer({ min: 1, max: 28 }),
    });
    assertProperty(
      fc.property(fc.array(arbitraryAnswer, { maxLength: 40 }), fc.boolean(), (generated, isRecertification) => {
        const answers: DraftAnswer[] = generated.map((g, index) =>
          answer(
            g.member,
            g.area,
            g.dimension,
            g.text,
            `2025-03-${String(g.day).padStart(2, "0")}T10:00:${String(index % 60).padStart(2, "0")}Z`,
          ),
        );
        const input = draftInput({ answers, areas: [...AREA_IDS] });
        const draft = compileDraft({
          ...input,
          organisation: { ...input.organisation, cycleKind: isRecertification ? "recertification" : "first" },
        });
        const privacy = draftRedactionContext(input);
        const used: string[] = [];
        for (const target of draft.sections) {
          const byKey = new Map(target.sources.map((source) => [source.key, source.answerId]));
          for (const part of target.parts) {
            for (const block of part.topics.flatMap((topic) => topic.blocks)) {
              for (const statement of block.paragraphs.flatMap((paragraph) => paragraph.statements)) {
                const own = statement.sourceKeys.map((key) => answers.find((a) => a.answerId === byKey.get(key)));
                expect(own.every((a) => a?.area === target.area && a.dimension === block.dimension)).toBe(true);
                // Staff text as written, with the personal data in it removed; where the sources state
                // different values, "…" stands for each of them (they are listed in `values`).
                const wordings = own.map((a) => a && redactPersonalData(a.text, privacy).text.trim());
                if (statement.values?.length)
                  expect(wordings.some((wording) => wording !== undefined && isMasked(statement.text, wording))).toBe(
                    true,
                  );
                else expect(wordings).toContain(statement.text);
                used.push(...statement.sourceKeys.map((key) => byKey.get(key) as string));
              }
            }
          }
        }
        expect(used.sort()).toEqual(answers.map((a) => a.answerId).sort());
      }),
      { numRuns: 150 },
    );
  });
});
