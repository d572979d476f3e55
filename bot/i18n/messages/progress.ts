/** The managers' progress card and its drill-down. */
import type { MessageDefinitions } from "../message-definition";

export const progressMessages = {
  "progress.title": { de: "Fortschritt", en: "Progress" },
  "progress.subtitle": {
    de: "{org}Zeitraum: {period}{range} · {group}",
    en: "{org}Period: {period}{range} · {group}",
  },
  "progress.notSetUp": {
    de: "Den Fortschritt gibt es, sobald Ihre Organisation eingerichtet ist. Die Qualitätsbeauftragten erledigen das mit „einrichtung“.",
    en: "Progress becomes available once your organisation has been set up. Quality officers do that with “setup”.",
  },
  "progress.welcomeButton": { de: "Fortschritt", en: "Progress" },
  "progress.period.fourWeeks": { de: "Letzte vier Wochen", en: "Last four weeks" },
  "progress.period.cycle": { de: "Ganzer Zyklus", en: "Whole cycle" },
  "progress.group.all": { de: "Alle Gruppen", en: "All groups" },
  "progress.filter.period": { de: "Zeitraum", en: "Period" },
  "progress.filter.group": { de: "Gruppe", en: "Group" },
  "progress.filter.apply": { de: "Anzeigen", en: "Show" },
  "progress.deadline.notStarted": {
    de: {
      one: "Der Zyklus beginnt am {start}. Der Selbstreport ist am {date} fällig – in {count} Tag.",
      other: "Der Zyklus beginnt am {start}. Der Selbstreport ist am {date} fällig – in {count} Tagen.",
    },
    en: {
      one: "The cycle starts on {start}. The self-report is due on {date}, in {count} day.",
      other: "The cycle starts on {start}. The self-report is due on {date}, in {count} days.",
    },
  },
  "progress.deadline.development": {
    de: {
      one: "Selbstreport fällig am {date} – noch {count} Tag ({percent} % des Zyklus sind vorbei).",
      other: "Selbstreport fällig am {date} – noch {count} Tage ({percent} % des Zyklus sind vorbei).",
    },
    en: {
      one: "Self-report due on {date}: {count} day left ({percent} % of the cycle has passed).",
      other: "Self-report due on {date}: {count} days left ({percent} % of the cycle has passed).",
    },
  },
  "progress.deadline.dueSoon": {
    de: {
      one: "Selbstreport fällig am {date} – nur noch {count} Tag. Jetzt zählt, was noch fehlt.",
      other: "Selbstreport fällig am {date} – nur noch {count} Tage. Jetzt zählt, was noch fehlt.",
    },
    en: {
      one: "Self-report due on {date}: only {count} day left. What is still missing matters now.",
      other: "Self-report due on {date}: only {count} days left. What is still missing matters now.",
    },
  },
  "progress.deadline.dueToday": {
    de: "Der Selbstreport ist heute fällig ({date}).",
    en: "The self-report is due today ({date}).",
  },
  "progress.deadline.overdue": {
    de: "Der Selbstreport war am {date} fällig. Neue Fragerunden gibt es erst mit dem nächsten Zyklus.",
    en: "The self-report was due on {date}. New rounds of questions start with the next cycle.",
  },
  "progress.reminder.registration": { de: "Anmeldung zur Testierung", en: "Registration for certification" },
  "progress.reminder.selfReport": { de: "Empfohlene Abgabe", en: "Recommended hand-in" },
  "progress.reminder.value": {
    de: { one: "bis {date} (in {count} Tag)", other: "bis {date} (in {count} Tagen)" },
    en: { one: "by {date} (in {count} day)", other: "by {date} (in {count} days)" },
  },
  "progress.participation.title": { de: "Beteiligung", en: "Participation" },
  "progress.participation.people": { de: "Antwortende", en: "Respondents" },
  "progress.participation.peopleValue": {
    de: {
      one: "{people} von {count} gefragten Person ({percent} %)",
      other: "{people} von {count} gefragten Personen ({percent} %)",
    },
    en: {
      one: "{people} of {count} person asked ({percent} %)",
      other: "{people} of {count} people asked ({percent} %)",
    },
  },
  "progress.participation.answers": { de: "Antworten", en: "Answers" },
  "progress.participation.answersValue": {
    de: { one: "{answers} auf {count} gestellte Frage", other: "{answers} auf {count} gestellte Fragen" },
    en: { one: "{answers} to {count} question asked", other: "{answers} to {count} questions asked" },
  },
  "progress.trend.label": { de: "Trend", en: "Trend" },
  "progress.trend.value": {
    de: "{arrow} {answers}, {points} Beteiligung (davor: {previousAnswers} von {previousPeople})",
    en: "{arrow} {answers}, {points} participation (before: {previousAnswers} from {previousPeople})",
  },
  "progress.trend.answers": {
    de: { one: "{sign}{count} Antwort", other: "{sign}{count} Antworten" },
    en: { one: "{sign}{count} answer", other: "{sign}{count} answers" },
  },
  "progress.trend.points": {
    de: { one: "{sign}{count} Prozentpunkt", other: "{sign}{count} Prozentpunkte" },
    en: { one: "{sign}{count} percentage point", other: "{sign}{count} percentage points" },
  },
  "progress.trend.wholeCycle": {
    de: "Kein Vergleich für den ganzen Zyklus.",
    en: "No comparison for the whole cycle.",
  },
  "progress.trend.beforeCycle": {
    de: "Kein Vergleich: der Vergleichszeitraum läge vor Beginn des Zyklus.",
    en: "No comparison: the comparison period would lie before the cycle started.",
  },
  "progress.trend.tooFewRespondents": {
    de: "Kein Vergleich: davor haben weniger als {threshold} Personen geantwortet.",
    en: "No comparison: fewer than {threshold} people answered before.",
  },
  "progress.groups.title": { de: "Nach Gruppen", en: "By group" },
  "progress.groups.others": { de: "weitere", en: "others" },
  "progress.groups.value": {
    de: { one: "{people} von {count} Person · {answers}", other: "{people} von {count} Personen · {answers}" },
    en: { one: "{people} of {count} person · {answers}", other: "{people} of {count} people · {answers}" },
  },
  "progress.note.tooFewRespondents": {
    de: "Noch zu wenige Antworten für Zahlen (mindestens {threshold} Personen).",
    en: "Not enough answers for figures yet (at least {threshold} people).",
  },
  "progress.note.groupFewMembers": {
    de: "Die Gruppe „{group}“ hat {members}. Eigene Zahlen gibt es erst ab {threshold} Personen, die die App nutzen: Ihre Beteiligung zählt nur zusammen mit anderen unter „weitere“ und „Alle Gruppen“; die Abdeckung unten gilt für die ganze Organisation.",
    en: "The group “{group}” has {members}. A group has figures of its own from {threshold} people who use the app: its participation only counts together with others, under “others” and “All groups”; the coverage below is the whole organisation’s.",
  },
  "progress.note.groupMembers": {
    de: { one: "{count} Mitglied", other: "{count} Mitglieder" },
    en: { one: "{count} member", other: "{count} members" },
  },
  "progress.note.groupProtectsOthers": {
    de: "Die Gruppe „{group}“ zählt nur zusammen mit anderen unter „weitere“: sonst ließen sich aus „Alle Gruppen“ die Zahlen einer Gruppe unter {threshold} Personen herausrechnen. Die Abdeckung unten gilt für die ganze Organisation.",
    en: "The group “{group}” only counts together with others, under “others”: otherwise the figures of a group under {threshold} people could be worked out from “All groups”. The coverage below is the whole organisation’s.",
  },
  "progress.note.groupsCombined": {
    de: "Unter „weitere“ zusammengefasst, damit keine Zahl weniger als {threshold} Personen betrifft: {groups}.",
    en: "Combined under “others” so that no figure concerns fewer than {threshold} people: {groups}.",
  },
  "progress.note.allCombined": {
    de: "Zahlen nach Gruppen gibt es für Gruppen mit mindestens {threshold} Mitgliedern, die die App nutzen – bisher zählen alle zusammen.",
    en: "Figures by group exist for groups with at least {threshold} members who use the app; so far everyone counts together.",
  },
  "progress.note.withoutFigures": {
    de: "Ohne eigene Zeile in diesem Zeitraum (weniger als {threshold} Antwortende): {groups}.",
    en: "No line of their own in this period (fewer than {threshold} respondents): {groups}.",
  },
  "progress.note.behind": {
    de: "Die Zahlen für „{group}“ reichen bis {date}: seither haben dort weniger als {threshold} Personen geantwortet.",
    en: "The figures for “{group}” go up to {date}: fewer than {threshold} people there have answered since.",
  },
  "progress.note.unknownGroup": {
    de: "Diese Gruppe gibt es nicht (mehr) – gezeigt werden alle Gruppen.",
    en: "This group does not exist (any more); showing all groups.",
  },
  "progress.privacy": {
    de: "Nur Gruppenzahlen ab {threshold} Personen – keine Namen, keine Antworttexte.",
    en: "Group figures from {threshold} people only: no names, no answer texts.",
  },
  "progress.release": {
    de: "Stand: {date}. Neue Antworten zählen erst nach Ende einer Fragerunde ({round}) und sobald seit dem letzten Stand mindestens {threshold} Personen geantwortet haben – so lässt sich keine einzelne Antwort erkennen.",
    en: "As of {date}. New answers count once a round of questions ({round}) has ended and at least {threshold} people have answered since the last update, so that no single answer can be made out.",
  },
  "progress.release.none": {
    de: "Zahlen erscheinen nach Ende einer Fragerunde ({round}), sobald mindestens {threshold} Personen geantwortet haben – so lässt sich keine einzelne Antwort erkennen.",
    en: "Figures appear once a round of questions ({round}) has ended and at least {threshold} people have answered, so that no single answer can be made out.",
  },
  "progress.round.weekly": { de: "eine Woche", en: "one week" },
  "progress.round.biweekly": { de: "zwei Wochen", en: "two weeks" },
  "progress.round.monthly": { de: "ein Monat", en: "one month" },
  "progress.coverage.title": { de: "Abdeckung je Qualitätsbereich", en: "Coverage per quality area" },
  "progress.coverage.hint": {
    de: "Immer der ganze Zyklus und alle Gruppen. Tippen Sie auf einen Bereich für Anzahl, Personen und Stand je Dimension.",
    en: "Always the whole cycle and all groups. Tap an area for answers, people and how recent they are per dimension.",
  },
  "progress.coverage.area": { de: "Bereich", en: "Area" },
  "progress.coverage.areaLabel": { de: "QB {number} {name}", en: "QB {number} {name}" },
  "progress.coverage.rowAction": {
    de: "Details zu QB {number} {name}: {cells}",
    en: "Details for QB {number} {name}: {cells}",
  },
  "progress.status.enough": { de: "genug", en: "enough" },
  "progress.status.thin": { de: "wenig", en: "few" },
  "progress.status.fewerThan": { de: "unter {threshold} Personen", en: "under {threshold} people" },
  "progress.dimensionShort.rationale": { de: "Bg", en: "Ra" },
  "progress.dimensionShort.procedures": { de: "Vf", en: "Pr" },
  "progress.dimensionShort.results": { de: "Er", en: "Re" },
  "progress.dimensionShort.evaluation": { de: "Bw", en: "Ev" },
  "progress.dimensionShort.conclusions": { de: "Sf", en: "Co" },
  "progress.areaShort.evaluation": { de: "Evaluation", en: "Evaluation" },
  "progress.areaShort.strategische_entwicklungsziele": { de: "Strategische Ziele", en: "Strategic goals" },
  "progress.gaps.title": { de: "Was noch fehlt", en: "What is still missing" },
  "progress.gaps.empty": {
    de: "Keine Lücken: jede Dimension hat genug Antworten von genug Personen.",
    en: "No gaps: every dimension has enough answers from enough people.",
  },
  "progress.gap.fewerThan": {
    de: "Für QB {number} {area} fehlen noch {what} von mindestens {threshold} Personen",
    en: "QB {number} {area} still lacks {what} from at least {threshold} people",
  },
  "progress.gap.fewAnswers": {
    de: "Für QB {number} {area} gibt es erst wenige {what}",
    en: "QB {number} {area} has only a few {what} so far",
  },
  "progress.gap.fewPeople": {
    de: "Für QB {number} {area} stammen die {what} von zu wenigen Personen",
    en: "The {what} for QB {number} {area} come from too few people",
  },
  "progress.gapNext.nextRounds": {
    de: " – die nächsten Runden fragen gezielt danach.",
    en: ", so the next rounds will ask for them specifically.",
  },
  "progress.gapNext.noGroupAsked": {
    de: " – dazu wird derzeit keine Gruppe gefragt. Bitte prüfen Sie die Gruppen („einrichtung“).",
    en: ", and no group is asked about it at the moment. Please check the groups (“setup”).",
  },
  "progress.gapNext.cycleOver": { de: ".", en: "." },
  "progress.gapWhat.rationale": { de: "Begründungen", en: "reasons" },
  "progress.gapWhat.procedures": { de: "Beschreibungen der Verfahren", en: "descriptions of procedures" },
  "progress.gapWhat.results": { de: "Ergebnisse", en: "results" },
  "progress.gapWhat.evaluation": { de: "Bewertungen", en: "evaluations" },
  "progress.gapWhat.conclusions": { de: "Schlussfolgerungen", en: "conclusions" },
  "progress.area.subtitle": {
    de: "{org}Ganzer Zyklus bis {date} · alle Gruppen",
    en: "{org}Whole cycle up to {date} · all groups",
  },
  "progress.area.summary": {
    de: {
      one: "{count} von 5 Dimensionen hat genug Antworten.",
      other: "{count} von 5 Dimensionen haben genug Antworten.",
    },
    en: {
      one: "{count} of 5 dimensions has enough answers.",
      other: "{count} of 5 dimensions have enough answers.",
    },
  },
  "progress.area.shown": {
    de: "{answers} von {people} · zuletzt ergänzt bis {date}",
    en: "{answers} from {people} · last added by {date}",
  },
  "progress.area.withheld": {
    de: "Von mindestens {threshold} Personen · genaue Zahlen verdeckt, damit sich die Zahlen kleinerer Dimensionen nicht aus der Summe herausrechnen lassen · zuletzt ergänzt bis {date}",
    en: "From at least {threshold} people · exact figures hidden, so that the figures of smaller dimensions cannot be worked out from the total · last added by {date}",
  },
  "progress.area.fewerThan": {
    de: "Antworten von weniger als {threshold} Personen oder noch keine – Zahlen gibt es erst ab {threshold} Personen.",
    en: "Answers from fewer than {threshold} people, or none yet: figures start at {threshold} people.",
  },
  "progress.area.back": { de: "Zurück zur Übersicht", en: "Back to the overview" },
  "progress.area.privacy": {
    de: "Zahlen erscheinen erst ab {threshold} Personen, darunter ohne Datum. Antworttexte und Namen erscheinen hier nie.",
    en: "Figures appear from {threshold} people only, and below that without a date. Answer texts and names never appear here.",
  },
  "progress.answers": {
    de: { one: "{count} Antwort", other: "{count} Antworten" },
    en: { one: "{count} answer", other: "{count} answers" },
  },
  "progress.people.count": {
    de: { one: "{count} Person", other: "{count} Personen" },
    en: { one: "{count} person", other: "{count} people" },
  },
} satisfies MessageDefinitions;
