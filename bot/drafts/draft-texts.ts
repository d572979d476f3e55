/** The fixed texts of a draft (headings, notes, gap sentences) in German and English. */
import type { Locale } from "../domain/quality-models";
import type { DraftLabels, StatementSpread } from "./draft";

/** Why an LLM draft of an area was replaced by the structured one. */
export type FallbackReason = "citations" | "malformed" | "timeout" | "rateLimited" | "failed";

export interface DraftTexts {
  title: string;
  status: string;
  facts: {
    model: string;
    organisation: string;
    period: string;
    generated: string;
    cycle: string;
    lastWorkshop: string;
    requirements: string;
  };
  /** "eigene Liste, 42 Anforderungen" or "keine Liste hinterlegt". */
  requirementsFact(count: number): string;
  cycleKinds: { first: string; recertification: string };
  attribution: { pseudonymous: string; named: string };
  readingNote: string;
  /** The cover note of the copy for the Gutachter, which has no sources to point to. */
  reviewerNote: string;
  labels: DraftLabels;
  parts: { "11a": string; "11b": string };
  /** The QB 11 chapter of a first certification: new goals only. */
  newGoalsChapter: string;
  unknownPerson: string;
  /** "Anforderung 2.1 · Bedarfe erheben". */
  requirementHeading(id: string, title: string): string;
  /** "Anforderung 2.1", where a gap names its requirement. */
  requirementShort(id: string): string;
  goalHeading(title: string, agreedOn: string): string;
  unassigned: string;
  /** 11a: answers about none of the agreed goals. */
  unassignedGoal: string;
  /** "Bezug zur Definition gelungenen Lernens". */
  successDefinitionLine(term: string): string;
  /** "In 5 von 8 Fachbereichen (Sprachen, Gesundheit, …)". */
  spreadLead(spread: StatementSpread): string;
  /** A summary whose wording could not be put in the organisation's voice: the lead, then the example. */
  summaryByExample(lead: string): string;
  /** One person's words, marked as theirs where the organisation's voice is expected („…“). */
  quoted(text: string): string;
  /** What to clarify, by kind of point. */
  clarify: { differingValues: string; contradiction: string };
  /** " zu Anforderung 2.1": where a gap is, after the question's subject. */
  gapWhere(topic: string | undefined): string;
  gapNone(dimension: string): string;
  gapThin(dimension: string, answers: number, contributors: number): string;
  gapRules: GapTexts;
  llmSection: string;
  fallback(reason: FallbackReason): string;
  leftOut(leftOut: number, total: number): string;
  /** Statements that read as instructions to an AI: not sent, kept as written. */
  withheldInstructions(count: number): string;
  /** LLM sentences whose figures, names or sources the cited statements do not bear out. */
  unsupportedSentences(count: number): string;
  areaNote(area: string, note: string): string;
}

/** Gap questions as a Gutachter would ask them; `where` comes from `gapWhere`. */
interface GapTexts {
  notStarted(topic: string): string;
  successNever(term: string): string;
  rationaleSuccess(term: string, where: string): string;
  whoWhatHowOften(where: string): string;
  resultsDate(where: string): string;
  resultsReference(where: string): string;
  resultsEvidence(count: number, where: string): string;
  evaluationGoal(where: string): string;
  conclusionsUndecided(count: number, where: string): string;
  goalMeasures(goal: string): string;
  goalStatus(goal: string): string;
  goalEvidence(goal: string): string;
  goalEvaluation(goal: string): string;
  goalCardsIncomplete(count: number): string;
  openFinding(kind: string, text: string): string;
}

/** One rule set per locale: a large draft asks for thousands of plurals. */
const pluralRules = new Map<Locale, Intl.PluralRules>();

function plural(locale: Locale, count: number, one: string, other: string): string {
  let rules = pluralRules.get(locale);
  if (!rules) {
    rules = new Intl.PluralRules(locale);
    pluralRules.set(locale, rules);
  }
  return rules.select(count) === "one" ? one : other;
}

/** At most four names, then "…": a spread stays one line. */
function someNames(names: readonly string[]): string {
  return names.length <= 4 ? names.join(", ") : `${names.slice(0, 4).join(", ")}, …`;
}

const FALLBACK_REASONS_DE: Record<FallbackReason, string> = {
  citations: "weil Quellenangaben fehlten",
  malformed: "weil die Antwort der KI nicht lesbar war",
  timeout: "weil die KI nicht rechtzeitig geantwortet hat",
  rateLimited: "weil der KI-Dienst ausgelastet war",
  failed: "weil der KI-Dienst einen Fehler gemeldet hat",
};

const FALLBACK_REASONS_EN: Record<FallbackReason, string> = {
  citations: "because source references were missing",
  malformed: "because the AI's reply could not be read",
  timeout: "because the AI did not answer in time",
  rateLimited: "because the AI service was busy",
  failed: "because the AI service reported an error",
};

const DE: DraftTexts = {
  title: "Selbstreport – Entwurf",
  status: "Entwurf – zur Bearbeitung",
  facts: {
    model: "Qualitätsmodell",
    organisation: "Organisation",
    period: "Zeitraum",
    generated: "Erstellt am",
    cycle: "Testierung",
    lastWorkshop: "Letzter Abschlussworkshop",
    requirements: "Anforderungen",
  },
  requirementsFact: (count) =>
    count === 0
      ? "keine eigene Liste hinterlegt – Aussagen stehen je Bereich"
      : `eigene Liste mit ${plural("de", count, "einer Anforderung", `${count} Anforderungen`)}`,
  cycleKinds: { first: "Ersttestierung", recertification: "Retestierung" },
  attribution: {
    pseudonymous:
      "Quellen sind pseudonymisiert: Jede Person erscheint in diesem Entwurf unter einem gleichbleibenden Kürzel.",
    named:
      "Quellen nennen Personen nur dann mit Namen, wenn sie der namentlichen Nennung zugestimmt haben; alle anderen erscheinen unter einem Kürzel.",
  },
  readingNote:
    "Alle Aussagen stammen aus den Antworten der Mitarbeitenden. Die Kürzel in eckigen Klammern verweisen auf die Quellen am Ende jedes Bereichs.",
  reviewerNote:
    "Fassung für die Begutachtung: Alle Aussagen stammen aus den Antworten der Mitarbeitenden. Quellenangaben und Klärungsbedarf sind in dieser Fassung ausgelassen; die Nachweise sind im Anhang nummeriert.",
  labels: {
    contents: "Inhalt",
    evidence: "Nachweise",
    evidenceInSection: "Nachweise in diesem Bereich",
    gaps: "Lücken",
    sources: "Quellen",
    sourceColumns: { key: "Quelle", person: "Person", group: "Gruppe", date: "Datum" },
    evidenceColumns: {
      number: "Nr.",
      title: "Nachweis",
      date: "Datum",
      place: "Ablage",
      usedIn: "Bereich",
      sources: "Genannt in",
    },
    evidenceFlags: {
      beforePeriod: "vor dem Berichtszeitraum",
      afterPeriod: "nach dem Berichtszeitraum",
      undated: "ohne Datum",
      noPlace: "Ablageort nicht genannt",
    },
    values: "Werte",
    example: "Beispiel",
    clarifications: "Klärungsbedarf",
    noClarifications: "Keine widersprüchlichen Aussagen gefunden.",
    notStarted: "Noch nicht bearbeitet.",
    statementFlags: {
      noEvidence: "ohne Nachweis",
      undecided: "weder beschlossen noch als Vorschlag gekennzeichnet",
      new: "neu seit dem letzten Selbstreport",
    },
    status: { decided: "beschlossen", proposal: "Vorschlag" },
    goalCard: {
      goal: "Ziel",
      justification: "Begründung",
      indicator: "Indikator",
      deadline: "Termin",
      responsible: "Verantwortlich",
    },
    open: "offen",
    continuity: {
      heading: "Seit dem letzten Selbstreport",
      openFinding: "noch nicht aufgegriffen",
      answeredFinding: "aufgegriffen",
      hinweis: "Hinweis",
      auflage: "Auflage",
    },
    rule: "Regel",
    ruleNames: {
      "coverage.none": "Aussagen vorhanden",
      "coverage.thin": "genug Stimmen",
      "requirement.notStarted": "jede Anforderung bearbeitet",
      "successDefinition.never": "Bezug zur Definition",
      "rationale.successDefinition": "Begründung aus der Definition",
      "procedures.whoWhatHowOften": "Verfahren: wer, was, wie oft",
      "results.date": "Ergebnis mit Datum",
      "results.referenceFigure": "Ergebnis mit Vergleichswert",
      "results.evidence": "Ergebnis mit Nachweis",
      "evaluation.goal": "Bewertung an einem Ziel",
      "conclusions.decided": "Schlussfolgerung beschlossen oder Vorschlag",
      "goal.measures": "Ziel: Maßnahmen",
      "goal.status": "Ziel: Stand",
      "goal.evidence": "Ziel: Nachweise",
      "goal.evaluation": "Ziel: Bewertung",
      "goalCard.incomplete": "Zielkarte vollständig",
      "continuity.openFinding": "Hinweise und Auflagen aufgegriffen",
    },
    noStatements: "Noch keine Aussagen.",
    noStatementsOn: "Noch keine Aussagen zu:",
    noEvidence: "Keine Nachweise genannt.",
    noGaps: "Für alle Reflexionsdimensionen liegen genügend Aussagen vor.",
    commentAuthor: "lqw-reflect",
  },
  parts: {
    "11a": "11a · Was wurde aus den Zielen der letzten Periode?",
    "11b": "11b · Neue strategische Entwicklungsziele",
  },
  newGoalsChapter: "Neue strategische Entwicklungsziele",
  unknownPerson: "unbekannte Person",
  requirementHeading: (id, title) => `Anforderung ${id} · ${title}`,
  requirementShort: (id) => `Anforderung ${id}`,
  goalHeading: (title, agreedOn) => `Ziel „${title}“ (vereinbart am ${agreedOn})`,
  unassigned: "Ohne Zuordnung zu einer Anforderung",
  unassignedGoal: "Ohne Zuordnung zu einem Ziel",
  successDefinitionLine: (term) => `Bezug zur ${term}`,
  spreadLead: (spread) => {
    const units = {
      departments: plural("de", spread.of ?? spread.count, "Fachbereich", "Fachbereichen"),
      courses: plural("de", spread.count, "Kurs", "Kursen"),
      groups: plural("de", spread.count, "Gruppe", "Gruppen"),
    }[spread.unit];
    const count = spread.of ? `${spread.count} von ${spread.of}` : `${spread.count}`;
    return `In ${count} ${units} (${someNames(spread.names)})`;
  },
  summaryByExample: (lead) => `${lead} so beschrieben; ein Beispiel steht darunter.`,
  quoted: (text) => `„${text}“`,
  clarify: {
    differingValues: "Unterschiedliche Werte für dieselbe Angabe und denselben Zeitraum: Welcher Wert stimmt?",
    contradiction: "Eine Aussage gilt für alle oder immer, eine andere schränkt das ein: Was gilt?",
  },
  gapWhere: (topic) => (topic ? ` (${topic})` : ""),
  gapRules: {
    notStarted: (topic) => `${topic}: Noch keine Aussage – wie erfüllen Sie diese Anforderung?`,
    successNever: (term) =>
      `Keine Aussage dieses Bereichs bezieht sich auf Ihre ${term}: Wie trägt die Arbeit hier zu ihr bei?`,
    rationaleSuccess: (term, where) =>
      `Keine Begründung${where} nimmt Bezug auf Ihre ${term}: Warum ist das Vorgehen aus ihr heraus richtig?`,
    whoWhatHowOften: (where) =>
      `Kein Verfahren${where} sagt zugleich, wer es ausführt und wie oft: Wer macht was, wie oft?`,
    resultsDate: (where) => `Kein Ergebnis${where} nennt ein Datum oder einen Zeitraum: Wann wurde es erreicht?`,
    resultsReference: (where) =>
      `Kein Ergebnis${where} nennt einen Vergleichswert (Anteil, Vorjahr, Ziel): Woran lässt es sich messen?`,
    resultsEvidence: (count, where) =>
      `${plural("de", count, "Ein Ergebnis", `${count} Ergebnisse`)}${where} ${plural("de", count, "nennt", "nennen")} keinen Nachweis: Welches Dokument belegt ${plural("de", count, "es", "sie")}?`,
    evaluationGoal: (where) =>
      `Keine Bewertung${where} nennt das Ziel, an dem sie misst: Woran wird gemessen, ob es gut ist?`,
    conclusionsUndecided: (count, where) =>
      `${plural("de", count, "Eine Schlussfolgerung", `${count} Schlussfolgerungen`)}${where} ${plural("de", count, "ist", "sind")} weder beschlossen noch als Vorschlag gekennzeichnet: Was gilt?`,
    goalMeasures: (goal) => `Ziel „${goal}“: Welche Maßnahmen wurden ergriffen?`,
    goalStatus: (goal) => `Ziel „${goal}“: Wie ist der Stand – erreicht, teilweise, nicht erreicht?`,
    goalEvidence: (goal) => `Ziel „${goal}“: Welcher Nachweis belegt den Stand?`,
    goalEvaluation: (goal) => `Ziel „${goal}“: Wie bewerten Sie das Erreichte?`,
    goalCardsIncomplete: (count) =>
      `${plural("de", count, "Eine Zielkarte ist", `${count} Zielkarten sind`)} unvollständig: Begründung, Indikator, Termin und Verantwortliche ergänzen.`,
    openFinding: (kind, text) => `${kind} aus dem letzten Gutachten noch nicht aufgegriffen: „${text}“`,
  },
  gapNone: (dimension) => `Für ${dimension} liegen noch keine Aussagen vor.`,
  gapThin: (dimension, answers, contributors) => {
    const people = contributors === 1 ? "einer Person" : `${contributors} Personen`;
    return answers === 1
      ? `Für ${dimension} liegt nur eine Aussage von ${people} vor.`
      : `Für ${dimension} liegen nur wenige (${answers}) Aussagen von ${people} vor.`;
  },
  llmSection: "KI-Entwurf aus den Aussagen der Mitarbeitenden: Bitte jeden Satz an den genannten Quellen prüfen.",
  fallback: (reason) =>
    `Der KI-Entwurf für diesen Bereich wurde verworfen, ${FALLBACK_REASONS_DE[reason]}; hier steht die strukturierte Fassung.`,
  leftOut: (leftOut, total) =>
    `${leftOut} von ${total} Aussagen dieses Bereichs wurden wegen der Längenbegrenzung nicht an die KI übergeben; sie stehen weiterhin in den Quellen.`,
  withheldInstructions: (count) =>
    count === 1
      ? "Eine Aussage las sich wie eine Anweisung an die KI und wurde ihr nicht übergeben; sie steht unverändert im Entwurf."
      : `${count} Aussagen lasen sich wie Anweisungen an die KI und wurden ihr nicht übergeben; sie stehen unverändert im Entwurf.`,
  unsupportedSentences: (count) =>
    count === 1
      ? "Ein Satz der KI war durch die zitierten Aussagen nicht belegt (Zahl, Name oder Quelle); an seiner Stelle steht die strukturierte Fassung."
      : `${count} Sätze der KI waren durch die zitierten Aussagen nicht belegt (Zahl, Name oder Quelle); an ihrer Stelle steht die strukturierte Fassung.`,
  areaNote: (area, note) => `${area}: ${note}`,
};

const EN: DraftTexts = {
  title: "Self-report – draft",
  status: "Draft – for editing",
  facts: {
    model: "Quality model",
    organisation: "Organisation",
    period: "Period",
    generated: "Generated on",
    cycle: "Certification",
    lastWorkshop: "Last final workshop",
    requirements: "Requirements",
  },
  requirementsFact: (count) =>
    count === 0
      ? "no list of its own – statements are grouped by area"
      : `own list with ${plural("en", count, "one requirement", `${count} requirements`)}`,
  cycleKinds: { first: "First certification", recertification: "Re-certification" },
  attribution: {
    pseudonymous: "Sources are pseudonymised: each person appears under the same short name throughout this draft.",
    named: "Sources name people only where they agreed to be named; everyone else appears under a short name.",
  },
  readingNote:
    "Every statement comes from staff answers. The keys in square brackets refer to the sources at the end of each area.",
  reviewerNote:
    "Copy for the review: every statement comes from staff answers. Sources and points to clarify are left out of this copy; the evidence is numbered in the annex.",
  labels: {
    contents: "Contents",
    evidence: "Evidence",
    evidenceInSection: "Evidence in this area",
    gaps: "Gaps",
    sources: "Sources",
    sourceColumns: { key: "Source", person: "Person", group: "Group", date: "Date" },
    evidenceColumns: {
      number: "No.",
      title: "Evidence",
      date: "Date",
      place: "Filed at",
      usedIn: "Area",
      sources: "Named in",
    },
    evidenceFlags: {
      beforePeriod: "before the reporting period",
      afterPeriod: "after the reporting period",
      undated: "undated",
      noPlace: "filing place not named",
    },
    values: "Values",
    example: "Example",
    clarifications: "Points to clarify",
    noClarifications: "No contradicting statements found.",
    notStarted: "Not yet addressed.",
    statementFlags: {
      noEvidence: "no evidence",
      undecided: "neither decided nor marked as a proposal",
      new: "new since the last self-report",
    },
    status: { decided: "decided", proposal: "proposal" },
    goalCard: {
      goal: "Goal",
      justification: "Justification",
      indicator: "Indicator",
      deadline: "Deadline",
      responsible: "Responsible",
    },
    open: "open",
    continuity: {
      heading: "Since the last self-report",
      openFinding: "not yet taken up",
      answeredFinding: "taken up",
      hinweis: "Note",
      auflage: "Condition",
    },
    rule: "Rule",
    ruleNames: {
      "coverage.none": "statements present",
      "coverage.thin": "enough voices",
      "requirement.notStarted": "every requirement addressed",
      "successDefinition.never": "link to the definition",
      "rationale.successDefinition": "rationale from the definition",
      "procedures.whoWhatHowOften": "procedures: who, what, how often",
      "results.date": "result with a date",
      "results.referenceFigure": "result with a reference figure",
      "results.evidence": "result with evidence",
      "evaluation.goal": "evaluation against a goal",
      "conclusions.decided": "conclusion decided or proposed",
      "goal.measures": "goal: measures",
      "goal.status": "goal: status",
      "goal.evidence": "goal: evidence",
      "goal.evaluation": "goal: evaluation",
      "goalCard.incomplete": "goal card complete",
      "continuity.openFinding": "notes and conditions taken up",
    },
    noStatements: "No statements yet.",
    noStatementsOn: "No statements yet on:",
    noEvidence: "No evidence named.",
    noGaps: "There are enough statements for every reflection dimension.",
    commentAuthor: "lqw-reflect",
  },
  parts: {
    "11a": "11a · What became of the goals of the last period?",
    "11b": "11b · New strategic development goals",
  },
  newGoalsChapter: "New strategic development goals",
  unknownPerson: "unknown person",
  requirementHeading: (id, title) => `Requirement ${id} · ${title}`,
  requirementShort: (id) => `requirement ${id}`,
  goalHeading: (title, agreedOn) => `Goal “${title}” (agreed on ${agreedOn})`,
  unassigned: "Not assigned to a requirement",
  unassignedGoal: "Not assigned to an agreed goal",
  successDefinitionLine: (term) => `Link to the ${term}`,
  spreadLead: (spread) => {
    const units = {
      departments: plural("en", spread.of ?? spread.count, "department", "departments"),
      courses: plural("en", spread.count, "course", "courses"),
      groups: plural("en", spread.count, "group", "groups"),
    }[spread.unit];
    const count = spread.of ? `${spread.count} of ${spread.of}` : `${spread.count}`;
    return `In ${count} ${units} (${someNames(spread.names)})`;
  },
  summaryByExample: (lead) => `${lead} described like this; an example follows.`,
  quoted: (text) => `“${text}”`,
  clarify: {
    differingValues: "Different values for the same figure and period: which one is right?",
    contradiction: "One statement holds for all or always, another limits it: which is true?",
  },
  gapWhere: (topic) => (topic ? ` (${topic})` : ""),
  gapRules: {
    notStarted: (topic) => `${topic}: no statement yet – how do you meet this requirement?`,
    successNever: (term) =>
      `No statement in this area refers to your ${term}: how does the work here contribute to it?`,
    rationaleSuccess: (term, where) =>
      `No rationale${where} refers to your ${term}: why is the approach right in its light?`,
    whoWhatHowOften: (where) =>
      `No procedure${where} says both who carries it out and how often: who does what, how often?`,
    resultsDate: (where) => `No result${where} gives a date or period: when was it achieved?`,
    resultsReference: (where) =>
      `No result${where} gives a reference figure (share, previous year, target): how can it be measured?`,
    resultsEvidence: (count, where) =>
      `${plural("en", count, "One result", `${count} results`)}${where} ${plural("en", count, "names", "name")} no evidence: which document shows ${plural("en", count, "it", "them")}?`,
    evaluationGoal: (where) => `No evaluation${where} names the goal it measures against: what is the yardstick?`,
    conclusionsUndecided: (count, where) =>
      `${plural("en", count, "One conclusion is", `${count} conclusions are`)}${where} neither decided nor marked as a proposal: which is it?`,
    goalMeasures: (goal) => `Goal “${goal}”: which measures were taken?`,
    goalStatus: (goal) => `Goal “${goal}”: what is the status – reached, partly, not reached?`,
    goalEvidence: (goal) => `Goal “${goal}”: which evidence shows the status?`,
    goalEvaluation: (goal) => `Goal “${goal}”: how do you evaluate what was achieved?`,
    goalCardsIncomplete: (count) =>
      `${plural("en", count, "One goal card is", `${count} goal cards are`)} incomplete: add justification, indicator, deadline and who is responsible.`,
    openFinding: (kind, text) => `${kind} from the last expert report not yet taken up: “${text}”`,
  },
  gapNone: (dimension) => `No statements yet for ${dimension}.`,
  gapThin: (dimension, answers, contributors) => {
    const people = contributors === 1 ? "one person" : `${contributors} people`;
    return answers === 1
      ? `Only one statement, from ${people}, for ${dimension}.`
      : `Only a few (${answers}) statements, from ${people}, for ${dimension}.`;
  },
  llmSection: "AI draft from staff statements: please check every sentence against the sources given.",
  fallback: (reason) =>
    `The AI draft for this area was discarded ${FALLBACK_REASONS_EN[reason]}; this is the structured version.`,
  leftOut: (leftOut, total) =>
    `${leftOut} of ${total} statements in this area were not passed to the AI because of the length limit; they are still listed in the sources.`,
  withheldInstructions: (count) =>
    count === 1
      ? "One statement read like an instruction to the AI and was not passed to it; it stands in the draft as written."
      : `${count} statements read like instructions to the AI and were not passed to it; they stand in the draft as written.`,
  unsupportedSentences: (count) =>
    count === 1
      ? "One AI sentence was not borne out by the statements it cited (a figure, name or source); the structured version stands in its place."
      : `${count} AI sentences were not borne out by the statements they cited (a figure, name or source); the structured version stands in their place.`,
  areaNote: (area, note) => `${area}: ${note}`,
};

export function draftTexts(locale: Locale): DraftTexts {
  return locale === "en" ? EN : DE;
}
