/** The quality officers' setup cards. */
import type { MessageDefinitions } from "../message-definition";

export const setupMessages = {
  "setup.title": { de: "Einrichtung", en: "Setup" },
  "setup.progress": { de: "Schritt {step} von {total} · {name}", en: "Step {step} of {total} · {name}" },
  "setup.step.cycle": { de: "Qualitätsmodell und Zyklus", en: "Quality model and cycle" },
  "setup.step.schedule": { de: "Zeitplan", en: "Schedule" },
  "setup.step.quietPeriods": { de: "Ruhezeiten", en: "Quiet periods" },
  "setup.step.groups": { de: "Gruppen und Qualitätsbereiche", en: "Groups and quality areas" },
  "setup.step.details": { de: "Datenschutz, Sprache und Definition", en: "Privacy, language and definition" },
  "setup.step.summary": { de: "Zusammenfassung", en: "Summary" },
  "setup.intro.cycle": {
    de: "Mit welchem Qualitätsmodell arbeitet Ihre Organisation, und wann ist der Selbstreport fällig?",
    en: "Which quality model does your organisation work with, and when is the self-report (Selbstreport) due?",
  },
  "setup.intro.schedule": {
    de: "Wann bekommen die Mitarbeitenden ihre Reflexionsfrage? Jede Person kann die Uhrzeit später für sich anpassen.",
    en: "When should staff receive their reflection question? Everyone can adjust the time for themselves later.",
  },
  "setup.intro.quietPeriods": {
    de: "In Ruhezeiten (Ferien, Schließtage) verschicke ich keine Fragen.",
    en: "During quiet periods (holidays, closing days) I send no questions.",
  },
  "setup.intro.groups": {
    de: "Jede Gruppe bekommt Fragen zu den Qualitätsbereichen, die Sie hier ankreuzen. Die Mitarbeitenden wählen ihre Gruppe selbst.",
    en: "Each group is asked about the quality areas you tick here. Staff choose their group themselves.",
  },
  "setup.intro.details": {
    de: "Zum Schluss: Schutz der Anonymität, Sprache und die eigene Definition Ihrer Organisation.",
    en: "Finally: protecting anonymity, the language and your organisation's own definition.",
  },
  "setup.intro.summary": {
    de: "Bitte prüfen Sie Ihre Angaben. Erst mit „Einrichtung abschließen“ werden sie gespeichert.",
    en: "Please check your entries. They are saved only with “Finish setup”.",
  },
  "setup.notSetUp": {
    de: "lqw-reflect ist für Ihre Organisation noch nicht eingerichtet. Als Qualitätsbeauftragte können Sie das jetzt in sechs kurzen Schritten erledigen.",
    en: "lqw-reflect has not been set up for your organisation yet. As a quality officer you can do that now in six short steps.",
  },
  "setup.resumed": {
    de: "Sie setzen den begonnenen Entwurf fort (zuletzt gespeichert am {date}).",
    en: "You are continuing the draft that was started earlier (last saved on {date}).",
  },
  "setup.field.model": { de: "Qualitätsmodell", en: "Quality model" },
  "setup.field.modelVersion": { de: "Modellversion", en: "Model version" },
  "setup.field.modelVersionHint": {
    de: "Die Version des Leitfadens, mit dem Sie arbeiten – so, wie sie auf dem Leitfaden steht (etwa „{example}“).",
    en: "The version of the guide you work with, as written on it (for instance “{example}”).",
  },
  "setup.field.cycleKind": { de: "Art der Testierung", en: "Kind of certification" },
  "setup.cycleKind.first": { de: "Ersttestierung", en: "First certification" },
  "setup.cycleKind.recertification": { de: "Retestierung", en: "Re-certification" },
  "setup.field.cycleStart": { de: "Beginn des Zyklus", en: "Cycle starts on" },
  "setup.field.selfReportDue": { de: "Selbstreport fällig am", en: "Self-report due on" },
  "setup.field.testatExpiry": { de: "Testat läuft ab am", en: "Attestation (Testat) expires on" },
  "setup.field.testatExpiryHint": {
    de: "Bei einer Retestierung Pflicht. Der Selbstreport ist üblicherweise etwa fünf Monate vor Ablauf des Testats fällig.",
    en: "Required for a re-certification. The self-report is usually due about five months before the attestation expires.",
  },
  "setup.field.weekday": { de: "Wochentag", en: "Weekday" },
  "setup.field.time": { de: "Uhrzeit", en: "Time" },
  "setup.field.frequency": { de: "Wie oft", en: "How often" },
  "setup.frequency.weekly": { de: "jede Woche", en: "every week" },
  "setup.frequency.biweekly": { de: "alle zwei Wochen", en: "every two weeks" },
  "setup.frequency.monthly": { de: "einmal im Monat", en: "once a month" },
  "setup.field.timeZone": { de: "Zeitzone", en: "Time zone" },
  "setup.field.timeZoneHint": {
    de: "Name der Zeitzone, z. B. Europe/Berlin oder Europe/Vienna.",
    en: "Name of the time zone, e.g. Europe/Berlin or Europe/Vienna.",
  },
  "setup.quiet.none": { de: "Noch keine Ruhezeiten eingetragen.", en: "No quiet periods yet." },
  "setup.quiet.entry": { de: "{label}: {from} – {to}", en: "{label}: {from} – {to}" },
  "setup.field.quietRemove": { de: "Ruhezeiten zum Entfernen auswählen", en: "Select quiet periods to remove" },
  "setup.quiet.remove": { de: "Ausgewählte entfernen", en: "Remove selected" },
  "setup.quiet.addHeading": { de: "Neue Ruhezeit", en: "New quiet period" },
  "setup.field.quietLabel": { de: "Bezeichnung", en: "Label" },
  "setup.field.quietLabelPlaceholder": { de: "z. B. Sommerferien", en: "e.g. summer holidays" },
  "setup.field.quietFrom": { de: "Von", en: "From" },
  "setup.field.quietTo": { de: "Bis (einschließlich)", en: "To (inclusive)" },
  "setup.quiet.add": { de: "Ruhezeit hinzufügen", en: "Add quiet period" },
  "setup.quiet.added": { de: "Ruhezeit „{label}“ hinzugefügt.", en: "Quiet period “{label}” added." },
  "setup.quiet.removed": {
    de: { one: "{count} Ruhezeit entfernt.", other: "{count} Ruhezeiten entfernt." },
    en: { one: "{count} quiet period removed.", other: "{count} quiet periods removed." },
  },
  "setup.quiet.nothingSelected": {
    de: "Bitte kreuzen Sie zuerst an, welche Ruhezeiten entfernt werden sollen.",
    en: "Please tick the quiet periods to remove first.",
  },
  "setup.groups.heading": { de: "Gruppe {number}", en: "Group {number}" },
  "setup.field.groupName": { de: "Name der Gruppe", en: "Group name" },
  "setup.field.groupAreas": {
    de: "Qualitätsbereiche, zu denen diese Gruppe gefragt wird",
    en: "Quality areas this group is asked about",
  },
  "setup.groups.remove": { de: "Gruppe entfernen", en: "Remove group" },
  "setup.groups.addHeading": { de: "Neue Gruppe", en: "New group" },
  "setup.field.newGroupName": { de: "Name der neuen Gruppe", en: "Name of the new group" },
  "setup.groups.add": { de: "Gruppe hinzufügen", en: "Add group" },
  "setup.groups.added": {
    de: "Gruppe „{name}“ hinzugefügt. Bitte kreuzen Sie an, zu welchen Qualitätsbereichen sie gefragt wird.",
    en: "Group “{name}” added. Please tick the quality areas it is asked about.",
  },
  "setup.groups.removed": { de: "Gruppe „{name}“ entfernt.", en: "Group “{name}” removed." },
  "setup.groups.page": { de: "Gruppen {from}–{to} von {total}", en: "Groups {from}–{to} of {total}" },
  "setup.groups.previousPage": { de: "Vorherige Gruppen", en: "Previous groups" },
  "setup.groups.nextPage": { de: "Weitere Gruppen", en: "More groups" },
  "setup.area": { de: "QB {number} · {name}", en: "QA {number} · {name}" },
  "setup.field.threshold": { de: "Anonymitätsschwelle (Personen)", en: "Anonymity threshold (people)" },
  "setup.field.thresholdHint": {
    de: "Führungskräfte sehen Zahlen einer Gruppe erst ab so vielen Personen. Mindestens 2, empfohlen 5.",
    en: "Managers see a group's figures only from this many people. At least 2, 5 recommended.",
  },
  "setup.field.language": { de: "Standardsprache", en: "Default language" },
  "setup.field.successDefinition": { de: "Die {term} Ihrer Einrichtung", en: "Your organisation's {term}" },
  "setup.field.previousDefinition": {
    de: "Bisheriger Text (vor dem Modellwechsel), zum Übernehmen oder Umformulieren: „{text}“",
    en: "Previous text (before the change of model), to copy or reword: “{text}”",
  },
  "setup.field.servedTermDe": {
    de: "So nennen Sie die Menschen, für die Sie da sind (deutsch, Mehrzahl)",
    en: "What you call the people you serve (German, plural)",
  },
  "setup.field.servedTermEn": {
    de: "… und auf Englisch (Mehrzahl)",
    en: "… and in English (plural)",
  },
  "setup.field.servedTermHint": {
    de: "Jede Reflexionsfrage verwendet dieses Wort. Vorgabe für {model}: „{de}“ / „{en}“; leer lassen übernimmt sie. Schreiben Sie es ohne Artikel, etwa „Teilnehmende“, „Ratsuchende“, „Kundinnen und Kunden“.",
    en: "Every reflection question uses this word. {model}'s default: “{de}” / “{en}”; leaving it empty keeps it. Write it without an article, e.g. “Teilnehmende”, “Ratsuchende”, “Kundinnen und Kunden”.",
  },
  "setup.modelChanged": {
    de: "Sie haben das Qualitätsmodell auf {model} gewechselt. Die Menschen, für die Sie da sind, heißen in den Fragen jetzt „{served}“ – in Schritt 5 können Sie das ändern und dort Ihre {term} eintragen.",
    en: "You switched the quality model to {model}. The questions now call the people you serve “{served}” – you can change that in step 5 and enter your {term} there.",
  },
  "setup.modelChanged.definition": {
    de: "Sie haben das Qualitätsmodell auf {model} gewechselt. Bitte geben Sie in Schritt 5 die {term} Ihrer Einrichtung neu ein; Ihr bisheriger Text steht dort zum Übernehmen. Die Menschen, für die Sie da sind, heißen in den Fragen jetzt „{served}“ (in Schritt 5 änderbar).",
    en: "You switched the quality model to {model}. Please enter your organisation's {term} again in step 5; your previous text is shown there to copy. The questions now call the people you serve “{served}” (you can change that in step 5).",
  },
  "setup.field.successDefinitionHint": {
    de: "Die Reflexionsfragen zitieren diesen Text. Sie können ihn jederzeit ändern.",
    en: "Reflection questions quote this text. You can change it at any time.",
  },
  "setup.field.orgName": { de: "Name der Organisation", en: "Name of the organisation" },
  "setup.language.de": { de: "Deutsch", en: "German" },
  "setup.language.en": { de: "Englisch", en: "English" },
  "setup.back": { de: "Zurück", en: "Back" },
  "setup.next": { de: "Weiter", en: "Next" },
  "setup.finish": { de: "Einrichtung abschließen", en: "Finish setup" },
  "setup.discard": { de: "Entwurf verwerfen", en: "Discard draft" },
  "setup.edit": { de: "Ändern", en: "Change" },
  "setup.problem.required": { de: "„{field}“: Bitte ausfüllen.", en: "“{field}”: please fill in." },
  "setup.problem.invalidChoice": {
    de: "„{field}“: Bitte wählen Sie einen der angebotenen Werte.",
    en: "“{field}”: please choose one of the values offered.",
  },
  "setup.problem.invalidDate": {
    de: "„{field}“: Das ist kein gültiges Datum. Bitte z. B. 31.12.2026 angeben.",
    en: "“{field}”: that is not a valid date. Please enter e.g. 2026-12-31.",
  },
  "setup.problem.tooLong": {
    de: "„{field}“: Bitte höchstens {max} Zeichen.",
    en: "“{field}”: at most {max} characters, please.",
  },
  "setup.problem.dueInPast": {
    de: "Der Selbstreport-Termin liegt in der Vergangenheit. Bitte wählen Sie ein Datum ab heute.",
    en: "The self-report due date is in the past. Please choose a date from today on.",
  },
  "setup.problem.dueBeforeStart": {
    de: "Der Selbstreport muss nach dem Beginn des Zyklus fällig sein.",
    en: "The self-report must be due after the cycle starts.",
  },
  "setup.problem.expiryRequired": {
    de: "Bei einer Retestierung brauche ich das Ablaufdatum Ihres aktuellen Testats.",
    en: "For a re-certification I need the expiry date of your current attestation.",
  },
  "setup.problem.expiryBeforeDue": {
    de: "Das Testat läuft vor dem Selbstreport-Termin ab. Bitte prüfen Sie beide Daten: Der Selbstreport ist vor dem Ablauf fällig.",
    en: "The attestation expires before the self-report is due. Please check both dates: the self-report is due before the expiry.",
  },
  "setup.problem.invalidTime": {
    de: "„{field}“: Bitte eine Uhrzeit wie 09:30 angeben (00:00 bis 23:59).",
    en: "“{field}”: please enter a time like 09:30 (00:00 to 23:59).",
  },
  "setup.problem.invalidTimeZone": {
    de: "„{field}“: Diese Zeitzone kenne ich nicht. Bitte z. B. Europe/Berlin angeben.",
    en: "“{field}”: I do not know this time zone. Please enter e.g. Europe/Berlin.",
  },
  "setup.problem.quietEndsBeforeStart": {
    de: "Die Ruhezeit endet vor ihrem Beginn. Bitte prüfen Sie „Von“ und „Bis“.",
    en: "The quiet period ends before it starts. Please check “From” and “To”.",
  },
  "setup.problem.tooManyQuietPeriods": {
    de: "Es sind höchstens {max} Ruhezeiten möglich.",
    en: "At most {max} quiet periods are possible.",
  },
  "setup.problem.duplicateGroupName": {
    de: "Den Gruppennamen „{group}“ gibt es zweimal. Bitte wählen Sie eindeutige Namen.",
    en: "The group name “{group}” appears twice. Please choose unique names.",
  },
  "setup.problem.noAreas": {
    de: "Die Gruppe „{group}“ braucht mindestens einen Qualitätsbereich.",
    en: "The group “{group}” needs at least one quality area.",
  },
  "setup.problem.lastGroup": { de: "Mindestens eine Gruppe muss bleiben.", en: "At least one group must remain." },
  "setup.problem.tooManyGroups": {
    de: "Es sind höchstens {max} Gruppen möglich.",
    en: "At most {max} groups are possible.",
  },
  "setup.problem.versionForNewModel": {
    de: "Bitte geben Sie die Version Ihres {model}-Leitfadens ein (etwa „{example}“) – die bisherige gehört zum alten Modell.",
    en: "Please enter the version of your {model} guide (for instance “{example}”) – the previous one belongs to the old model.",
  },
  "setup.problem.thresholdRange": {
    de: "Die Anonymitätsschwelle muss eine ganze Zahl von {min} bis {max} sein.",
    en: "The anonymity threshold must be a whole number from {min} to {max}.",
  },
  "setup.summary.model": { de: "{model} ({version})", en: "{model} ({version})" },
  "setup.summary.cycle": { de: "{kind}, Beginn {start}", en: "{kind}, starting {start}" },
  "setup.summary.due": {
    de: { one: "{date} (in {count} Tag)", other: "{date} (in {count} Tagen)" },
    en: { one: "{date} (in {count} day)", other: "{date} (in {count} days)" },
  },
  "setup.summary.overdue": {
    de: { one: "{date} (seit {count} Tag überfällig)", other: "{date} (seit {count} Tagen überfällig)" },
    en: { one: "{date} ({count} day overdue)", other: "{date} ({count} days overdue)" },
  },
  "setup.summary.none": { de: "–", en: "–" },
  "setup.summary.schedule": {
    de: "{frequency}, {weekday}, {time} Uhr ({timeZone})",
    en: "{frequency}, {weekday} at {time} ({timeZone})",
  },
  "setup.summary.group": {
    de: { one: "{name}: {count} Qualitätsbereich", other: "{name}: {count} Qualitätsbereiche" },
    en: { one: "{name}: {count} quality area", other: "{name}: {count} quality areas" },
  },
  "setup.summary.quietCount": {
    de: { one: "{count} Ruhezeit", other: "{count} Ruhezeiten" },
    en: { one: "{count} quiet period", other: "{count} quiet periods" },
  },
  "setup.summary.definitionEmpty": { de: "noch nicht formuliert", en: "not written yet" },
  "setup.summary.changed": {
    de: "Gegenüber der gespeicherten Einrichtung geändert: {fields}.",
    en: "Changed compared with the saved setup: {fields}.",
  },
  "setup.summary.unchanged": {
    de: "Keine Änderungen gegenüber der gespeicherten Einrichtung.",
    en: "No changes compared with the saved setup.",
  },
  "setup.summary.answersKept": {
    de: "Alle bisherigen Antworten bleiben erhalten.",
    en: "All answers given so far are kept.",
  },
  "setup.summary.modelChange": {
    de: "Wechsel von {from} zu {to}: Die elf Qualitätsbereiche bleiben, jede Gruppe behält ihre Auswahl.",
    en: "Switching from {from} to {to}: the eleven quality areas stay, and every group keeps its selection.",
  },
  "setup.summary.areaRenamed": {
    de: "QB {number}: „{from}“ heißt künftig „{to}“.",
    en: "QA {number}: “{from}” will be called “{to}”.",
  },
  "setup.summary.termRenamed": {
    de: "Aus der „{from}“ wird die „{to}“. Bitte geben Sie sie in Schritt 5 neu ein.",
    en: "The “{from}” becomes the “{to}”. Please enter it again in step 5.",
  },
  "setup.fieldName.model": { de: "Qualitätsmodell", en: "quality model" },
  "setup.fieldName.modelVersion": { de: "Modellversion", en: "model version" },
  "setup.fieldName.cycle": { de: "Zyklus", en: "cycle" },
  "setup.fieldName.schedule": { de: "Zeitplan", en: "schedule" },
  "setup.fieldName.quietPeriods": { de: "Ruhezeiten", en: "quiet periods" },
  "setup.fieldName.groups": { de: "Gruppen", en: "groups" },
  "setup.fieldName.anonymityThreshold": { de: "Anonymitätsschwelle", en: "anonymity threshold" },
  "setup.fieldName.defaultLocale": { de: "Sprache", en: "language" },
  "setup.fieldName.successDefinition": { de: "Definition", en: "definition" },
  "setup.fieldName.name": { de: "Name", en: "name" },
  "setup.fieldName.servedTerm": {
    de: "Bezeichnung der Menschen, für die Sie da sind",
    en: "word for the people you serve",
  },
  "setup.summary.servedTerm": { de: "Die Menschen, für die Sie da sind", en: "The people you serve" },
  "setup.done.title": { de: "Einrichtung abgeschlossen", en: "Setup complete" },
  "setup.done.first": { de: "lqw-reflect ist für {name} eingerichtet.", en: "lqw-reflect is set up for {name}." },
  "setup.done.changed": {
    de: "Ihre Änderungen sind gespeichert. Alle bisherigen Antworten bleiben erhalten.",
    en: "Your changes are saved. All answers given so far are kept.",
  },
  "setup.done.nextRun": { de: "Nächster Versand: {date}", en: "Next questions go out: {date}" },
  "setup.done.noNextRun": {
    de: "Im laufenden Zyklus ist kein weiterer Versand geplant.",
    en: "No further questions are scheduled in the current cycle.",
  },
  "setup.done.rolesHint": {
    de: "Mit „rollen“ vergeben Sie die Rollen Führungskraft und Qualitätsbeauftragte, mit „übersicht“ sehen Sie alles auf einen Blick.",
    en: "With “roles” you assign the manager and quality officer roles; “overview” shows everything at a glance.",
  },
  "setup.conflict": {
    de: "Die Einrichtung wurde inzwischen an anderer Stelle geändert. Ihre Eingaben sind erhalten; die Zusammenfassung vergleicht sie jetzt mit dem aktuellen Stand. Mit „Einrichtung abschließen“ speichern Sie Ihren Stand.",
    en: "The setup was changed elsewhere in the meantime. Your entries are kept; the summary now compares them with the current state. “Finish setup” saves yours.",
  },
  "setup.discarded": {
    de: "Der Entwurf ist verworfen. Die gespeicherte Einrichtung gilt unverändert.",
    en: "The draft is discarded. The saved setup stays as it was.",
  },
  "setup.discardedNotSetUp": {
    de: "Der Entwurf ist verworfen. Mit „einrichtung“ beginnen Sie von vorn.",
    en: "The draft is discarded. Write “setup” to start again.",
  },
  "setup.onlyQualityOfficers": {
    de: "Die Einrichtung können nur Qualitätsbeauftragte ändern. Bitte wenden Sie sich an sie.",
    en: "Only quality officers can change the setup. Please contact them.",
  },
  "setup.action.overview": { de: "Übersicht", en: "Overview" },
  "setup.action.roles": { de: "Rollen", en: "Roles" },
} satisfies MessageDefinitions;
