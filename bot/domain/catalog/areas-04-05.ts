/** Prompts for QB 4 Lehr-Lern-/Beratungs-/Dienstleistungsprozess and QB 5 Evaluation der Bildungs-/Beratungs-/Dienstleistungsprozesse, written per model. */
import type { CatalogPrompt } from "./catalog-prompt";

export const AREAS_04_TO_05_PROMPTS: readonly CatalogPrompt[] = [
  // ─── QB 4 · LQW · Lehr-Lern-Prozess ────────────────────────────────────────
  {
    id: "kernprozess.rationale.lqw.1",
    area: "kernprozess",
    dimension: "rationale",
    models: ["lqw"],
    angle: "overview",
    text: {
      de: "Auf welchen Grundsatz Ihrer Kursgestaltung würden Sie am wenigsten verzichten – und wie stützt {successDefinition} diesen Grundsatz?",
      en: "Which principle behind the way you run your courses would you be least willing to give up – and how does {successDefinition} support it?",
    },
    guidance: {
      de: "Nennen Sie einen Grundsatz und den Gedanken im Leitbild, der ihn trägt.",
      en: "Name one principle and the idea in the mission statement behind it.",
    },
    example: {
      de: "Mir ist am wichtigsten, dass die {clients} am ersten Abend ihre eigenen Ziele aufschreiben. Unsere Definition gelungenen Lernens sagt, dass {clientsBare} ihre Ziele kennen und selbst überprüfen. Ohne diesen Anfang hätten sie später nichts, woran sie sich messen können.",
      en: "What matters most to me is that {clients} write down their own goals on the first evening. Our definition of successful learning says {clientsBare} know and check their goals themselves. Without that start they would have nothing to measure themselves against later.",
    },
  },
  {
    id: "kernprozess.rationale.lqw.2",
    area: "kernprozess",
    dimension: "rationale",
    models: ["lqw"],
    angle: "voice",
    text: {
      de: "Wenn {clientsBare} fragen, warum sie im Kurs so viel selbst erarbeiten sollen: Was antworten Sie ihnen, und was haben sie davon?",
      en: "When {clients} ask why they have to work so much out for themselves in your course, what do you tell them – and what do they gain from it?",
    },
    guidance: {
      de: "Geben Sie Ihre Antwort so wieder, wie Sie sie im Kurs sagen würden, und nennen Sie den Nutzen für die {clients}.",
      en: "Give your answer as you would say it in class, and name the benefit for the {clients}.",
    },
    example: {
      de: "Im Spanischkurs A2 kam die Frage im Oktober tatsächlich. Ich habe gesagt: Was Sie selbst herausfinden, behalten Sie länger – und im Urlaub steht auch niemand neben Ihnen. Seitdem erkläre ich das schon in der ersten Stunde.",
      en: "In the A2 Spanish course someone really asked this in October. I said: what you work out yourself stays with you longer – and on holiday nobody will be standing next to you either. Since then I explain it in the very first lesson.",
    },
  },
  {
    id: "kernprozess.rationale.lqw.3",
    area: "kernprozess",
    dimension: "rationale",
    models: ["lqw"],
    angle: "difficulty",
    text: {
      de: "Wo passt eine Vorgabe für Ihre Kurse – etwa Lehrbuch oder Prüfungsstoff – schlecht zu dem, was {successDefinition} verlangt? Wie begründen Sie dann Ihr Vorgehen?",
      en: "Where does a requirement for your courses, such as the textbook or exam syllabus, sit uneasily with what {successDefinition} asks for? How do you justify your approach then?",
    },
    guidance: {
      de: "Nennen Sie die Vorgabe, den Widerspruch und Ihre Begründung für den gewählten Weg.",
      en: "Name the requirement, the conflict and why you chose the way you did.",
    },
    example: {
      de: "Im Integrationskurs drängt der Prüfungstermin, unsere Definition gelungenen Lernens betont aber den Nutzen im Alltag. Ich übe Prüfungsaufgaben deshalb an echten Situationen, etwa einem Brief an die Hausverwaltung. So dient die Vorbereitung beidem.",
      en: "In the integration course the exam date puts us under pressure, but our definition of successful learning stresses use in everyday life. So I practise exam tasks with real situations, such as a letter to the landlord. That way the preparation serves both.",
    },
  },
  {
    id: "kernprozess.procedures.lqw.1",
    area: "kernprozess",
    dimension: "procedures",
    models: ["lqw"],
    angle: "overview",
    text: {
      de: "Wie erfahren neue Kursleitende bei Ihnen, nach welchen Grundsätzen Kurse gestaltet werden? Wer spricht mit ihnen, wann, und mit welchen Unterlagen?",
      en: "How do new tutors at your organisation learn the principles by which courses are designed? Who talks to them, when, and with which materials?",
    },
    guidance: {
      de: "Nennen Sie die Schritte vom ersten Gespräch bis zum ersten Kurs, die Zuständigen und die Unterlagen.",
      en: "Name the steps from the first conversation to the first course, who is responsible and which materials are used.",
    },
    example: {
      de: "Die Fachbereichsleitung führt vor dem ersten Kurs ein Einführungsgespräch und gibt den „Leitfaden für Kursleitende“ mit. Nach vier Wochen fragt sie telefonisch nach, wie es läuft. Zweimal im Jahr gibt es ein Treffen aller Kursleitenden, bei dem auch Methoden ausgetauscht werden.",
      en: "Before the first course the head of department holds an introductory meeting and hands over the tutors' guide. After four weeks she phones to ask how things are going. Twice a year all tutors meet, partly to swap teaching methods.",
    },
  },
  {
    id: "kernprozess.procedures.lqw.2",
    area: "kernprozess",
    dimension: "procedures",
    models: ["lqw"],
    angle: "example",
    text: {
      de: "Wie sind Sie zu Beginn Ihres letzten Kurses vorgegangen, um die Lernziele und Vorkenntnisse der {clients} zu klären? Welche Hilfsmittel haben Sie genutzt?",
      en: "How did you find out about the goals and prior knowledge of the {clients} at the start of your last course? Which aids did you use?",
    },
    guidance: {
      de: "Ein Kurs reicht: Ablauf der ersten Termine und Hilfsmittel wie Bogen, Pinnwand oder Einstufungstest.",
      en: "One course is enough: how the first sessions ran and aids such as a form, pinboard or placement test.",
    },
    example: {
      de: "Im Kurs „Buchführung für Selbstständige“ im Februar hat jede Person auf einer Karte notiert, was sie am Ende können will und wofür. Wir haben die Karten an der Pinnwand sortiert und den Kursplan an zwei Stellen angepasst. Zur Kursmitte haben wir die Karten wieder angeschaut.",
      en: "In the 'Bookkeeping for the self-employed' course in February, everyone wrote on a card what they wanted to be able to do by the end and why. We sorted the cards on the pinboard and adjusted the course plan in two places. Halfway through we looked at the cards again.",
    },
  },
  {
    id: "kernprozess.procedures.lqw.3",
    area: "kernprozess",
    dimension: "procedures",
    models: ["lqw"],
    angle: "change",
    text: {
      de: "Welche Methode setzen Sie heute anders ein als früher, damit {clientsBare} ihr Lernen stärker selbst steuern? Wie gehen Sie jetzt genau vor?",
      en: "Which method do you now use differently from before so that {clients} take more charge of their own learning? How exactly do you go about it now?",
    },
    guidance: {
      de: "Beschreiben Sie früher und heute in je ein, zwei Sätzen – mit Kurs und Methode.",
      en: "Describe before and now in a sentence or two each, naming the course and the method.",
    },
    example: {
      de: "Früher habe ich im Kurs zur Tabellenkalkulation alles vorne vorgemacht. Seit dem Herbst gibt es Lernstationen: Jede Person wählt, ob sie mit Formeln, Diagrammen oder Filtern beginnt, Lösungsblätter liegen aus. Ich gehe herum und helfe, wo es hakt.",
      en: "I used to demonstrate everything at the front in the spreadsheet course. Since the autumn there have been learning stations: each person chooses whether to start with formulas, charts or filters, and answer sheets are laid out. I walk round and help wherever people get stuck.",
    },
  },
  {
    id: "kernprozess.results.lqw.1",
    area: "kernprozess",
    dimension: "results",
    models: ["lqw"],
    angle: "evidence",
    text: {
      de: "Welche Unterlagen zeigen, wie Ihre Kurse gestaltet werden – etwa Leitfaden für Kursleitende, Kursbeschreibungen, Lernzielbögen oder Protokolle von Kursleitendentreffen?",
      en: "Which documents show how your courses are designed – for example the tutors' guide, course descriptions, goal-setting forms or minutes of tutors' meetings?",
    },
    guidance: {
      de: "Nennen Sie die Unterlagen mit Titel, Datum und Ablageort.",
      en: "List the documents with title, date and where they are kept.",
    },
    example: {
      de: "Wir haben den „Leitfaden für Kursleitende“ (Stand Januar 2024), die gesammelten Lernzielbögen der Sprachkurse aus dem Frühjahrssemester und die Protokolle der beiden Kursleitendentreffen 2024. Alles liegt im gemeinsamen Laufwerk im Ordner „QB 4“.",
      en: "We have the tutors' guide (version of January 2024), the goal-setting forms collected from the spring-term language courses and the minutes of both tutors' meetings in 2024. Everything is on the shared drive in the 'QB 4' folder.",
    },
  },
  {
    id: "kernprozess.results.lqw.2",
    area: "kernprozess",
    dimension: "results",
    models: ["lqw"],
    angle: "voice",
    text: {
      de: "Was haben {clientsBare} am Ende eines Kurses erzählt, das sie im Alltag oder Beruf schon anwenden konnten? Wo ist das festgehalten?",
      en: "What did {clients} say at the end of a course about things they had already been able to use in everyday life or at work? Where is this recorded?",
    },
    guidance: {
      de: "Nennen Sie zwei, drei Aussagen sinngemäß und wo sie festgehalten sind (Abschlussrunde, Bogen, E-Mail).",
      en: "Give two or three statements in your own words and where they are recorded (final round, form, email).",
    },
    example: {
      de: "In der Abschlussrunde des Bewerbungskurses im Juni berichteten drei von zwölf {clients}, dass sie mit dem neuen Anschreiben zu Vorstellungsgesprächen eingeladen wurden. Eine Frau nutzt die Gesprächsübungen jetzt auch im Elternbeirat. Ich habe das auf dem Auswertungsblatt notiert.",
      en: "In the final round of the job application course in June, three of twelve {clients} said they had been invited to interviews with their new cover letter. One now uses the conversation exercises on the school parents' council too. I noted this on the evaluation sheet.",
    },
  },
  {
    id: "kernprozess.results.lqw.3",
    area: "kernprozess",
    dimension: "results",
    models: ["lqw"],
    angle: "example",
    text: {
      de: "Was ist in einem Ihrer letzten Kurse als greifbares Ergebnis entstanden – etwa Arbeitsproben, Lerntagebücher oder bestandene Prüfungen – und wie ist es belegt?",
      en: "What tangible result came out of one of your recent courses – such as work samples, learning diaries or passed exams – and how is it documented?",
    },
    guidance: {
      de: "Ein Kurs reicht: Ergebnis, ungefähre Zahl und der Beleg dafür.",
      en: "One course is enough: the result, a rough number and the evidence for it.",
    },
    example: {
      de: "Im Nähkurs für Einsteigerinnen und Einsteiger hat jede der zehn Personen ein eigenes Kleidungsstück fertiggestellt; die Fotos liegen mit Einverständnis in unserem Kursarchiv. Zwei haben sich direkt für den Aufbaukurs angemeldet, das zeigt die Anmeldeliste.",
      en: "In the beginners' sewing course each of the ten people finished a garment of their own; the photos, taken with consent, are in our course archive. Two signed up straight away for the follow-on course, as the registration list shows.",
    },
  },
  {
    id: "kernprozess.evaluation.lqw.1",
    area: "kernprozess",
    dimension: "evaluation",
    models: ["lqw"],
    angle: "overview",
    text: {
      de: "Wie gut gelingt es Ihren Kursen, möglich zu machen, was {successDefinition} beschreibt? In welchen Kursen klappt es gut, wo weniger?",
      en: "How well do your courses make possible what {successDefinition} describes? In which courses does it work well, and where less so?",
    },
    guidance: {
      de: "Geben Sie eine ehrliche Einschätzung und nennen Sie, woran Sie sie festmachen.",
      en: "Give an honest assessment and say what you base it on.",
    },
    example: {
      de: "In den Sprach- und Gesundheitskursen gelingt es gut: Die Gruppen sind klein, und die {clients} setzen sich eigene Ziele. In den Vortragsreihen kaum – dort hören die Leute zu, eigene Lernziele spielen keine Rolle. Für dieses Format halten wir das aber für vertretbar.",
      en: "It works well in the language and health courses: groups are small and {clients} set their own goals. Hardly at all in the lecture series – people listen, and personal goals don't come into it. For that format, though, we think this is acceptable.",
    },
  },
  {
    id: "kernprozess.evaluation.lqw.2",
    area: "kernprozess",
    dimension: "evaluation",
    models: ["lqw"],
    angle: "difficulty",
    text: {
      de: "Welche Ihrer Methoden passt nach Ihrer Erfahrung nicht für alle {clients}? Für wen funktioniert sie gut, für wen nicht?",
      en: "In your experience, which of your methods doesn't suit all {clients}? Whom does it work for, and whom not?",
    },
    guidance: {
      de: "Nennen Sie die Methode, für wen sie trägt und woran Sie gemerkt haben, dass sie für andere nicht passt.",
      en: "Name the method, whom it works for and how you noticed that it didn't suit others.",
    },
    example: {
      de: "Gruppenarbeit mit freier Zeiteinteilung funktioniert bei Berufstätigen gut. Ältere {clientsBare} im Computerkurs fühlten sich dabei allein gelassen und fragten nicht nach. Für sie sind kurze angeleitete Phasen mit festen Schritten besser.",
      en: "Group work with self-managed timing works well for people in employment. Older {clients} in the computer course felt left on their own and didn't ask for help. Short guided phases with fixed steps suit them better.",
    },
  },
  {
    id: "kernprozess.evaluation.lqw.3",
    area: "kernprozess",
    dimension: "evaluation",
    models: ["lqw"],
    angle: "voice",
    text: {
      de: "Welche Rückmeldung von {clients} hat Sie zuletzt bestärkt oder zweifeln lassen, ob Ihr Unterricht das selbstständige Lernen wirklich fördert?",
      en: "Which comment from {clients} recently reassured you – or made you doubt – that your teaching really encourages independent learning?",
    },
    guidance: {
      de: "Geben Sie die Rückmeldung sinngemäß wieder und sagen Sie, wie Sie sie bewerten.",
      en: "Give the comment in your own words and say how you judge it.",
    },
    example: {
      de: "Eine Frau schrieb auf den Abschlussbogen: „Ich weiß jetzt, wie ich allein weiterlerne.“ Das hat mich bestärkt. Zwei andere wünschten sich mehr Vorgaben – das nehme ich ernst, denn nicht alle kommen mit viel Freiraum zurecht.",
      en: "One woman wrote on the end-of-course form: 'I now know how to keep learning on my own.' That encouraged me. Two others wanted more structure – I take that seriously, because not everyone copes with a lot of freedom.",
    },
  },
  {
    id: "kernprozess.conclusions.lqw.1",
    area: "kernprozess",
    dimension: "conclusions",
    models: ["lqw"],
    angle: "overview",
    text: {
      de: "Was an der Gestaltung Ihrer Kurse wollen Sie im nächsten Semester beibehalten, und was ändern Sie? Wer kümmert sich darum?",
      en: "What about the way your courses are designed do you want to keep next term, and what will you change? Who will take care of it?",
    },
    guidance: {
      de: "Nennen Sie je eine Sache zum Beibehalten und zum Ändern, mit Zuständigkeit und Termin.",
      en: "Name one thing to keep and one to change, with who is responsible and a date.",
    },
    example: {
      de: "Die Zielkarten in der ersten Stunde behalten wir bei. Neu ist ab dem Herbstsemester eine kurze Zwischenrunde zur Kursmitte, damit wir nicht erst am Ende merken, wenn etwas nicht passt. Frau Yilmaz aus dem Fachbereich Sprachen stellt dafür bis August eine Vorlage bereit.",
      en: "We will keep the goal cards in the first lesson. From the autumn term we are adding a short mid-course check-in so we don't only notice problems at the end. Ms Yilmaz from the languages department will prepare a template by August.",
    },
  },
  {
    id: "kernprozess.conclusions.lqw.2",
    area: "kernprozess",
    dimension: "conclusions",
    models: ["lqw"],
    angle: "difficulty",
    text: {
      de: "Welches Problem im Kursalltag – etwa sehr unterschiedliche Vorkenntnisse oder häufiges Fehlen – wollen Sie als Nächstes angehen? Was schlagen Sie vor?",
      en: "Which everyday problem in your courses – such as very mixed prior knowledge or frequent absences – do you want to tackle next? What do you propose?",
    },
    guidance: {
      de: "Nennen Sie das Problem, den ersten Schritt, den Sie vorschlagen.",
      en: "Name the problem, the first step you propose.",
    },
    example: {
      de: "In den Deutschkursen sind die Vorkenntnisse oft sehr unterschiedlich. Bis Ende März erarbeiten wir beim Kursleitendentreffen Zusatzmaterial für zwei Niveaus. Ab dem Sommersemester erproben es drei Kurse.",
      en: "In the German courses prior knowledge often varies a lot. By the end of March we will put together extra material at two levels at the tutors' meeting. Three courses will try it out from the summer term.",
    },
  },
  {
    id: "kernprozess.conclusions.lqw.3",
    area: "kernprozess",
    dimension: "conclusions",
    models: ["lqw"],
    angle: "change",
    text: {
      de: "Welche Gewohnheit in Ihren Kursen würden Sie aufgeben, weil sie dem widerspricht, was {successDefinition} verlangt? Was soll an ihre Stelle treten?",
      en: "Which habit in your courses would you drop because it runs against what {successDefinition} asks for? What should take its place?",
    },
    guidance: {
      de: "Nennen Sie die Gewohnheit, warum sie nicht passt und was Sie stattdessen tun wollen.",
      en: "Name the habit, why it doesn't fit and what you want to do instead.",
    },
    example: {
      de: "Bisher beende ich Kurse mit einem Abschlusstest, den ich allein bewerte. Künftig sollen die {clients} selbst prüfen, welche ihrer Ziele sie erreicht haben, und ich gebe ergänzend Rückmeldung. Das probiere ich im Herbst im Englischkurs B1 aus.",
      en: "So far I have ended courses with a final test that I mark on my own. In future {clients} will check for themselves which of their goals they have reached, and I will add my feedback. I'll try this in the autumn in the B1 English course.",
    },
  },

  // ─── QB 4 · KQB · Beratungsprozess ─────────────────────────────────────────
  {
    id: "kernprozess.rationale.kqb.1",
    area: "kernprozess",
    dimension: "rationale",
    models: ["kqb"],
    angle: "example",
    text: {
      de: "Denken Sie an eine Beratung, in der die Klärung des Auftrags viel verändert hat: Warum ist Ihnen dieser Schritt wichtig, und wem nützt er?",
      en: "Think of a session where agreeing what the person actually wanted changed a lot: why does this step matter to you, and who benefits from it?",
    },
    guidance: {
      de: "Ein Fall reicht, ohne Angaben, die die Person erkennbar machen. Nennen Sie den Nutzen für die {clients}.",
      en: "One case is enough, without details that identify the person. Name the benefit for the {clients}.",
    },
    example: {
      de: "Eine Frau kam mit der Frage nach einem Umschulungsplatz. Beim Klären stellte sich heraus, dass sie eigentlich wissen wollte, ob sie ihren Beruf überhaupt aufgeben soll. Ohne diesen Schritt hätten wir eine Stunde über das falsche Thema gesprochen.",
      en: "A woman came asking about a retraining place. While we clarified her concern, it turned out she really wanted to know whether to leave her profession at all. Without that step we would have spent an hour on the wrong topic.",
    },
  },
  {
    id: "kernprozess.rationale.kqb.2",
    area: "kernprozess",
    dimension: "rationale",
    models: ["kqb"],
    angle: "overview",
    text: {
      de: "Welche Haltung sollen {clientsBare} in jeder Beratung bei Ihnen spüren – und wie begründet {successDefinition} diese Haltung?",
      en: "Which attitude should {clients} sense in every counselling session with you – and how does {successDefinition} account for it?",
    },
    guidance: {
      de: "Nennen Sie zwei, drei Merkmale der Haltung und den Gedanken im Leitbild, auf den sie sich stützen.",
      en: "Name two or three features of this attitude and the idea in the mission statement they rest on.",
    },
    example: {
      de: "{clientsBare} sollen merken, dass sie die Entscheidung treffen und nicht wir. Wir hören zu, fragen nach und bieten Wissen an, ohne zu drängen. Unsere Definition gelungener Beratung sagt, dass die Person am Ende selbst einen nächsten Schritt benennen kann – das geht nur so.",
      en: "The {clients} should feel that they make the decision, not us. We listen, ask questions and offer knowledge without pushing. Our definition of successful counselling says the person can name their own next step at the end – that only works this way.",
    },
  },
  {
    id: "kernprozess.rationale.kqb.3",
    area: "kernprozess",
    dimension: "rationale",
    models: ["kqb"],
    angle: "difficulty",
    text: {
      de: "Wie begründen Sie, wann eine Beratung endet – auch dann, wenn {clientsBare} gern weitermachen würden?",
      en: "How do you justify when counselling comes to an end – even when the {clients} would like to keep going?",
    },
    guidance: {
      de: "Nennen Sie Ihre Gründe für das Ende und wie Sie sie den {clients} erklären.",
      en: "Give your reasons for ending and how you explain them to the {clients}.",
    },
    example: {
      de: "Wir beenden eine Beratung, wenn das vereinbarte Anliegen geklärt ist – sonst würde daraus schnell eine Dauerbegleitung, die wir nicht leisten können. Ich sage das offen und nenne Stellen, die länger unterstützen. Für eine spätere Rückfrage bleibt die Tür immer offen.",
      en: "We end counselling when the agreed concern has been dealt with – otherwise it quickly turns into ongoing support we can't provide. I say so openly and name services that can help for longer. The door always stays open for a later follow-up question.",
    },
  },
  {
    id: "kernprozess.procedures.kqb.1",
    area: "kernprozess",
    dimension: "procedures",
    models: ["kqb"],
    angle: "overview",
    text: {
      de: "Wie läuft bei Ihnen ein Erstgespräch ab – vom ersten Kontakt über die Klärung des Anliegens bis zur Vereinbarung, wie es weitergeht?",
      en: "How does a first session work at your organisation – from first contact and clarifying the concern to agreeing how to proceed?",
    },
    guidance: {
      de: "Nennen Sie die Schritte, wer sie übernimmt und welche Hilfsmittel Sie nutzen (z. B. Gesprächsleitfaden, Vereinbarungsbogen).",
      en: "Name the steps, who takes them and which aids you use (e.g. interview guide, agreement form).",
    },
    example: {
      de: "Die Anmeldung nimmt Kontaktdaten und das Thema in einem Satz auf und vergibt innerhalb von zwei Wochen einen Termin. Im Erstgespräch klären wir mit unserem Gesprächsleitfaden, was die Person erreichen will. Am Ende halten wir auf dem Vereinbarungsbogen fest, ob und wie oft wir uns wiedersehen.",
      en: "Reception takes contact details and a one-line description of the topic and offers an appointment within two weeks. In the first session we use our interview guide to clarify what the person wants to achieve. At the end we note on the agreement form whether and how often we will meet again.",
    },
  },
  {
    id: "kernprozess.procedures.kqb.2",
    area: "kernprozess",
    dimension: "procedures",
    models: ["kqb"],
    angle: "example",
    text: {
      de: "Welche Methode haben Sie in einer Beratung der letzten Wochen gezielt eingesetzt, und wie sind Sie dabei vorgegangen?",
      en: "Which method did you use deliberately in a counselling session in the last few weeks, and how did you go about it?",
    },
    guidance: {
      de: "Ein Beispiel reicht: Anliegen in einem Satz, Methode, Ablauf – ohne Angaben, die die Person erkennbar machen.",
      en: "One example is enough: the concern in one sentence, the method, the steps – without details that identify the person.",
    },
    example: {
      de: "Ein Mann schwankte zwischen zwei Stellenangeboten. Ich habe mit ihm eine Entscheidungswaage auf Papier gezeichnet und jede Seite gewichten lassen. Danach haben wir besprochen, was ihn an der Gewichtung überrascht hat – das hat die Entscheidung deutlich erleichtert.",
      en: "A man was torn between two job offers. I drew a decision balance on paper with him and had him weight each side. Then we talked about what had surprised him in the weighting – that made the decision much easier.",
    },
  },
  {
    id: "kernprozess.procedures.kqb.3",
    area: "kernprozess",
    dimension: "procedures",
    models: ["kqb"],
    angle: "change",
    text: {
      de: "Was hat sich in den letzten Jahren daran geändert, wie Sie Beratungen abschließen und dokumentieren? Wie gehen Sie heute vor?",
      en: "What has changed in recent years in how you close and document counselling? What do you do now?",
    },
    guidance: {
      de: "Beschreiben Sie früher und heute kurz und nennen Sie den Anlass der Änderung.",
      en: "Briefly describe before and now, and say what prompted the change.",
    },
    example: {
      de: "Früher endeten Beratungen oft ohne klaren Abschluss, die Akte blieb offen. Seit 2023 fassen wir im letzten Gespräch gemeinsam zusammen, was erreicht ist, und notieren es auf dem Abschlussblatt. Nach drei Monaten ohne Kontakt wird der Fall geschlossen.",
      en: "Counselling used to end without a clear close, and the file stayed open. Since 2023 we sum up together in the last session what has been achieved and record it on the closing sheet. After three months without contact the case is closed.",
    },
  },
  {
    id: "kernprozess.results.kqb.1",
    area: "kernprozess",
    dimension: "results",
    models: ["kqb"],
    angle: "evidence",
    text: {
      de: "Welche Unterlagen belegen, wie Ihre Beratungen ablaufen – etwa Beratungskonzept, Gesprächsleitfaden, anonymisierte Dokumentationen oder Protokolle von Fallbesprechungen?",
      en: "Which documents show how your counselling works – such as the counselling concept, interview guide, anonymised records or minutes of case meetings?",
    },
    guidance: {
      de: "Nennen Sie die Unterlagen mit Titel, Datum und Ablageort.",
      en: "List the documents with title, date and where they are kept.",
    },
    example: {
      de: "Unser Beratungskonzept stammt von 2022 und wurde im Mai 2024 überarbeitet. Dazu kommen der Gesprächsleitfaden für Erstgespräche, die Vereinbarungsbögen in der Beratungsdokumentation und die Protokolle der monatlichen Fallbesprechung. Alles liegt im QM-Ordner auf unserem gemeinsamen Laufwerk.",
      en: "Our counselling concept dates from 2022 and was revised in May 2024. There is also the interview guide for first sessions, the agreement forms in the case records and the minutes of the monthly case meeting. Everything is in the quality folder on our shared drive.",
    },
  },
  {
    id: "kernprozess.results.kqb.2",
    area: "kernprozess",
    dimension: "results",
    models: ["kqb"],
    angle: "voice",
    text: {
      de: "Was haben {clientsBare} am Ende einer Beratung als Ergebnis für sich benannt? Wo ist das festgehalten?",
      en: "What did {clients} name as their own outcome at the end of counselling? Where is this recorded?",
    },
    guidance: {
      de: "Nennen Sie zwei, drei typische Aussagen sinngemäß und wo sie festgehalten sind.",
      en: "Give two or three typical statements in your own words and where they are recorded.",
    },
    example: {
      de: "Häufig hören wir: „Ich weiß jetzt, was ich als Nächstes tue.“ Andere sagen, dass sie sich sicherer fühlen, mit dem Arbeitgeber zu sprechen. Wir notieren das im Abschlussfeld der Dokumentation; 2024 war es bei rund zwei Dritteln der Fälle ausgefüllt.",
      en: "We often hear: 'Now I know what I'll do next.' Others say they feel more confident talking to their employer. We note this in the closing field of the records; in 2024 it was filled in for about two-thirds of cases.",
    },
  },
  {
    id: "kernprozess.results.kqb.3",
    area: "kernprozess",
    dimension: "results",
    models: ["kqb"],
    angle: "example",
    text: {
      de: "Was hat eine Beratung der letzten Monate für eine ratsuchende Person konkret bewirkt – eine Entscheidung, einen nächsten Schritt, mehr Klarheit? Womit lässt sich das belegen?",
      en: "What did a counselling process in recent months actually achieve for someone – a decision, a next step, more clarity? What shows it?",
    },
    guidance: {
      de: "Ein Fall reicht, anonym. Nennen Sie das Ergebnis und den Beleg (z. B. Abschlussblatt, Rückmeldung).",
      en: "One anonymous case is enough. Name the result and the evidence (e.g. closing sheet, feedback).",
    },
    example: {
      de: "Eine alleinerziehende Mutter hat nach drei Gesprächen eine Ausbildung in Teilzeit beantragt, die im September bewilligt wurde. Sie hat uns das per E-Mail mitgeteilt; die Nachricht liegt anonymisiert in der Falldokumentation.",
      en: "After three sessions a single parent applied for part-time vocational training, which was approved in September. She told us by email; the message is kept in anonymised form in the case records.",
    },
  },
  {
    id: "kernprozess.evaluation.kqb.1",
    area: "kernprozess",
    dimension: "evaluation",
    models: ["kqb"],
    angle: "overview",
    text: {
      de: "Wie nah kommen Ihre Beratungen dem, was {successDefinition} beschreibt? Woran machen Sie Ihre Einschätzung fest?",
      en: "How close does your counselling come to what {successDefinition} describes? What do you base your view on?",
    },
    guidance: {
      de: "Geben Sie eine ehrliche Einschätzung mit einem Grund dafür und einem dagegen.",
      en: "Give an honest assessment with one reason for and one against.",
    },
    example: {
      de: "In den meisten Beratungen gelingt es, dass {clientsBare} mit einem eigenen nächsten Schritt gehen – das zeigen die Abschlussblätter. Schwächer sind wir bei Menschen, die nur einmal kommen: Da bleibt oft offen, ob die Beratung etwas bewirkt hat.",
      en: "In most cases {clients} leave with a next step of their own – the closing sheets show this. We are weaker with people who only come once: there it often remains unclear whether the counselling made a difference.",
    },
  },
  {
    id: "kernprozess.evaluation.kqb.2",
    area: "kernprozess",
    dimension: "evaluation",
    models: ["kqb"],
    angle: "difficulty",
    text: {
      de: "Bei welchen Anliegen oder {clients} stößt Ihr übliches Vorgehen an Grenzen? Was gelingt dort trotzdem, was nicht?",
      en: "With which concerns or {clients} does your usual approach reach its limits? What still works there, and what doesn't?",
    },
    guidance: {
      de: "Nennen Sie die Situation, was dort nicht trägt und was sich bewährt hat.",
      en: "Name the situation, what doesn't hold up there and what has proved useful.",
    },
    example: {
      de: "Bei {clients}, die von einer Behörde geschickt werden, passt unsere Auftragsklärung schlecht: Sie wollen oft nur eine Bescheinigung. Es gelingt, wenn wir offen ansprechen, was die Behörde erwartet und was die Person selbst will. Manchmal bleibt es aber bei einem Pflichttermin.",
      en: "Our way of clarifying the concern fits badly with {clients} sent by an authority: they often just want a certificate. It works when we openly discuss what the authority expects and what the person wants. Sometimes, though, it remains a compulsory appointment.",
    },
  },
  {
    id: "kernprozess.evaluation.kqb.3",
    area: "kernprozess",
    dimension: "evaluation",
    models: ["kqb"],
    angle: "voice",
    text: {
      de: "Welche Rückmeldung von {clients} hat Ihnen zuletzt gezeigt, was in Ihren Beratungen gut trägt – und was nicht?",
      en: "Which comment from the {clients} recently showed you what works well in your counselling – and what doesn't?",
    },
    guidance: {
      de: "Geben Sie die Rückmeldung sinngemäß wieder und sagen Sie, wie Sie sie bewerten.",
      en: "Give the comment in your own words and say how you judge it.",
    },
    example: {
      de: "Ein Mann sagte beim Abschied, er habe sich zum ersten Mal nicht bevormundet gefühlt. Eine andere schrieb auf den Bogen, die Wartezeit von fünf Wochen sei zu lang gewesen. Beides stimmt: Die Gespräche selbst sind gut, der Zugang ist unser Schwachpunkt.",
      en: "One man said on leaving that for the first time he hadn't felt patronised. Another wrote on the form that the five-week wait had been too long. Both are true: the sessions themselves are good; getting an appointment is our weak point.",
    },
  },
  {
    id: "kernprozess.conclusions.kqb.1",
    area: "kernprozess",
    dimension: "conclusions",
    models: ["kqb"],
    angle: "overview",
    text: {
      de: "Was an Ihrem Beratungsablauf soll so bleiben, wie es ist, und was wollen Sie ändern? Was schlagen Sie vor?",
      en: "What about your counselling process should stay as it is, and what do you want to change? What do you propose?",
    },
    guidance: {
      de: "Nennen Sie je eine Sache zum Beibehalten und zum Ändern, mit Zuständigkeit und Termin.",
      en: "Name one thing to keep and one to change, with who is responsible and a date.",
    },
    example: {
      de: "Erstgespräch und Vereinbarungsbogen bleiben, sie haben sich bewährt. Ändern wollen wir den Abschluss: Ab Januar bieten wir allen ein kurzes Nachgespräch nach acht Wochen an. Herr Brandt erstellt dafür bis Dezember einen Ablauf.",
      en: "The first session and the agreement form stay – they have proved their worth. We want to change the ending: from January we will offer everyone a short follow-up call after eight weeks. Mr Brandt will draw up a procedure for this by December.",
    },
  },
  {
    id: "kernprozess.conclusions.kqb.2",
    area: "kernprozess",
    dimension: "conclusions",
    models: ["kqb"],
    angle: "change",
    text: {
      de: "Welche Änderung würde am meisten dazu beitragen, dass {clientsBare} erreichen, was {successDefinition} beschreibt?",
      en: "Which change would do most to help {clients} achieve what {successDefinition} describes?",
    },
    guidance: {
      de: "Nennen Sie eine Änderung, warum gerade diese, und einen ersten Schritt.",
      en: "Name one change, why this one, and a first step.",
    },
    example: {
      de: "Am meisten würde helfen, wenn {clientsBare} schon vor dem Erstgespräch einen kurzen Bogen mit ihren Fragen ausfüllen. Dann beginnt das Gespräch gleich beim Anliegen. Wir probieren das ab März in der Außenstelle aus und werten es im Sommer aus.",
      en: "What would help most is for {clients} to fill in a short form with their questions before the first session. Then the conversation starts right at their concern. We will try this at our branch office from March and review it in the summer.",
    },
  },
  {
    id: "kernprozess.conclusions.kqb.3",
    area: "kernprozess",
    dimension: "conclusions",
    models: ["kqb"],
    angle: "difficulty",
    text: {
      de: "Welche Schwierigkeit im Beratungsablauf – etwa lange Wartezeiten, Abbrüche oder unklare Aufträge – wollen Sie als Nächstes angehen, und mit welchem ersten Schritt?",
      en: "Which difficulty in the counselling process – such as long waits, drop-outs or unclear aims – do you want to tackle next, and with what first step?",
    },
    guidance: {
      de: "Nennen Sie die Schwierigkeit, den ersten Schritt, den Sie vorschlagen.",
      en: "Name the difficulty, the first step you propose.",
    },
    example: {
      de: "Rund ein Fünftel der {clients} erscheint nicht zum zweiten Termin. Wir wollen wissen, warum: Bis Ende Juni ruft die Verwaltung die Betroffenen kurz an und notiert die Gründe. Im Juli besprechen wir das Ergebnis in der Dienstbesprechung.",
      en: "About one in five of the {clients} doesn't come to the second appointment. We want to know why: by the end of June the office will briefly phone those concerned and note the reasons. In July we will discuss the results at the staff meeting.",
    },
  },

  // ─── QB 4 · KQS · Dienstleistungsprozess ───────────────────────────────────
  {
    id: "kernprozess.rationale.kqs.1",
    area: "kernprozess",
    dimension: "rationale",
    models: ["kqs"],
    angle: "overview",
    text: {
      de: "Warum planen Sie die Unterstützung gemeinsam mit den {clients} statt für sie? Was sagt {successDefinition} dazu?",
      en: "Why do you plan support together with {clients} rather than for them? What does {successDefinition} say about this?",
    },
    guidance: {
      de: "Nennen Sie den Grund und den Gedanken im Leitbild, auf den Sie sich stützen.",
      en: "Give the reason and the idea in the mission statement you rely on.",
    },
    example: {
      de: "Ziele, die jemand selbst formuliert hat, verfolgt er auch. Unsere Definition gelungener Dienstleistung sagt, dass {clientsBare} ihr Leben so weit wie möglich selbst bestimmen. Deshalb schreiben wir die Ziele im Hilfeplan in ihren Worten auf, nicht in unseren.",
      en: "People pursue goals they have put into words themselves. Our definition of a successful service says {clients} shape their own lives as far as possible. That's why we write the goals in the support plan in their words, not ours.",
    },
  },
  {
    id: "kernprozess.rationale.kqs.2",
    area: "kernprozess",
    dimension: "rationale",
    models: ["kqs"],
    angle: "voice",
    text: {
      de: "Wie erklären Sie {clients} oder Angehörigen, warum Sie manche Dinge gemeinsam mit ihnen tun, statt sie ihnen abzunehmen?",
      en: "How do you explain to {clients} or relatives why you do some things together with them instead of simply doing them for them?",
    },
    guidance: {
      de: "Geben Sie Ihre Erklärung so wieder, wie Sie sie sagen würden, und nennen Sie den Nutzen für die Person.",
      en: "Give your explanation as you would say it, and name the benefit for the person.",
    },
    example: {
      de: "Eine Mutter fragte, warum ich den Antrag nicht einfach für ihren Sohn ausfülle. Ich habe gesagt: Beim nächsten Mal bin ich vielleicht nicht da, und dann soll er das allein schaffen. Wir haben ihn zusammen ausgefüllt, den zweiten hat er allein geschrieben.",
      en: "A mother asked why I didn't just fill in the application for her son. I said: next time I might not be there, and then he should be able to manage on his own. We filled it in together; he did the second one by himself.",
    },
  },
  {
    id: "kernprozess.rationale.kqs.3",
    area: "kernprozess",
    dimension: "rationale",
    models: ["kqs"],
    angle: "difficulty",
    text: {
      de: "Wenn andere Stellen, etwa Kostenträger oder Jugendamt, etwas anderes wollen als die Person, um die es geht: Woran richten Sie Ihr Handeln aus, und warum?",
      en: "When other bodies, such as the funding agency or youth welfare office, want something different from the person concerned, what guides your actions, and why?",
    },
    guidance: {
      de: "Ein Fall reicht, ohne erkennbare Personen. Nennen Sie den Konflikt und Ihre Gründe.",
      en: "One case is enough, without identifiable people. Name the conflict and your reasons.",
    },
    example: {
      de: "Der Kostenträger wollte die Stunden für einen Mann kürzen, weil er formal selbstständig wohnt. Er selbst wollte weiter Unterstützung bei Behördengängen. Wir haben im Hilfeplangespräch seine Sicht gestärkt, weil Teilhabe für uns vor Fristen steht – und einen Kompromiss erreicht.",
      en: "The funding agency wanted to cut hours for a man because he formally lives independently. He wanted continued help dealing with public offices. In the support planning meeting we backed his view, because for us participation comes before deadlines – and reached a compromise.",
    },
  },
  {
    id: "kernprozess.procedures.kqs.1",
    area: "kernprozess",
    dimension: "procedures",
    models: ["kqs"],
    angle: "overview",
    text: {
      de: "Wie entsteht bei Ihnen ein Hilfe- oder Unterstützungsplan? Wer ist beteiligt, wie oft wird er überprüft, und welche Vorlagen nutzen Sie?",
      en: "How is a support plan drawn up at your organisation? Who takes part, how often is it reviewed, and which templates do you use?",
    },
    guidance: {
      de: "Nennen Sie die Schritte, die Beteiligten, den Rhythmus der Überprüfung und die Vorlagen.",
      en: "Name the steps, the people involved, how often it is reviewed and the templates.",
    },
    example: {
      de: "Nach der Aufnahme führt die Bezugsfachkraft innerhalb von sechs Wochen ein Planungsgespräch mit der Person, die wir unterstützen, auf Wunsch mit Angehörigen. Wir nutzen unsere Vorlage „Ziele und Schritte“. Alle sechs Monate wird der Plan gemeinsam überprüft und neu unterschrieben.",
      en: "After admission the key worker holds a planning meeting with the person we support within six weeks, with relatives if they wish. We use our 'Goals and steps' template. Every six months the plan is reviewed together and signed again.",
    },
  },
  {
    id: "kernprozess.procedures.kqs.2",
    area: "kernprozess",
    dimension: "procedures",
    models: ["kqs"],
    angle: "example",
    text: {
      de: "Wie haben Sie in einem Fall der letzten Wochen dafür gesorgt, dass jemand von den {clients} bei einer Entscheidung wirklich mitreden konnte?",
      en: "In a case from the last few weeks, how did you make sure one of the {clients} really had a say in a decision?",
    },
    guidance: {
      de: "Ein Fall reicht, anonym: die Entscheidung, was Sie konkret getan haben, wie es ausging.",
      en: "One anonymous case is enough: the decision, what you actually did and how it turned out.",
    },
    example: {
      de: "Es ging um einen Umzug in eine kleinere Wohngruppe. Ich habe die Informationen in leichter Sprache aufgeschrieben und mit der Frau die neue Gruppe zweimal besucht. Sie hat sich dann selbst dafür entschieden und den Umzugstermin mitbestimmt.",
      en: "It was about moving to a smaller shared home. I wrote the information down in easy-read language and visited the new group twice with the woman concerned. She then decided in favour herself and helped choose the moving date.",
    },
  },
  {
    id: "kernprozess.procedures.kqs.3",
    area: "kernprozess",
    dimension: "procedures",
    models: ["kqs"],
    angle: "change",
    text: {
      de: "Was hat sich zuletzt an der Zusammenarbeit mit anderen Diensten oder Einrichtungen geändert – wer spricht mit wem, wie oft und auf welchem Weg?",
      en: "What has changed recently in how you work with other services or institutions – who talks to whom, how often and by what means?",
    },
    guidance: {
      de: "Beschreiben Sie die Änderung, die Beteiligten und wie der Austausch jetzt abläuft.",
      en: "Describe the change, who is involved and how the exchange works now.",
    },
    example: {
      de: "Seit Anfang 2024 treffen wir uns vierteljährlich mit dem Allgemeinen Sozialen Dienst und der Schulsozialarbeit zu gemeinsamen Fallbesprechungen – nur mit schriftlicher Einwilligung der Familien. Vorher lief alles über einzelne Anrufe, und Absprachen gingen verloren.",
      en: "Since early 2024 we have met quarterly with the local children's social services and the school social workers for joint case reviews – only with the families' written consent. Before that everything went through individual phone calls, and agreements got lost.",
    },
  },
  {
    id: "kernprozess.results.kqs.1",
    area: "kernprozess",
    dimension: "results",
    models: ["kqs"],
    angle: "evidence",
    text: {
      de: "Welche Unterlagen zeigen, wie Ihre Dienstleistung abläuft – etwa Konzeption, Hilfepläne, Verlaufsdokumentation oder Kooperationsvereinbarungen?",
      en: "Which documents show how your service works – such as the service concept, support plans, progress notes or cooperation agreements?",
    },
    guidance: {
      de: "Nennen Sie die Unterlagen mit Titel, Datum und Ablageort.",
      en: "List the documents with title, date and where they are kept.",
    },
    example: {
      de: "Die Konzeption unseres ambulant betreuten Wohnens liegt in der Fassung von 2023 vor. In der Fallakte liegen die Hilfepläne mit Unterschrift der {clients}, den Verlauf dokumentieren wir in unserem Dokumentationsprogramm. Dazu kommt die Kooperationsvereinbarung mit der Schuldnerberatung vom April 2024.",
      en: "The concept for our supported living service is in its 2023 version. The support plans signed by {clients} are in the case files, and we keep progress notes in our record-keeping system. There is also the cooperation agreement with the debt advice service from April 2024.",
    },
  },
  {
    id: "kernprozess.results.kqs.2",
    area: "kernprozess",
    dimension: "results",
    models: ["kqs"],
    angle: "overview",
    text: {
      de: "Was zeigen Ihre Zahlen des letzten Jahres – etwa zu Hilfeplangesprächen, erreichten Zielen oder vorzeitigen Beendigungen – und wo sind sie festgehalten?",
      en: "What do last year's figures show – for example on support planning meetings, goals achieved or early terminations – and where are they recorded?",
    },
    guidance: {
      de: "Nennen Sie zwei, drei Zahlen und die Quelle (Jahresbericht, Statistik, Auswertung).",
      en: "Give two or three figures and their source (annual report, statistics, analysis).",
    },
    example: {
      de: "2024 fanden 86 von 92 fälligen Hilfeplangesprächen fristgerecht statt. In gut der Hälfte der Pläne wurde mindestens ein Ziel als erreicht eingetragen, sieben Betreuungen endeten vorzeitig. Die Zahlen stehen im Jahresbericht an den Träger.",
      en: "In 2024, 86 of 92 scheduled support planning meetings took place on time. In just over half the plans at least one goal was marked as achieved; seven support arrangements ended early. The figures are in the annual report to our parent organisation.",
    },
  },
  {
    id: "kernprozess.results.kqs.3",
    area: "kernprozess",
    dimension: "results",
    models: ["kqs"],
    angle: "voice",
    text: {
      de: "Was haben {clientsBare} selbst als Veränderung benannt, etwa im Hilfeplangespräch oder beim Abschluss? Wo ist das festgehalten?",
      en: "What have {clients} themselves named as a change, for example in a support planning meeting or when support ended? Where is this recorded?",
    },
    guidance: {
      de: "Nennen Sie zwei, drei Aussagen sinngemäß und wo sie festgehalten sind.",
      en: "Give two or three statements in your own words and where they are recorded.",
    },
    example: {
      de: "Ein Mann sagte im Hilfeplangespräch, er gehe jetzt wieder allein einkaufen. Eine Frau erzählte beim Abschied, dass sie ihre Post inzwischen selbst sortiert. Das eine steht im Gesprächsprotokoll, das andere im Abschlussbericht.",
      en: "One man said in his support planning meeting that he now goes shopping on his own again. Another told us when support ended that she now sorts her post herself. One is in the meeting notes, the other in the closing report.",
    },
  },
  {
    id: "kernprozess.evaluation.kqs.1",
    area: "kernprozess",
    dimension: "evaluation",
    models: ["kqs"],
    angle: "overview",
    text: {
      de: "Gelingt Ihre Dienstleistung so, wie {successDefinition} es beschreibt? Wo sehen Sie Stärken, wo Lücken?",
      en: "Does your service succeed in the way {successDefinition} describes? Where do you see strengths, and where gaps?",
    },
    guidance: {
      de: "Geben Sie eine ehrliche Einschätzung und nennen Sie, woran Sie sie festmachen.",
      en: "Give an honest assessment and say what you base it on.",
    },
    example: {
      de: "Bei der Begleitung im Alltag gelingt es gut: Die meisten {clients} erreichen ihre selbst gesteckten Ziele. Eine Lücke sehen wir bei der Teilhabe außerhalb der Einrichtung – Kontakte in der Freizeit entstehen selten, auch weil uns dafür Zeit fehlt.",
      en: "It works well in everyday support: most {clients} reach the goals they set themselves. We see a gap in participation outside the service – social contacts in leisure time rarely develop, partly because we lack the time for it.",
    },
  },
  {
    id: "kernprozess.evaluation.kqs.2",
    area: "kernprozess",
    dimension: "evaluation",
    models: ["kqs"],
    angle: "difficulty",
    text: {
      de: "Wo bleibt die Beteiligung der {clients} hinter Ihrem eigenen Anspruch zurück – etwa bei Zeitdruck oder Vorgaben von außen?",
      en: "Where does the involvement of the {clients} fall short of your own standards – for example under time pressure or external requirements?",
    },
    guidance: {
      de: "Nennen Sie die Situation, was dort fehlt und wie Sie das bewerten.",
      en: "Name the situation, what is missing there and how you judge it.",
    },
    example: {
      de: "In Krisen entscheiden wir oft schnell und ohne lange Rücksprache. Das halten wir für vertretbar. Weniger gut ist, dass wir solche Entscheidungen hinterher selten mit den Betroffenen besprechen – da bleiben wir unter unserem Anspruch.",
      en: "In a crisis we often decide quickly without much consultation. We think that is justifiable. Less good is that we rarely talk such decisions through with those affected afterwards – there we fall short of our own standards.",
    },
  },
  {
    id: "kernprozess.evaluation.kqs.3",
    area: "kernprozess",
    dimension: "evaluation",
    models: ["kqs"],
    angle: "change",
    text: {
      de: "Welche Neuerung der letzten Zeit im Ablauf Ihrer Unterstützung hat sich bewährt, und welche nicht? Woran machen Sie das fest?",
      en: "Which recent change in the way you provide support has proved its worth, and which hasn't? What makes you say so?",
    },
    guidance: {
      de: "Nennen Sie die Neuerung, Ihr Urteil und einen Grund oder Beleg dafür.",
      en: "Name the change, your judgement and a reason or piece of evidence.",
    },
    example: {
      de: "Die Hilfeplanung in leichter Sprache hat sich bewährt: Mehr {clientsBare} bringen eigene Wünsche ein, das zeigen die Protokolle. Die Terminerinnerung per SMS dagegen nutzt kaum jemand, viele haben kein passendes Telefon.",
      en: "Support planning in easy-read language has proved its worth: more {clients} bring in their own wishes, as the meeting notes show. The text-message appointment reminder, on the other hand, is hardly used – many don't have a suitable phone.",
    },
  },
  {
    id: "kernprozess.conclusions.kqs.1",
    area: "kernprozess",
    dimension: "conclusions",
    models: ["kqs"],
    angle: "overview",
    text: {
      de: "Was soll in Ihrer Arbeit mit {clients} so bleiben, und was wollen Sie ändern? Was schlagen Sie vor?",
      en: "What should stay as it is in your work with {clients}, and what do you want to change? What do you propose?",
    },
    guidance: {
      de: "Nennen Sie je eine Sache zum Beibehalten und zum Ändern, mit Zuständigkeit und Termin.",
      en: "Name one thing to keep and one to change, with who is responsible and a date.",
    },
    example: {
      de: "Die feste Bezugsfachkraft behalten wir bei, das schafft Vertrauen. Ändern wollen wir die Übergabe bei Urlaub und Krankheit: Bis Ende September erstellt Frau Öztürk einen einseitigen Übergabebogen, den ab Oktober alle nutzen.",
      en: "We will keep having one fixed key worker – it builds trust. We want to change handovers during holidays and sick leave: by the end of September Ms Öztürk will draw up a one-page handover form that everyone uses from October.",
    },
  },
  {
    id: "kernprozess.conclusions.kqs.2",
    area: "kernprozess",
    dimension: "conclusions",
    models: ["kqs"],
    angle: "voice",
    text: {
      de: "Welchen Vorschlag von {clients}, Angehörigen oder aus dem Kollegium wollen Sie aufgreifen? Was ist der erste Schritt?",
      en: "Which suggestion from {clients}, relatives or colleagues do you want to take up? What is the first step?",
    },
    guidance: {
      de: "Nennen Sie den Vorschlag, von wem er kam, und was als Erstes geschieht.",
      en: "Name the suggestion, who made it and what happens first.",
    },
    example: {
      de: "Mehrere {clientsBare} wünschen sich Termine auch am frühen Abend, weil sie tagsüber arbeiten. Ab Februar bieten wir donnerstags Termine bis 19 Uhr an. Nach drei Monaten schauen wir in der Dienstbesprechung, wie das angenommen wird.",
      en: "Several {clients} would like appointments in the early evening because they work during the day. From February we will offer appointments until 7 pm on Thursdays. After three months we will look at the take-up at our staff meeting.",
    },
  },
  {
    id: "kernprozess.conclusions.kqs.3",
    area: "kernprozess",
    dimension: "conclusions",
    models: ["kqs"],
    angle: "change",
    text: {
      de: "Was müsste sich an Abläufen oder Absprachen ändern, damit mehr {clientsBare} erleben, was {successDefinition} beschreibt?",
      en: "What would have to change in your procedures or arrangements for more {clients} to experience what {successDefinition} describes?",
    },
    guidance: {
      de: "Nennen Sie eine konkrete Änderung, die Sie vorschlagen.",
      en: "Name one concrete change you propose.",
    },
    example: {
      de: "Kontakte in der Freizeit außerhalb der Einrichtung entstehen selten. Wir wollen mit zwei Sportvereinen im Stadtteil feste Ansprechpersonen vereinbaren. Herr Kaya nimmt bis Ostern Kontakt auf, im Herbst werten wir aus, wer das Angebot genutzt hat.",
      en: "Social contacts in leisure time outside the service rarely develop. We want to agree fixed contact persons with two local sports clubs. Mr Kaya will get in touch by Easter, and in the autumn we will look at who has used the offer.",
    },
  },

  // ─── QB 5 · LQW · Evaluation der Bildungsprozesse ──────────────────────────
  {
    id: "evaluation.rationale.lqw.1",
    area: "evaluation",
    dimension: "rationale",
    models: ["lqw"],
    angle: "overview",
    text: {
      de: "Warum fragen Sie {clientsBare} bei der Kursauswertung genau das, was Sie fragen? Wie hängen diese Fragen und {successDefinition} zusammen?",
      en: "Why do you ask {clients} exactly the questions you ask when evaluating a course? How are those questions connected to {successDefinition}?",
    },
    guidance: {
      de: "Nennen Sie zwei, drei Fragen aus Ihrer Auswertung und den Gedanken im Leitbild, auf den sie zielen.",
      en: "Name two or three questions from your evaluation and the idea in the mission statement they address.",
    },
    example: {
      de: "Auf unserem Abschlussbogen steht neben der Zufriedenheit die Frage: „Was können Sie jetzt im Alltag oder Beruf anders machen?“ Unsere Definition gelungenen Lernens betont genau diesen Nutzen. Eine zweite Frage lautet, ob die eigenen Ziele erreicht wurden.",
      en: "Alongside satisfaction, our end-of-course form asks: 'What can you now do differently in everyday life or at work?' Our definition of successful learning stresses exactly this benefit. A second question asks whether they reached their own goals.",
    },
  },
  {
    id: "evaluation.rationale.lqw.2",
    area: "evaluation",
    dimension: "rationale",
    models: ["lqw"],
    angle: "voice",
    text: {
      de: "Wenn {clientsBare} fragen, wozu sie schon wieder einen Bogen ausfüllen sollen: Was antworten Sie, und was haben sie selbst davon?",
      en: "When {clients} ask why they have to fill in yet another form, what do you say – and what do they get out of it themselves?",
    },
    guidance: {
      de: "Geben Sie Ihre Antwort so wieder, wie Sie sie im Kurs sagen würden, und nennen Sie den Nutzen für die {clients}.",
      en: "Give your answer as you would say it in class, and name the benefit for the {clients}.",
    },
    example: {
      de: "Ich sage: Ihre Antworten haben schon etwas verändert – wegen früherer Bögen gibt es jetzt kürzere Pausen und mehr Übungszeit. Außerdem hilft die Frage nach den eigenen Zielen, kurz innezuhalten: Was habe ich eigentlich gelernt?",
      en: "I say: your answers have already changed things – because of earlier forms there are now shorter breaks and more practice time. And the question about your own goals helps you pause for a moment: what have I actually learned?",
    },
  },
  {
    id: "evaluation.rationale.lqw.3",
    area: "evaluation",
    dimension: "rationale",
    models: ["lqw"],
    angle: "difficulty",
    text: {
      de: "Reicht die Zufriedenheit der {clients} als Maßstab für einen guten Kurs? Was verlangt {successDefinition} darüber hinaus?",
      en: "Is the satisfaction of the {clients} enough to judge whether a course was good? What else does {successDefinition} require?",
    },
    guidance: {
      de: "Begründen Sie, warum Zufriedenheit reicht oder nicht, und was Sie zusätzlich in den Blick nehmen.",
      en: "Explain why satisfaction is or isn't enough and what else you look at.",
    },
    example: {
      de: "Zufriedene {clientsBare} sind wichtig, sagen aber wenig über das Lernen: Ein netter Abend ist noch kein Lernerfolg. Unsere Definition gelungenen Lernens verlangt, dass Menschen ihre Ziele prüfen und das Gelernte anwenden. Deshalb fragen wir auch danach.",
      en: "Satisfied {clients} matter, but that says little about learning: a pleasant evening isn't yet a learning success. Our definition of successful learning requires people to check their goals and apply what they learned. So we ask about that too.",
    },
  },
  {
    id: "evaluation.procedures.lqw.1",
    area: "evaluation",
    dimension: "procedures",
    models: ["lqw"],
    angle: "overview",
    text: {
      de: "Wie werten Sie Kurse aus – mit Bögen, Gesprächen, Abschlussrunden oder Hospitationen? Wer wertet aus, und wie oft?",
      en: "How do you evaluate courses – with forms, conversations, closing rounds or classroom visits? Who analyses the results, and how often?",
    },
    guidance: {
      de: "Nennen Sie die Verfahren, wer zuständig ist, wie oft ausgewertet wird und wohin die Ergebnisse gehen.",
      en: "Name the methods, who is responsible, how often results are analysed and where they go.",
    },
    example: {
      de: "Jeder Kurs ab acht Terminen bekommt am Ende unseren Rückmeldebogen; die Verwaltung erfasst die Bögen in einer Tabelle. Die Fachbereichsleitungen werten sie einmal pro Semester aus und sprechen Auffälligkeiten mit den Kursleitenden durch. Neue Kursleitende bekommen im ersten Jahr eine Hospitation.",
      en: "Every course of eight sessions or more gets our feedback form at the end; the office enters the forms into a spreadsheet. Heads of department analyse them once a term and discuss anything striking with the tutors. New tutors get a classroom visit in their first year.",
    },
  },
  {
    id: "evaluation.procedures.lqw.2",
    area: "evaluation",
    dimension: "procedures",
    models: ["lqw"],
    angle: "example",
    text: {
      de: "Wie haben Sie in Ihrem letzten Kurs zwischendurch geprüft, ob die {clients} auf dem Weg zu dem sind, was {successDefinition} beschreibt?",
      en: "In your last course, how did you check along the way whether {clients} were on track towards what {successDefinition} describes?",
    },
    guidance: {
      de: "Ein Kurs reicht: Zeitpunkt, Vorgehen und was Sie daraufhin getan haben.",
      en: "One course is enough: when, how, and what you did as a result.",
    },
    example: {
      de: "In der fünften Stunde des Englischkurses habe ich die Zielkarten vom Anfang ausgeteilt. Alle haben mit einem Punkt markiert, wie nah sie ihrem Ziel sind. Zwei lagen weit zurück; mit ihnen habe ich kurz gesprochen und ihnen Übungen für zu Hause gegeben.",
      en: "In the fifth lesson of the English course I handed out the goal cards from the start. Everyone marked with a dot how close they were to their goal. Two were well behind; I had a quick word with them and gave them exercises to do at home.",
    },
  },
  {
    id: "evaluation.procedures.lqw.3",
    area: "evaluation",
    dimension: "procedures",
    models: ["lqw"],
    angle: "change",
    text: {
      de: "Was hat sich an Ihrer Kursauswertung zuletzt geändert – etwa neue Fragen, eine digitale Befragung oder eine Zwischenauswertung zur Kursmitte?",
      en: "What has changed recently in how you evaluate courses – for example new questions, an online survey or a mid-course review?",
    },
    guidance: {
      de: "Beschreiben Sie die Änderung, den Anlass und wie es jetzt abläuft.",
      en: "Describe the change, what prompted it and how it works now.",
    },
    example: {
      de: "Seit dem Sommersemester gibt es den Rückmeldebogen auch als digitale Befragung über einen QR-Code, weil viele Papierbögen unvollständig waren. Die Kursleitenden zeigen den Code in der letzten Stunde und geben zehn Minuten Zeit. Papier bleibt für alle, die es lieber mögen.",
      en: "Since the summer term the feedback form has also been available online via a QR code, because many paper forms were incomplete. Tutors show the code in the last lesson and allow ten minutes. Paper remains for anyone who prefers it.",
    },
  },
  {
    id: "evaluation.results.lqw.1",
    area: "evaluation",
    dimension: "results",
    models: ["lqw"],
    angle: "evidence",
    text: {
      de: "Welche Auswertungsergebnisse der letzten Zeit können Sie vorlegen – etwa zusammengefasste Bögen, Auswertungsberichte oder Protokolle von Auswertungsgesprächen?",
      en: "Which recent evaluation results can you show – such as summarised forms, evaluation reports or minutes of review meetings?",
    },
    guidance: {
      de: "Nennen Sie die Unterlagen mit Titel, Zeitraum und Ablageort.",
      en: "List the documents with title, period covered and where they are kept.",
    },
    example: {
      de: "Wir haben die Semesterauswertungen 2023 und 2024 je Fachbereich, die Liste der Hospitationen mit Datum und die Protokolle der Auswertungsgespräche mit den Kursleitenden. Alles liegt im Ordner „Evaluation“ auf dem gemeinsamen Laufwerk.",
      en: "We have the 2023 and 2024 term evaluations per department, the list of classroom visits with dates and the minutes of review meetings with tutors. Everything is in the 'Evaluation' folder on the shared drive.",
    },
  },
  {
    id: "evaluation.results.lqw.2",
    area: "evaluation",
    dimension: "results",
    models: ["lqw"],
    angle: "overview",
    text: {
      de: "Was zeigt Ihre letzte Auswertung darüber, ob {clientsBare} erreicht haben, was {successDefinition} beschreibt? Wie viele haben sich beteiligt?",
      en: "What does your latest evaluation show about whether {clients} achieved what {successDefinition} describes? How many took part?",
    },
    guidance: {
      de: "Nennen Sie ein, zwei Zahlen oder Aussagen und die Rücklaufquote.",
      en: "Give one or two figures or statements and the response rate.",
    },
    example: {
      de: "Im Frühjahrssemester kamen 412 Bögen zurück, etwa 60 Prozent der {clients}. 71 Prozent gaben an, ihre eigenen Ziele ganz oder größtenteils erreicht zu haben; 58 Prozent nannten eine konkrete Anwendung im Alltag oder Beruf.",
      en: "In the spring term 412 forms came back, about 60 per cent of {clients}. 71 per cent said they had fully or largely reached their own goals; 58 per cent named a concrete use in everyday life or at work.",
    },
  },
  {
    id: "evaluation.results.lqw.3",
    area: "evaluation",
    dimension: "results",
    models: ["lqw"],
    angle: "change",
    text: {
      de: "Welche Verbesserung in einem Kurs oder Fachbereich ist direkt aus einer Auswertung entstanden? Wo ist das festgehalten?",
      en: "Which improvement in a course or department came directly out of an evaluation? Where is it recorded?",
    },
    guidance: {
      de: "Nennen Sie das Auswertungsergebnis, die Änderung und den Beleg (Protokoll, neue Kursbeschreibung).",
      en: "Name the evaluation finding, the change and the evidence (minutes, new course description).",
    },
    example: {
      de: "Mehrere Bögen aus den Yogakursen bemängelten zu große Gruppen. Seit Herbst 2023 sind diese Kurse auf 14 Personen begrenzt. Das steht im Protokoll der Fachbereichssitzung vom 12. Juni 2023 und in den neuen Kursbeschreibungen.",
      en: "Several forms from the yoga courses complained about groups being too large. Since autumn 2023 these courses have been capped at 14 people. This is in the minutes of the department meeting of 12 June 2023 and in the new course descriptions.",
    },
  },
  {
    id: "evaluation.evaluation.lqw.1",
    area: "evaluation",
    dimension: "evaluation",
    models: ["lqw"],
    angle: "overview",
    text: {
      de: "Zeigt Ihre Kursauswertung wirklich, ob Ihre Kurse leisten, was {successDefinition} verspricht? Was erfahren Sie, was nicht?",
      en: "Does your course evaluation really show whether your courses deliver what {successDefinition} promises? What do you learn from it, and what not?",
    },
    guidance: {
      de: "Nennen Sie, was die Auswertung gut zeigt und wo sie blind bleibt.",
      en: "Say what the evaluation shows well and where it has blind spots.",
    },
    example: {
      de: "Wir erfahren zuverlässig, ob die {clients} zufrieden waren und ihre Ziele erreicht sehen. Ob das Gelernte Wochen später im Alltag noch trägt, erfahren wir nicht – der Bogen wird am letzten Abend ausgefüllt. Da bleibt eine Lücke.",
      en: "We reliably learn whether {clients} were satisfied and feel they reached their goals. Whether what they learned still holds weeks later in everyday life, we don't find out – the form is filled in on the last evening. That's a gap.",
    },
  },
  {
    id: "evaluation.evaluation.lqw.2",
    area: "evaluation",
    dimension: "evaluation",
    models: ["lqw"],
    angle: "difficulty",
    text: {
      de: "Wen erreicht Ihre Auswertung kaum – etwa {clientsBare}, die früh aufhören oder wenig Deutsch sprechen? Was bedeutet das für die Aussagekraft?",
      en: "Whom does your evaluation barely reach – for example {clients} who drop out early or speak little German? What does that mean for how much it tells you?",
    },
    guidance: {
      de: "Nennen Sie die Gruppe, warum sie fehlt und wie stark das Ihr Bild verzerrt.",
      en: "Name the group, why it is missing and how far this distorts your picture.",
    },
    example: {
      de: "Wer abbricht, füllt keinen Bogen aus – gerade diese Stimmen fehlen uns. In den Integrationskursen verstehen manche die Fragen nicht richtig. Die Ergebnisse wirken dadurch vermutlich freundlicher, als die Lage ist.",
      en: "People who drop out don't fill in a form – exactly the voices we are missing. In the integration courses some don't fully understand the questions. So the results probably look friendlier than things really are.",
    },
  },
  {
    id: "evaluation.evaluation.lqw.3",
    area: "evaluation",
    dimension: "evaluation",
    models: ["lqw"],
    angle: "voice",
    text: {
      de: "Was sagen Kursleitende über die Auswertung: Hilft sie ihnen, ihren Unterricht zu verbessern, oder ist sie eher Pflicht?",
      en: "What do tutors say about the evaluation: does it help them improve their teaching, or is it more of a chore?",
    },
    guidance: {
      de: "Geben Sie typische Aussagen sinngemäß wieder und sagen Sie, wie Sie sie bewerten.",
      en: "Give typical comments in your own words and say how you judge them.",
    },
    example: {
      de: "Viele Kursleitende sagen, sie sehen die Ergebnisse zu spät – das nächste Semester läuft dann schon. Wer ein Auswertungsgespräch mit der Fachbereichsleitung hatte, fand es meist hilfreich. Der Nutzen hängt also stark am Gespräch, nicht am Bogen.",
      en: "Many tutors say they see the results too late – the next term is already under way. Those who had a review meeting with their head of department mostly found it helpful. So the benefit depends heavily on the conversation, not the form.",
    },
  },
  {
    id: "evaluation.conclusions.lqw.1",
    area: "evaluation",
    dimension: "conclusions",
    models: ["lqw"],
    angle: "example",
    text: {
      de: "Welche Änderung nehmen Sie sich aufgrund der letzten Kursauswertung vor? Was schlagen Sie vor?",
      en: "Which change are you planning as a result of the latest course evaluation? What do you propose?",
    },
    guidance: {
      de: "Nennen Sie das Ergebnis, die geplante Änderung, die Zuständigen und den Termin.",
      en: "Name the finding, the planned change, who is responsible and the date.",
    },
    example: {
      de: "Die Auswertung der Abendkurse zeigte, dass viele den Beginn um 18 Uhr zu früh finden. Ab dem Herbstsemester beginnen zwei Drittel der Abendkurse um 18:30 Uhr. Die Programmplanung setzt das bis zum Redaktionsschluss im Mai um.",
      en: "The evaluation of evening courses showed that many find a 6 pm start too early. From the autumn term two-thirds of evening courses will start at 6.30 pm. The programme planning team will put this in place by the print deadline in May.",
    },
  },
  {
    id: "evaluation.conclusions.lqw.2",
    area: "evaluation",
    dimension: "conclusions",
    models: ["lqw"],
    angle: "change",
    text: {
      de: "Was wollen Sie an der Auswertung selbst ändern – Fragen, Zeitpunkt, Form oder die Rückmeldung an die {clients}? Was behalten Sie bei?",
      en: "What do you want to change about the evaluation itself – questions, timing, format or how you report back to {clients}? What will you keep?",
    },
    guidance: {
      de: "Nennen Sie je eine Sache zum Ändern und zum Beibehalten, mit Zuständigkeit und Termin.",
      en: "Name one thing to change and one to keep, with who is responsible and a date.",
    },
    example: {
      de: "Den Rückmeldebogen behalten wir, er ist eingeführt und kurz. Neu soll eine Nachbefragung drei Monate nach ausgewählten Berufskursen sein, per E-Mail mit drei Fragen. Herr Neumann entwirft die Fragen bis Ende Januar.",
      en: "We'll keep the feedback form – it is established and short. New will be a follow-up survey three months after selected vocational courses, by email with three questions. Mr Neumann will draft the questions by the end of January.",
    },
  },
  {
    id: "evaluation.conclusions.lqw.3",
    area: "evaluation",
    dimension: "conclusions",
    models: ["lqw"],
    angle: "difficulty",
    text: {
      de: "Wo liegt die größte Lücke zwischen Ihren Auswertungsergebnissen und dem, was {successDefinition} anstrebt? Wie wollen Sie sie schließen?",
      en: "Where is the biggest gap between your evaluation results and what {successDefinition} aims for? How do you intend to close it?",
    },
    guidance: {
      de: "Nennen Sie die Lücke, einen ersten Schritt, den Sie vorschlagen.",
      en: "Name the gap, a first step you propose.",
    },
    example: {
      de: "Unsere Definition gelungenen Lernens betont die Anwendung im Alltag, doch nur gut die Hälfte nennt eine konkrete Anwendung. Wir wollen in allen Kursen die letzte Stunde für Übertragungsaufgaben nutzen. Die Fachbereichsleitungen besprechen das bis zum Semesterstart mit den Kursleitenden.",
      en: "Our definition of successful learning stresses use in everyday life, yet only just over half name a concrete use. We want to use the last lesson of every course for transfer tasks. Heads of department will discuss this with tutors before the term starts.",
    },
  },

  // ─── QB 5 · KQB · Evaluation der Beratungsprozesse ─────────────────────────
  {
    id: "evaluation.rationale.kqb.1",
    area: "evaluation",
    dimension: "rationale",
    models: ["kqb"],
    angle: "overview",
    text: {
      de: "Warum werten Sie Ihre Beratungen auf die Art aus, die Sie gewählt haben – und welche Fragen legt {successDefinition} dabei nahe?",
      en: "Why do you evaluate your counselling in the way you have chosen – and which questions does {successDefinition} suggest?",
    },
    guidance: {
      de: "Nennen Sie Ihr Vorgehen kurz und den Gedanken im Leitbild, den es überprüfen soll.",
      en: "Briefly name your approach and the idea in the mission statement it is meant to check.",
    },
    example: {
      de: "Unsere Definition gelungener Beratung sagt, dass {clientsBare} danach klarer sehen und selbst handeln. Deshalb fragen wir nicht nur, ob das Gespräch angenehm war, sondern auch, ob die Person einen nächsten Schritt gegangen ist – einige Wochen später, in einem kurzen Anruf.",
      en: "Our definition of successful counselling says {clients} see more clearly afterwards and act for themselves. So we don't just ask whether the session felt good, but also whether the person has taken a next step – a few weeks later, in a short phone call.",
    },
  },
  {
    id: "evaluation.rationale.kqb.2",
    area: "evaluation",
    dimension: "rationale",
    models: ["kqb"],
    angle: "voice",
    text: {
      de: "Warum fragen Sie die {clients} selbst nach ihrer Einschätzung, statt sich allein auf Ihr fachliches Urteil zu verlassen?",
      en: "Why do you ask {clients} for their own view rather than relying only on your professional judgement?",
    },
    guidance: {
      de: "Nennen Sie den Grund und ein Beispiel, in dem die Sicht der {clients} etwas gezeigt hat.",
      en: "Give the reason and an example where the view of the {clients} revealed something.",
    },
    example: {
      de: "Ob eine Beratung geholfen hat, entscheidet am Ende die ratsuchende Person. Ich hielt ein Gespräch einmal für gescheitert, weil wir keine Lösung fanden. Auf dem Bogen schrieb die Frau, sie wisse jetzt endlich, welche Frage sie eigentlich hat.",
      en: "In the end it's the person we counsel who decides whether counselling helped. I once thought a session had failed because we found no solution. On the form the woman wrote that she now finally knew what her real question was.",
    },
  },
  {
    id: "evaluation.rationale.kqb.3",
    area: "evaluation",
    dimension: "rationale",
    models: ["kqb"],
    angle: "difficulty",
    text: {
      de: "Beratung ist vertraulich und oft ein einmaliger Kontakt. Wie begründen Sie, welche Auswertung trotzdem sinnvoll und zumutbar ist?",
      en: "Counselling is confidential and often a one-off contact. How do you justify which kind of evaluation still makes sense and is reasonable to ask for?",
    },
    guidance: {
      de: "Nennen Sie Ihre Abwägung zwischen Vertraulichkeit, Aufwand für {clientsBare} und Nutzen der Auswertung.",
      en: "Explain how you weigh confidentiality, the effort for {clients} and the value of the evaluation.",
    },
    example: {
      de: "Wir fragen nur mit einem kurzen, anonymen Bogen, den {clientsBare} in einen Kasten werfen oder am Mobiltelefon ausfüllen. Namen verknüpfen wir nie mit den Antworten. Mehr wäre nach einer schwierigen Beratung nicht zumutbar, weniger würde uns blind lassen.",
      en: "We only ask with a short anonymous form that {clients} drop in a box or fill in on their phone. We never link names to the answers. Anything more would be too much after a difficult session; anything less would leave us in the dark.",
    },
  },
  {
    id: "evaluation.procedures.kqb.1",
    area: "evaluation",
    dimension: "procedures",
    models: ["kqb"],
    angle: "overview",
    text: {
      de: "Wie holen Sie Rückmeldungen zu Beratungen ein – Bogen, Nachfrage am Ende, Anruf nach einigen Wochen? Wer macht es, wie oft, und wer wertet aus?",
      en: "How do you collect feedback on counselling – a form, a question at the end, a call after a few weeks? Who does it, how often, and who analyses it?",
    },
    guidance: {
      de: "Nennen Sie die Verfahren, die Zuständigen und wie oft ausgewertet wird.",
      en: "Name the methods, who is responsible and how often results are analysed.",
    },
    example: {
      de: "Nach jeder abgeschlossenen Beratung bekommen {clientsBare} unseren Rückmeldebogen mit frankiertem Umschlag. Die Verwaltung erfasst die Antworten, die Leitung wertet sie zweimal im Jahr aus und stellt sie in der Dienstbesprechung vor. Zusätzlich fragen die Beratenden im letzten Gespräch mündlich nach.",
      en: "After every completed counselling process {clients} receive our feedback form with a stamped envelope. The office enters the answers; management analyses them twice a year and presents them at the staff meeting. Counsellors also ask for verbal feedback in the last session.",
    },
  },
  {
    id: "evaluation.procedures.kqb.2",
    area: "evaluation",
    dimension: "procedures",
    models: ["kqb"],
    angle: "example",
    text: {
      de: "Wie haben Sie in einer Ihrer letzten Beratungen gemeinsam mit der ratsuchenden Person geprüft, ob erreicht wurde, was {successDefinition} beschreibt?",
      en: "In one of your recent counselling processes, how did you check together with the person you counsel whether what {successDefinition} describes had been achieved?",
    },
    guidance: {
      de: "Ein Fall reicht, anonym: wann, mit welchen Fragen und was herauskam.",
      en: "One anonymous case is enough: when, with which questions and what came out of it.",
    },
    example: {
      de: "Im dritten Gespräch habe ich gefragt: „Wenn Sie an den Anfang denken – was ist jetzt anders?“ Er nannte zwei Bewerbungen, die er abgeschickt hatte, und mehr Ruhe bei der Entscheidung. Das habe ich auf dem Abschlussblatt festgehalten.",
      en: "In the third session I asked: 'Thinking back to the start – what's different now?' He mentioned two applications he had sent off and feeling calmer about the decision. I recorded this on the closing sheet.",
    },
  },
  {
    id: "evaluation.procedures.kqb.3",
    area: "evaluation",
    dimension: "procedures",
    models: ["kqb"],
    angle: "change",
    text: {
      de: "Was hat sich daran geändert, wie Sie Beratungen im Kollegium auswerten – etwa in Fallbesprechungen, gegenseitigen Hospitationen oder Auswertungstreffen?",
      en: "What has changed in how you review counselling among colleagues – for example in case meetings, observing each other or review meetings?",
    },
    guidance: {
      de: "Beschreiben Sie früher und heute kurz: Form, Häufigkeit, Beteiligte.",
      en: "Briefly describe before and now: format, frequency, who takes part.",
    },
    example: {
      de: "Früher haben wir nur schwierige Fälle besprochen. Seit 2024 stellt in der monatlichen Fallbesprechung reihum jemand auch eine gelungene Beratung vor, und wir fragen, was dazu beigetragen hat. So lernen wir aus beidem.",
      en: "We used to discuss only difficult cases. Since 2024 someone takes a turn at the monthly case meeting to present a successful session as well, and we ask what contributed to it. That way we learn from both.",
    },
  },
  {
    id: "evaluation.results.kqb.1",
    area: "evaluation",
    dimension: "results",
    models: ["kqb"],
    angle: "evidence",
    text: {
      de: "Welche Auswertungsunterlagen können Sie vorlegen – etwa ausgewertete Rückmeldebögen, eine Jahresauswertung oder Protokolle von Fallbesprechungen?",
      en: "Which evaluation documents can you show – such as analysed feedback forms, an annual evaluation or minutes of case meetings?",
    },
    guidance: {
      de: "Nennen Sie die Unterlagen mit Titel, Zeitraum und Ablageort.",
      en: "List the documents with title, period covered and where they are kept.",
    },
    example: {
      de: "Vorhanden sind die Jahresauswertungen der Rückmeldebögen 2022 bis 2024, die Ergebnisse der telefonischen Nachfragen von 2024 in einer Tabelle und die Protokolle der Fallbesprechungen. Alles liegt im QM-Ordner unter „QB 5“.",
      en: "We have the annual analyses of the feedback forms for 2022 to 2024, the results of the 2024 follow-up calls in a spreadsheet and the minutes of the case meetings. Everything is in the quality folder under 'QB 5'.",
    },
  },
  {
    id: "evaluation.results.kqb.2",
    area: "evaluation",
    dimension: "results",
    models: ["kqb"],
    angle: "overview",
    text: {
      de: "Was zeigen Ihre Auswertungen der letzten Zeit darüber, ob {clientsBare} erlebt haben, was {successDefinition} beschreibt? Welche Zahl oder Aussage belegt das?",
      en: "What do your recent evaluations show about whether {clients} experienced what {successDefinition} describes? Which figure or statement shows it?",
    },
    guidance: {
      de: "Nennen Sie ein, zwei Ergebnisse und wie viele {clientsBare} sich beteiligt haben.",
      en: "Give one or two results and how many {clients} took part.",
    },
    example: {
      de: "2024 kamen 138 Bögen zurück, etwa 40 Prozent. 82 Prozent gaben an, nach der Beratung zu wissen, wie es weitergeht. Bei der telefonischen Nachfrage nach sechs Wochen hatten 31 von 45 Erreichten einen vereinbarten Schritt schon umgesetzt.",
      en: "In 2024, 138 forms came back, about 40 per cent. 82 per cent said that after counselling they knew how to move forward. In the follow-up call after six weeks, 31 of the 45 people we reached had already taken an agreed step.",
    },
  },
  {
    id: "evaluation.results.kqb.3",
    area: "evaluation",
    dimension: "results",
    models: ["kqb"],
    angle: "voice",
    text: {
      de: "Welche Aussage von {clients} aus der letzten Auswertung ist Ihnen im Gedächtnis geblieben? Wo ist sie festgehalten, und was hat sie bewirkt?",
      en: "Which comment from {clients} in the latest evaluation has stayed with you? Where is it recorded, and what did it lead to?",
    },
    guidance: {
      de: "Geben Sie die Aussage sinngemäß wieder und nennen Sie Quelle und Folge.",
      en: "Give the comment in your own words and name its source and what followed.",
    },
    example: {
      de: "Auf einem Bogen stand: „Ich musste dreimal anrufen, bis jemand abnahm.“ Die Aussage steht in der Jahresauswertung 2024. Seitdem gibt es feste Telefonzeiten, die auf unserer Internetseite stehen.",
      en: "One form said: 'I had to call three times before anyone answered.' The comment is in the 2024 annual analysis. Since then we have had fixed phone hours, published on our website.",
    },
  },
  {
    id: "evaluation.evaluation.kqb.1",
    area: "evaluation",
    dimension: "evaluation",
    models: ["kqb"],
    angle: "overview",
    text: {
      de: "Wie aussagekräftig sind Ihre Rückmeldungen? Erfahren Sie, ob die Beratung auf Dauer geholfen hat, oder nur, wie das Gespräch empfunden wurde?",
      en: "How meaningful is the feedback you get? Do you learn whether counselling helped in the long run, or only how the session felt?",
    },
    guidance: {
      de: "Nennen Sie, was Ihre Auswertung gut zeigt und was sie nicht zeigen kann.",
      en: "Say what your evaluation shows well and what it can't show.",
    },
    example: {
      de: "Der Bogen zeigt gut, ob sich {clientsBare} ernst genommen fühlten. Ob die Beratung Wochen später noch wirkt, sehen wir nur durch die telefonische Nachfrage – und die erreicht etwa ein Drittel. Dieses Bild ist also lückenhaft.",
      en: "The form shows well whether {clients} felt taken seriously. Whether counselling still has an effect weeks later we only see from the follow-up call – and that reaches about a third. So this picture is patchy.",
    },
  },
  {
    id: "evaluation.evaluation.kqb.2",
    area: "evaluation",
    dimension: "evaluation",
    models: ["kqb"],
    angle: "difficulty",
    text: {
      de: "Vor allem zufriedene {clientsBare} geben Bögen zurück. Wie stark verzerrt das Ihr Bild, und wie gehen Sie damit um?",
      en: "It's mostly satisfied {clients} who return the forms. How far does that distort your picture, and how do you deal with it?",
    },
    guidance: {
      de: "Schätzen Sie die Verzerrung ein und nennen Sie, was Sie zum Ausgleich heranziehen.",
      en: "Estimate the distortion and name what you use to balance it.",
    },
    example: {
      de: "Wir vermuten, dass gerade Menschen nach abgebrochenen Beratungen fehlen. Deshalb schauen wir zusätzlich auf die Abbruchzahlen und sprechen Abbrüche in der Fallbesprechung an. Ganz ausgleichen lässt sich das nicht, aber wir lesen die guten Werte vorsichtiger.",
      en: "We suspect that people whose counselling broke off are exactly the ones missing. So we also look at drop-out figures and raise drop-outs at the case meeting. It can't be fully balanced, but we read the good scores more cautiously.",
    },
  },
  {
    id: "evaluation.evaluation.kqb.3",
    area: "evaluation",
    dimension: "evaluation",
    models: ["kqb"],
    angle: "example",
    text: {
      de: "Denken Sie an die letzte Auswertung: Hat sie Ihnen geholfen zu beurteilen, ob Ihre Beratungen leisten, was {successDefinition} beschreibt?",
      en: "Think of the latest evaluation: did it help you judge whether your counselling delivers what {successDefinition} describes?",
    },
    guidance: {
      de: "Nennen Sie die Auswertung und was sie Ihnen für Ihr Urteil gebracht hat – oder nicht.",
      en: "Name the evaluation and what it did – or didn't – contribute to your judgement.",
    },
    example: {
      de: "Die Jahresauswertung 2024 hat mir gezeigt, dass fast alle mit einem nächsten Schritt gehen – das entspricht unserer Definition. Ob sie ihn allein gehen können, beantwortet sie nicht. Dafür bräuchten wir eine andere Frage.",
      en: "The 2024 annual analysis showed me that almost everyone leaves with a next step – which matches our definition. Whether they can take it on their own, it doesn't answer. For that we would need a different question.",
    },
  },
  {
    id: "evaluation.conclusions.kqb.1",
    area: "evaluation",
    dimension: "conclusions",
    models: ["kqb"],
    angle: "overview",
    text: {
      de: "Was folgt aus den letzten Auswertungen für Ihre Beratungsarbeit? Was behalten Sie bei, was ändern Sie, und wer kümmert sich darum?",
      en: "What follows from the latest evaluations for your counselling work? What will you keep, what will you change, and who will see to it?",
    },
    guidance: {
      de: "Nennen Sie je eine Sache zum Beibehalten und zum Ändern, mit Zuständigkeit und Termin.",
      en: "Name one thing to keep and one to change, with who is responsible and a date.",
    },
    example: {
      de: "Die Gesprächsführung wird gut bewertet, daran ändern wir nichts. Die Wartezeit bis zum Erstgespräch soll unter drei Wochen sinken: Ab April gibt es eine offene Sprechstunde am Dienstagvormittag. Frau Weber plant die Besetzung bis Ende Februar.",
      en: "The way sessions are conducted is rated well, so we won't change that. The wait for a first session should drop below three weeks: from April there will be a drop-in session on Tuesday mornings. Ms Weber will plan the staffing by the end of February.",
    },
  },
  {
    id: "evaluation.conclusions.kqb.2",
    area: "evaluation",
    dimension: "conclusions",
    models: ["kqb"],
    angle: "change",
    text: {
      de: "Was ändern Sie am Auswertungsverfahren selbst, damit es Ihnen mehr sagt? Was ist der erste Schritt?",
      en: "What will you change about the evaluation process itself so that it tells you more? What is the first step?",
    },
    guidance: {
      de: "Nennen Sie die Änderung und warum sie mehr zeigt.",
      en: "Name the change and why it will show more.",
    },
    example: {
      de: "Wir ergänzen den Bogen um die Frage, ob die Person den vereinbarten Schritt allein gehen konnte. Außerdem rufen wir künftig auch nach abgebrochenen Beratungen an. Herr Roth passt Bogen und Telefonleitfaden bis zur nächsten Dienstbesprechung an.",
      en: "We will add a question to the form on whether the person was able to take the agreed step on their own. We will also start calling after counselling that broke off. Mr Roth will adapt the form and the call guide by the next staff meeting.",
    },
  },
  {
    id: "evaluation.conclusions.kqb.3",
    area: "evaluation",
    dimension: "conclusions",
    models: ["kqb"],
    angle: "voice",
    text: {
      de: "Wie erfahren {clientsBare} und Kolleginnen und Kollegen, was aus ihren Rückmeldungen geworden ist? Was wollen Sie daran ändern?",
      en: "How do {clients} and colleagues find out what became of their feedback? What do you want to change about that?",
    },
    guidance: {
      de: "Nennen Sie, wie Sie heute zurückmelden und was Sie künftig anders machen wollen – mit Zuständigkeit.",
      en: "Say how you report back today, what you want to do differently and who will do it.",
    },
    example: {
      de: "Bisher erfährt das nur das Kollegium in der Dienstbesprechung. Künftig hängen wir im Wartebereich einen Aushang „Sie haben gesagt – wir haben geändert“ auf und erneuern ihn halbjährlich. Den ersten Aushang gestaltet die Verwaltung bis Juni.",
      en: "So far only staff hear about it at the staff meeting. In future we will put up a 'You said – we changed' notice in the waiting area and update it every six months. The office will design the first one by June.",
    },
  },

  // ─── QB 5 · KQS · Evaluation der Dienstleistungsprozesse ───────────────────
  {
    id: "evaluation.rationale.kqs.1",
    area: "evaluation",
    dimension: "rationale",
    models: ["kqs"],
    angle: "overview",
    text: {
      de: "Warum werten Sie Ihre Dienstleistung auf diese Weise aus? Welche Fragen wirft {successDefinition} auf, die Ihre Auswertung beantworten muss?",
      en: "Why do you evaluate your service this way? Which questions does {successDefinition} raise that your evaluation has to answer?",
    },
    guidance: {
      de: "Nennen Sie Ihr Vorgehen kurz und die Fragen aus dem Leitbild, die es beantworten soll.",
      en: "Briefly name your approach and the questions from the mission statement it should answer.",
    },
    example: {
      de: "Unsere Definition gelungener Dienstleistung stellt Selbstbestimmung und Teilhabe in den Mittelpunkt. Darum reicht es nicht, Fallzahlen zu zählen: Wir fragen im Hilfeplangespräch, was die Person heute selbst entscheidet und wo sie bei Dingen dabei ist, die ihr wichtig sind.",
      en: "Our definition of a successful service puts self-determination and participation at the centre. So counting cases isn't enough: in the support planning meeting we ask what the person decides for themselves today and where they take part in things that matter to them.",
    },
  },
  {
    id: "evaluation.rationale.kqs.2",
    area: "evaluation",
    dimension: "rationale",
    models: ["kqs"],
    angle: "voice",
    text: {
      de: "Warum ist Ihnen die Sicht der {clients} bei der Auswertung wichtig – auch wenn Kostenträger vor allem Zahlen sehen wollen?",
      en: "Why do the views of the {clients} matter to you in evaluation – even when funding agencies mainly want to see figures?",
    },
    guidance: {
      de: "Nennen Sie Ihren Grund und was die Sicht der Betroffenen zeigt, was Zahlen nicht zeigen.",
      en: "Give your reason and what the views of those concerned reveal that figures don't.",
    },
    example: {
      de: "Zahlen sagen uns, wie viele Stunden wir geleistet haben, aber nicht, ob sich jemand dadurch sicherer fühlt. Jemand sagte einmal: „Ihr seid pünktlich, aber ihr hört nicht zu.“ Solche Sätze stehen in keiner Statistik.",
      en: "Figures tell us how many hours we delivered, but not whether anyone feels more secure as a result. Someone once said: 'You're on time, but you don't listen.' Sentences like that don't appear in any statistics.",
    },
  },
  {
    id: "evaluation.rationale.kqs.3",
    area: "evaluation",
    dimension: "rationale",
    models: ["kqs"],
    angle: "difficulty",
    text: {
      de: "Manche {clients} können Fragebögen kaum ausfüllen. Wie begründen Sie, welche Form der Auswertung für sie passt?",
      en: "Some {clients} can hardly fill in questionnaires. How do you justify which form of evaluation suits them?",
    },
    guidance: {
      de: "Nennen Sie die Schwierigkeit, die gewählte Form und warum sie der Person gerecht wird.",
      en: "Name the difficulty, the form you chose and why it does the person justice.",
    },
    example: {
      de: "Viele unserer Bewohnerinnen und Bewohner lesen nicht. Statt Bögen nutzen wir Bildkarten mit Gesichtern und fragen im vertrauten Gespräch nach – nicht durch die Bezugsfachkraft, sondern durch eine andere Kollegin. So trauen sich die Menschen eher, auch Kritik zu äußern.",
      en: "Many of our residents can't read. Instead of forms we use picture cards with faces and ask in a familiar conversation – not through their key worker but through a different colleague. That way people are more willing to voice criticism.",
    },
  },
  {
    id: "evaluation.procedures.kqs.1",
    area: "evaluation",
    dimension: "procedures",
    models: ["kqs"],
    angle: "overview",
    text: {
      de: "Wie werten Sie Ihre Arbeit regelmäßig aus – etwa über Hilfeplangespräche, Befragungen, Fallbesprechungen oder Kennzahlen? Wer ist zuständig, und wie oft?",
      en: "How do you evaluate your work regularly – for example through support planning meetings, surveys, case reviews or key figures? Who is responsible, and how often?",
    },
    guidance: {
      de: "Nennen Sie die Verfahren, die Zuständigen und den Rhythmus.",
      en: "Name the methods, who is responsible and how often.",
    },
    example: {
      de: "Ziele werden halbjährlich im Hilfeplangespräch überprüft. Alle zwei Jahre befragen wir {clientsBare} sowie Angehörige mit einem kurzen Bogen, den die Leitung auswertet. Monatlich gibt es eine Fallbesprechung, und einmal im Jahr stellt die Leitung die Kennzahlen im Kollegium vor.",
      en: "Goals are reviewed every six months at the support planning meeting. Every two years we survey {clients} and relatives with a short form, which management analyses. There is a monthly case review, and once a year management presents the key figures to staff.",
    },
  },
  {
    id: "evaluation.procedures.kqs.2",
    area: "evaluation",
    dimension: "procedures",
    models: ["kqs"],
    angle: "example",
    text: {
      de: "Wie haben Sie zuletzt die Sicht einer Person aus dem Kreis der {clients} auf die Unterstützung eingeholt – etwa in leichter Sprache, mit Bildern oder im Gespräch?",
      en: "How did you last find out what one of the {clients} thought of the support – for example in easy-read language, with pictures or in conversation?",
    },
    guidance: {
      de: "Ein Fall reicht, anonym: Anlass, Form der Befragung und was Sie erfahren haben.",
      en: "One anonymous case is enough: the occasion, how you asked and what you learned.",
    },
    example: {
      de: "Vor dem Hilfeplangespräch im März habe ich mit einem Mann, den wir unterstützen, einen Bogen in leichter Sprache durchgesprochen, mit Daumen-Zeichen zum Ankreuzen. Er zeigte klar, dass er mit dem Wochenplan zufrieden ist, die Hausaufgabenhilfe aber nicht mag. Das haben wir im Gespräch dann aufgegriffen.",
      en: "Before the support planning meeting in March I went through an easy-read form with a man we support, with thumbs-up and thumbs-down symbols to tick. He made clear he was happy with his weekly plan but didn't like the homework help. We then took this up in the meeting.",
    },
  },
  {
    id: "evaluation.procedures.kqs.3",
    area: "evaluation",
    dimension: "procedures",
    models: ["kqs"],
    angle: "change",
    text: {
      de: "Wie überprüfen Sie, ob erreicht wird, was {successDefinition} beschreibt – und was hat sich an diesem Vorgehen zuletzt geändert?",
      en: "How do you check whether what {successDefinition} describes is being achieved – and what has changed about this recently?",
    },
    guidance: {
      de: "Beschreiben Sie das Vorgehen, die Änderung und ihren Anlass.",
      en: "Describe the approach, the change and what prompted it.",
    },
    example: {
      de: "Bis 2023 haben wir nur gezählt, wie viele Ziele im Hilfeplan als erreicht markiert waren. Seitdem fragen wir zusätzlich die {clients} selbst, ob sie das genauso sehen, und notieren ihre Einschätzung daneben. Das ergibt oft ein anderes Bild.",
      en: "Until 2023 we only counted how many goals in the support plan were marked as achieved. Since then we also ask {clients} whether they see it the same way and note their view alongside. It often gives a different picture.",
    },
  },
  {
    id: "evaluation.results.kqs.1",
    area: "evaluation",
    dimension: "results",
    models: ["kqs"],
    angle: "evidence",
    text: {
      de: "Welche Belege für Ihre Auswertungen können Sie vorlegen – etwa Befragungsergebnisse, Jahresbericht, Auswertung der Hilfepläne oder Protokolle?",
      en: "What evidence of your evaluations can you show – such as survey results, the annual report, an analysis of support plans or minutes?",
    },
    guidance: {
      de: "Nennen Sie die Unterlagen mit Titel, Zeitraum und Ablageort.",
      en: "List the documents with title, period covered and where they are kept.",
    },
    example: {
      de: "Wir haben den Bericht zur Befragung 2023 mit 54 beantworteten Bögen, die Jahresberichte 2022 bis 2024 mit Kennzahlen, die Auswertung der Hilfeplanziele 2024 und die Protokolle der Fallbesprechungen. Alles liegt im Ordner „Qualität“ bei der Leitung.",
      en: "We have the report on the 2023 survey with 54 completed forms, the 2022 to 2024 annual reports with key figures, the 2024 analysis of support plan goals and the case review minutes. Everything is in the 'Quality' folder kept by management.",
    },
  },
  {
    id: "evaluation.results.kqs.2",
    area: "evaluation",
    dimension: "results",
    models: ["kqs"],
    angle: "overview",
    text: {
      de: "Was zeigen Ihre Auswertungen des letzten Jahres darüber, wie oft die Unterstützung so gelungen ist, wie {successDefinition} es beschreibt?",
      en: "What do last year's evaluations show about how often support succeeded in the way {successDefinition} describes?",
    },
    guidance: {
      de: "Nennen Sie ein, zwei Zahlen oder Aussagen und woher sie stammen.",
      en: "Give one or two figures or statements and where they come from.",
    },
    example: {
      de: "Laut Auswertung der Hilfepläne 2024 haben 62 Prozent der {clients} mindestens ein selbst gesetztes Ziel erreicht. In der Befragung sagten drei Viertel, dass sie bei Entscheidungen mitreden können. Beides steht im Jahresbericht 2024.",
      en: "According to the 2024 analysis of support plans, 62 per cent of {clients} reached at least one goal they had set themselves. In the survey three-quarters said they have a say in decisions. Both are in the 2024 annual report.",
    },
  },
  {
    id: "evaluation.results.kqs.3",
    area: "evaluation",
    dimension: "results",
    models: ["kqs"],
    angle: "change",
    text: {
      de: "Welche Verbesserung ist aus einer Auswertung hervorgegangen – etwa ein geänderter Ablauf oder ein neues Angebot – und wie ist sie belegt?",
      en: "Which improvement came out of an evaluation – for example a changed procedure or a new offer – and how is it documented?",
    },
    guidance: {
      de: "Nennen Sie das Auswertungsergebnis, die Verbesserung und den Beleg.",
      en: "Name the evaluation finding, the improvement and the evidence.",
    },
    example: {
      de: "In der Befragung 2023 wünschten sich viele mehr Unterstützung beim Umgang mit Geld. Seit Frühjahr 2024 gibt es eine monatliche Gruppe „Geld im Griff“. Der Beschluss steht im Protokoll der Leitungsrunde vom 7. Dezember 2023.",
      en: "In the 2023 survey many asked for more help managing money. Since spring 2024 there has been a monthly 'Money matters' group. The decision is in the minutes of the management meeting of 7 December 2023.",
    },
  },
  {
    id: "evaluation.evaluation.kqs.1",
    area: "evaluation",
    dimension: "evaluation",
    models: ["kqs"],
    angle: "overview",
    text: {
      de: "Liefern Ihre Auswertungen ein ehrliches Bild davon, wie Ihre Unterstützung wirkt? Was erfahren Sie gut, was bleibt im Dunkeln?",
      en: "Do your evaluations give an honest picture of how your support works? What do you learn well, and what stays in the dark?",
    },
    guidance: {
      de: "Nennen Sie, was Ihre Auswertung gut zeigt und wo sie blind bleibt.",
      en: "Say what your evaluation shows well and where it has blind spots.",
    },
    example: {
      de: "Die Auswertung der Hilfepläne zeigt gut, welche Ziele erreicht werden. Im Dunkeln bleibt, wie es Menschen nach dem Ende der Unterstützung geht – wir hören dann meist nichts mehr. Außerdem antworten bei der Befragung eher Angehörige als die {clients} selbst.",
      en: "The analysis of support plans shows well which goals are reached. What stays in the dark is how people are doing after support ends – we usually hear nothing more. Also, in the survey relatives tend to answer rather than {clients} themselves.",
    },
  },
  {
    id: "evaluation.evaluation.kqs.2",
    area: "evaluation",
    dimension: "evaluation",
    models: ["kqs"],
    angle: "voice",
    text: {
      de: "Was sagen Kolleginnen und Kollegen über den Aufwand der Auswertung im Verhältnis zu ihrem Nutzen für die tägliche Arbeit?",
      en: "What do colleagues say about the effort of evaluation compared with its use in their daily work?",
    },
    guidance: {
      de: "Geben Sie typische Aussagen sinngemäß wieder und sagen Sie, wie Sie sie bewerten.",
      en: "Give typical comments in your own words and say how you judge them.",
    },
    example: {
      de: "Viele Fachkräfte empfinden die Befragung als Zusatzarbeit, deren Ergebnisse sie selten zu sehen bekommen. Die Zielüberprüfung im Hilfeplan finden dagegen fast alle nützlich, weil sie direkt mit der Arbeit zu tun hat. Die Kritik an der Befragung halte ich für berechtigt.",
      en: "Many staff see the survey as extra work whose results they rarely get to see. Reviewing goals in the support plan, by contrast, almost everyone finds useful because it ties directly into their work. I think the criticism of the survey is justified.",
    },
  },
  {
    id: "evaluation.evaluation.kqs.3",
    area: "evaluation",
    dimension: "evaluation",
    models: ["kqs"],
    angle: "difficulty",
    text: {
      de: "Wo widersprechen sich Zahlen, etwa für den Kostenträger, und das, was {clientsBare} erleben? Welcher Sicht trauen Sie mehr?",
      en: "Where do figures, such as those for the funding agency, contradict what {clients} experience? Which view do you trust more?",
    },
    guidance: {
      de: "Nennen Sie den Widerspruch, beide Sichtweisen und Ihr begründetes Urteil.",
      en: "Name the contradiction, both views and your reasoned judgement.",
    },
    example: {
      de: "Laut Statistik sind die vereinbarten Fachleistungsstunden voll erbracht. Mehrere Frauen, die wir unterstützen, erzählten aber, dass sie bei ausgefallenen Terminen niemanden erreichen. Ich traue hier eher ihren Aussagen: Die Stunden werden geleistet, aber nicht immer dann, wenn sie gebraucht werden.",
      en: "According to the statistics, all agreed support hours are delivered. Several women we support said, however, that they can't reach anyone when appointments are cancelled. Here I trust their accounts more: the hours are provided, but not always when they're needed.",
    },
  },
  {
    id: "evaluation.conclusions.kqs.1",
    area: "evaluation",
    dimension: "conclusions",
    models: ["kqs"],
    angle: "overview",
    text: {
      de: "Was folgt aus Ihrer letzten Auswertung für die Arbeit mit {clients}? Was bleibt, was ändert sich, und was schlagen Sie vor?",
      en: "What follows from your latest evaluation for your work with {clients}? What stays, what changes, and what do you propose?",
    },
    guidance: {
      de: "Nennen Sie je eine Sache zum Beibehalten und zum Ändern, mit Zuständigkeit und Termin.",
      en: "Name one thing to keep and one to change, with who is responsible and a date.",
    },
    example: {
      de: "Die halbjährliche Zielüberprüfung behalten wir bei. Ändern wollen wir die Erreichbarkeit: Ab Mai gibt es eine feste Vertretungsnummer für ausgefallene Termine. Die Leitung richtet sie ein und informiert alle {clients} bis Ende April schriftlich.",
      en: "We'll keep the six-monthly goal review. We want to change how people can reach us: from May there will be a fixed cover number for cancelled appointments. Management will set it up and inform all {clients} in writing by the end of April.",
    },
  },
  {
    id: "evaluation.conclusions.kqs.2",
    area: "evaluation",
    dimension: "conclusions",
    models: ["kqs"],
    angle: "change",
    text: {
      de: "Wie wollen Sie Ihre Auswertung weiterentwickeln, damit {clientsBare} sich leichter beteiligen können? Was ist der erste Schritt?",
      en: "How do you want to develop your evaluation so that {clients} can take part more easily? What is the first step?",
    },
    guidance: {
      de: "Nennen Sie die Änderung, die Sie vorschlagen.",
      en: "Name the change you propose.",
    },
    example: {
      de: "Wir wollen die Befragung künftig auch in leichter Sprache und mit Bildkarten anbieten. Als ersten Schritt prüft eine kleine Gruppe aus zwei Fachkräften und zwei Bewohnern bis September, welche Fragen verständlich sind. Im Frühjahr folgt die erste Befragung in der neuen Form.",
      en: "We want to offer the survey in easy-read language and with picture cards as well. As a first step a small group of two staff and two residents will check by September which questions are easy to understand. The first survey in the new format follows in the spring.",
    },
  },
  {
    id: "evaluation.conclusions.kqs.3",
    area: "evaluation",
    dimension: "conclusions",
    models: ["kqs"],
    angle: "difficulty",
    text: {
      de: "Wo zeigt Ihre Auswertung, dass die Unterstützung noch nicht so gelingt, wie {successDefinition} es beschreibt? Was nehmen Sie sich dafür konkret vor?",
      en: "Where does your evaluation show that support doesn't yet succeed in the way {successDefinition} describes? What exactly do you plan to do about it?",
    },
    guidance: {
      de: "Nennen Sie die Lücke, den ersten Schritt, den Sie vorschlagen.",
      en: "Name the gap, the first step you propose.",
    },
    example: {
      de: "Bei Menschen mit hohem Unterstützungsbedarf formulieren meist Angehörige oder wir die Ziele – das widerspricht unserer Definition. Bis Juni lernen alle Fachkräfte in einer internen Fortbildung Wege der unterstützten Kommunikation. In der nächsten Hilfeplanrunde prüfen wir, wessen Worte im Plan stehen.",
      en: "For people with high support needs it is mostly relatives or we who word the goals – which contradicts our definition. By June all staff will learn ways of supported communication in an in-house training session. In the next round of support planning we will check whose words are in the plan.",
    },
  },
];
