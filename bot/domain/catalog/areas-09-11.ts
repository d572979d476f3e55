/** Prompts for QB 9 Controlling, QB 10 Kundenkommunikation and QB 11 Strategische Entwicklungsziele (shared by LQW, KQB, KQS). */
import type { CatalogPrompt } from "./catalog-prompt";

export const AREAS_09_TO_11_PROMPTS: readonly CatalogPrompt[] = [
  // ───────────────────────── QB 9 Controlling ─────────────────────────
  // rationale
  {
    id: "controlling.rationale.all.1",
    area: "controlling",
    dimension: "rationale",
    models: ["lqw", "kqb", "kqs"],
    angle: "overview",
    audience: ["everyone"],
    kind: "experience",
    text: {
      de: "Wozu erheben Sie in Ihrem Arbeitsbereich Zahlen, etwa zu Anmeldungen, Terminen oder Kosten? Wem nützt das am Ende – auch den {clients}?",
      en: "Why do you collect figures in your area of work, for instance on registrations, appointments or costs? Who benefits in the end – do the {clients}?",
    },
    guidance: {
      de: "Nennen Sie eine Zahl, die Sie erheben oder sehen, und wofür sie gebraucht wird.",
      en: "Name one figure you collect or see and what it is used for.",
    },
    example: {
      de: "Ich trage jede Woche ein, wie viele der {clients} zu unseren Angeboten kommen und wer kurzfristig absagt. Daran sieht die Leitung früh, wo Plätze leer bleiben, und kann Termine verlegen, statt ein Angebot ganz zu streichen. Das nützt am Ende den {clients}, weil weniger ausfällt.",
      en: "Every week I record how many of the {clients} come to our sessions and who cancels at short notice. That lets management see early where places stay empty and move dates rather than drop an offer altogether. In the end that helps the {clients}, because fewer things are called off.",
    },
  },
  {
    id: "controlling.rationale.all.2",
    area: "controlling",
    dimension: "rationale",
    models: ["lqw", "kqb", "kqs"],
    angle: "example",
    audience: ["everyone"],
    kind: "experience",
    text: {
      de: "Nennen Sie eine Zahl aus Ihrem Alltag, die etwas darüber verrät, ob gelingt, was {successDefinition} beschreibt. Warum ist gerade diese Zahl dafür aussagekräftig?",
      en: "Name one figure from your everyday work that tells you something about whether what {successDefinition} describes is actually happening. Why is that figure meaningful?",
    },
    guidance: {
      de: "Eine einzige Zahl reicht – erklären Sie, was sie über die {clients} aussagt, nicht nur über Geld.",
      en: "One figure is enough – explain what it says about the {clients}, not just about money.",
    },
    example: {
      de: "Für mich ist es der Anteil der {clients}, die bis zum Schluss dabeibleiben. Ein vorzeitiges Ende heißt oft, dass das eigene Ziel nicht erreicht wurde. Deshalb schauen wir nicht nur auf die Zahl der Anmeldungen, sondern auch darauf, wie viele am Ende noch da sind.",
      en: "For me it is the share of {clients} who stay until the end. Stopping early often means that people did not reach their own goal. So we look not only at registrations but also at how many are still with us at the end.",
    },
  },
  {
    id: "controlling.rationale.all.3",
    area: "controlling",
    dimension: "rationale",
    models: ["lqw", "kqb", "kqs"],
    angle: "difficulty",
    audience: ["management"],
    kind: "experience",
    text: {
      de: "Wann passen wirtschaftliche Zahlen und Ihr Leitbild nicht zusammen – etwa wenn ein Angebot sich nicht trägt, aber dringend gebraucht wird? Wie begründen Sie dann, was Sie tun?",
      en: "When do the financial figures and your mission statement pull in different directions – say, an offer that does not pay for itself but is badly needed? How do you then justify what you do?",
    },
    guidance: {
      de: "Beschreiben Sie einen konkreten Fall und die Gründe, die am Ende den Ausschlag gegeben haben.",
      en: "Describe a specific case and the reasons that tipped the balance in the end.",
    },
    example: {
      de: "Unser Angebot am Samstagvormittag ist fast nie voll und kostet mehr, als es einbringt. Wir halten trotzdem daran fest, weil es für Berufstätige oft der einzige mögliche Termin ist. Unser Leitbild sagt, dass wir für alle erreichbar sein wollen; ausgeglichen wird das über besser besuchte Angebote unter der Woche.",
      en: "Our Saturday morning offer is rarely full and costs more than it brings in. We keep it anyway, because for people in work it is often the only possible time. Our mission statement says we want to be within reach of everyone; better-attended weekday offers make up the difference.",
    },
  },
  {
    id: "controlling.rationale.all.4",
    area: "controlling",
    dimension: "rationale",
    models: ["lqw", "kqb", "kqs"],
    angle: "voice",
    audience: ["management", "qualityOfficer"],
    kind: "experience",
    text: {
      de: "Was sagen Kolleginnen und Kollegen, wenn Zahlen erhoben werden sollen – eher „noch mehr Aufwand“ oder „das hilft uns“? Wie erklären Sie, wozu die Zahlen gut sind?",
      en: "What do colleagues say when they are asked to collect figures – more 'yet more paperwork' or 'this helps us'? How do you explain what the figures are for?",
    },
    guidance: {
      de: "Geben Sie eine typische Äußerung wieder und Ihre eigene Begründung dafür oder dagegen.",
      en: "Quote a typical remark and give your own reasoning for or against it.",
    },
    example: {
      de: "In der Dienstbesprechung hieß es neulich: „Die Statistik liest doch eh keiner.“ Ich habe dann erzählt, dass wir dank der Zahlen zu unserer Warteliste zusätzliche Stunden beantragen konnten. Seitdem wird die Liste deutlich sorgfältiger geführt.",
      en: "At a staff meeting someone recently said, 'Nobody reads the statistics anyway.' I pointed out that our waiting-list figures were what allowed us to apply for extra hours. Since then the list has been kept much more carefully.",
    },
  },
  // procedures
  {
    id: "controlling.procedures.all.1",
    area: "controlling",
    dimension: "procedures",
    models: ["lqw", "kqb", "kqs"],
    angle: "overview",
    audience: ["everyone"],
    kind: "experience",
    text: {
      de: "Welche Zahlen erheben oder sehen Sie selbst regelmäßig? Wer trägt sie wo ein, und wie oft werden sie ausgewertet?",
      en: "Which figures do you yourself collect or see regularly? Who records them where, and how often are they analysed?",
    },
    guidance: {
      de: "Nennen Sie Zahl, Liste oder Programm, die zuständige Person und den Rhythmus (z. B. monatlich, pro Halbjahr).",
      en: "Name the figure, list or software, who is responsible and how often (e.g. monthly, each half-year).",
    },
    example: {
      de: "Ich führe für jede Gruppe eine Anwesenheitsliste, die ich am Monatsende in der Verwaltung abgebe. Frau K. überträgt die Zahlen in unsere Tabelle zur Auslastung. Einmal im Quartal stellt die Leitung die Übersicht in der Dienstbesprechung vor.",
      en: "I keep an attendance list for each group and hand it in to the office at the end of the month. Ms K. transfers the numbers into our capacity spreadsheet. Once a quarter, management presents the overview at the staff meeting.",
    },
  },
  {
    id: "controlling.procedures.all.2",
    area: "controlling",
    dimension: "procedures",
    models: ["lqw", "kqb", "kqs"],
    angle: "example",
    audience: ["management", "administration"],
    kind: "experience",
    text: {
      de: "Beschreiben Sie den letzten Soll-Ist-Vergleich, von dem Sie wissen: Welche geplanten Zahlen wurden mit den tatsächlichen verglichen, und wer hat darüber beraten?",
      en: "Describe the most recent plan-versus-actual comparison you know of: which planned figures were set against the actual ones, and who discussed them?",
    },
    guidance: {
      de: "Nennen Sie den Zeitpunkt, die verglichenen Zahlen und die Runde, in der sie besprochen wurden.",
      en: "Say when it was, which figures were compared and in which meeting they were discussed.",
    },
    example: {
      de: "Im Juli hat die Leitung die geplanten und die tatsächlichen Einnahmen des ersten Halbjahrs gegenübergestellt, dazu die Zahl der {clients} je Bereich. In unserer Bereichsrunde haben wir besprochen, warum die Abendangebote unter Plan lagen.",
      en: "In July management set the planned against the actual income for the first half-year, together with the number of {clients} per section. In our section meeting we discussed why the evening offers had fallen short of plan.",
    },
  },
  {
    id: "controlling.procedures.all.3",
    area: "controlling",
    dimension: "procedures",
    models: ["lqw", "kqb", "kqs"],
    angle: "change",
    audience: ["management", "administration"],
    kind: "experience",
    text: {
      de: "Was hat sich in den letzten ein, zwei Jahren daran geändert, wie bei Ihnen Zahlen erfasst oder ausgewertet werden – etwa ein neues Programm, eine neue Liste, ein anderer Rhythmus?",
      en: "What has changed over the last year or two in how figures are recorded or analysed where you work – a new program, a new list, a different schedule?",
    },
    guidance: {
      de: "Beschreiben Sie kurz vorher und nachher und wer die Änderung angestoßen hat.",
      en: "Briefly describe before and after, and who started the change.",
    },
    example: {
      de: "Früher haben wir Anmeldungen auf Papier gezählt und einmal im Jahr zusammengerechnet. Seit Anfang 2024 erfasst die Verwaltung alles im Anmeldeprogramm, und wir bekommen jeden Monat eine kurze Übersicht. Angestoßen hat das unsere neue Verwaltungsleiterin.",
      en: "We used to count registrations on paper and add them up once a year. Since early 2024 the office has entered everything in the booking system, and we get a short overview every month. Our new office manager got that going.",
    },
  },
  {
    id: "controlling.procedures.all.4",
    area: "controlling",
    dimension: "procedures",
    models: ["lqw", "kqb", "kqs"],
    angle: "difficulty",
    audience: ["everyone"],
    kind: "experience",
    text: {
      de: "Wo hakt es beim Erfassen von Zahlen – doppelte Listen, fehlende Angaben, unklare Zuständigkeit? Wie gehen Sie im Alltag damit um?",
      en: "Where does recording figures get stuck – duplicate lists, missing entries, unclear responsibility? How do you deal with it day to day?",
    },
    guidance: {
      de: "Ein konkreter Stolperstein reicht; sagen Sie auch, wie Sie sich bisher behelfen.",
      en: "One specific stumbling block is enough; say how you currently work around it.",
    },
    example: {
      de: "Kurzfristige Absagen landen mal im Kalender, mal auf einem Zettel am Empfang. Am Monatsende fehlen deshalb oft Angaben. Ich gleiche beides jetzt jeden Freitag selbst ab, aber das ist eher eine Notlösung.",
      en: "Short-notice cancellations end up sometimes in the calendar, sometimes on a note at reception, so data are often missing at the end of the month. I now reconcile the two every Friday myself, but that is more of a stopgap.",
    },
  },
  // results
  {
    id: "controlling.results.all.1",
    area: "controlling",
    dimension: "results",
    models: ["lqw", "kqb", "kqs"],
    angle: "evidence",
    audience: ["management", "administration"],
    kind: "fact",
    text: {
      de: "Welche Auswertung zeigt am besten, wie sich Ihr Bereich im letzten Jahr entwickelt hat – etwa eine Jahresstatistik, ein Quartalsbericht oder eine Übersicht zur Auslastung? Wo ist sie abgelegt?",
      en: "Which report best shows how your area developed over the past year – an annual statistic, a quarterly report, a capacity overview? Where is it filed?",
    },
    guidance: {
      de: "Nennen Sie Titel, Datum und Ablageort der Unterlage – so kann sie später als Nachweis dienen.",
      en: "Give the document's title, date and where it is filed, so that it can serve as evidence later.",
    },
    example: {
      de: "Am aussagekräftigsten ist unser Jahresbericht 2024 mit der Statistik zu {clients}, Stunden und Einnahmen je Bereich. Er liegt im Laufwerk unter „Leitung/Berichte“. Dort sieht man zum Beispiel, dass die Auslastung von 71 auf 78 Prozent gestiegen ist.",
      en: "The most telling is our 2024 annual report with statistics on {clients}, hours and income per section. It is on the shared drive under 'Management/Reports'. It shows, for example, that capacity use rose from 71 to 78 per cent.",
    },
  },
  {
    id: "controlling.results.all.2",
    area: "controlling",
    dimension: "results",
    models: ["lqw", "kqb", "kqs"],
    angle: "example",
    audience: ["management"],
    kind: "experience",
    text: {
      de: "Nennen Sie eine Entscheidung, die in letzter Zeit aufgrund von Zahlen getroffen wurde. Was ist dabei herausgekommen, und wo ist das festgehalten?",
      en: "Name a recent decision that was taken on the basis of figures. What came of it, and where is it recorded?",
    },
    guidance: {
      de: "Nennen Sie die Zahl, die Entscheidung, die Folge und ein Protokoll oder anderes Dokument dazu.",
      en: "Name the figure, the decision, the outcome and the minutes or another document on it.",
    },
    example: {
      de: "Die Zahlen zeigten, dass unsere Sprechzeit am Montagnachmittag kaum genutzt wurde, am Donnerstag aber lange Wartezeiten entstanden. Laut Protokoll der Leitungsrunde vom 12. März haben wir die Zeiten getauscht. Seitdem wartet donnerstags kaum noch jemand länger als eine Viertelstunde.",
      en: "The figures showed that our Monday afternoon drop-in hours were hardly used, while people had long waits on Thursdays. According to the management meeting minutes of 12 March, we swapped the times. Since then hardly anyone waits longer than a quarter of an hour on Thursdays.",
    },
  },
  {
    id: "controlling.results.all.3",
    area: "controlling",
    dimension: "results",
    models: ["lqw", "kqb", "kqs"],
    angle: "overview",
    audience: ["management", "qualityOfficer"],
    kind: "experience",
    text: {
      de: "Was zeigen Ihre Zahlen darüber, ob gelingt, was {successDefinition} beschreibt – etwa zu Abbrüchen, erreichten Zielen oder Rückmeldungen? Welche Unterlage belegt das?",
      en: "What do your figures reveal about whether what {successDefinition} describes is being achieved – drop-outs, goals reached, feedback? Which document shows this?",
    },
    guidance: {
      de: "Nennen Sie eine inhaltliche Zahl (nicht nur Geld oder Auslastung) und wo sie dokumentiert ist.",
      en: "Name one content-related figure (not just money or capacity) and where it is documented.",
    },
    example: {
      de: "Wir werten jedes Halbjahr die Rückmeldebögen aus: 84 Prozent der {clients} gaben an, ihr persönliches Ziel ganz oder teilweise erreicht zu haben. Die Abbruchquote lag bei 9 Prozent. Beides steht in der Halbjahresauswertung im Qualitätsordner.",
      en: "Every half-year we analyse the feedback forms: 84 per cent of {clients} said they had fully or partly reached their personal goal. The drop-out rate was 9 per cent. Both are in the half-yearly evaluation in the quality folder.",
    },
  },
  {
    id: "controlling.results.all.4",
    area: "controlling",
    dimension: "results",
    models: ["lqw", "kqb", "kqs"],
    angle: "change",
    audience: ["everyone"],
    kind: "experience",
    text: {
      de: "Welche Zahl hat sich in Ihrem Bereich zuletzt deutlich verändert – nach oben oder nach unten? Wo lässt sich das ablesen, und was war vermutlich der Grund?",
      en: "Which figure in your area has changed markedly of late, up or down? Where can this be seen, and what was probably behind it?",
    },
    guidance: {
      de: "Nennen Sie die Zahl vorher und nachher, die Quelle und Ihre Vermutung zum Grund.",
      en: "Give the figure before and after, the source and your guess at the reason.",
    },
    example: {
      de: "Die Zahl der Erstanfragen per E-Mail hat sich von etwa 20 auf über 50 im Monat mehr als verdoppelt. Das steht in unserer monatlichen Anfragenstatistik. Vermutlich liegt es an der neuen Internetseite, auf der das Kontaktformular jetzt gleich auf der Startseite steht.",
      en: "First enquiries by e-mail more than doubled, from about 20 to over 50 a month. It shows in our monthly enquiry statistics. It is probably down to the new website, where the contact form now sits right on the home page.",
    },
  },
  // evaluation
  {
    id: "controlling.evaluation.all.1",
    area: "controlling",
    dimension: "evaluation",
    models: ["lqw", "kqb", "kqs"],
    angle: "overview",
    audience: ["everyone"],
    kind: "experience",
    text: {
      de: "Helfen Ihnen die Zahlen, die Sie kennen, wirklich bei Ihrer Arbeit mit den {clients}? Was fehlt Ihnen, und was ist überflüssig?",
      en: "Do the figures you know actually help you in your work with the {clients}? What is missing, and what is superfluous?",
    },
    guidance: {
      de: "Nennen Sie eine hilfreiche und eine entbehrliche Zahl und begründen Sie kurz.",
      en: "Name one helpful and one dispensable figure, with a brief reason.",
    },
    example: {
      de: "Die monatliche Übersicht zur Auslastung hilft mir, weil ich sehe, wo noch Plätze frei sind, und das am Telefon gleich sagen kann. Die Zahl der verteilten Faltblätter sagt mir dagegen nichts. Was mir fehlt: wie viele der {clients} nach einer Absage später wiederkommen.",
      en: "The monthly capacity overview helps me because I can see where places are free and tell callers straight away. The number of leaflets handed out, on the other hand, tells me nothing. What I miss is how many of the {clients} come back later after cancelling.",
    },
  },
  {
    id: "controlling.evaluation.all.2",
    area: "controlling",
    dimension: "evaluation",
    models: ["lqw", "kqb", "kqs"],
    angle: "difficulty",
    audience: ["everyone"],
    kind: "experience",
    text: {
      de: "Gibt es Zahlen, die gut aussehen, aber wenig darüber sagen, ob die {clients} wirklich etwas davon haben? Woran merken Sie das?",
      en: "Are there figures that look good but say little about whether the {clients} actually gain anything? How can you tell?",
    },
    guidance: {
      de: "Nennen Sie die Zahl und das, was sie verdeckt; ein Beispiel aus Ihrem Alltag reicht.",
      en: "Name the figure and what it hides; one example from your work is enough.",
    },
    example: {
      de: "Unsere Anmeldezahlen sind so hoch wie nie. Gleichzeitig erlebe ich, dass ein Teil der {clients} nach zwei, drei Terminen nicht mehr kommt. Die Zahl der Anmeldungen allein täuscht also ein wenig; wir sollten genauso darauf schauen, wer dabeibleibt.",
      en: "Our registration numbers are higher than ever. At the same time I see some of the {clients} stop coming after two or three sessions. So registrations alone are a bit misleading; we should look just as closely at who stays.",
    },
  },
  {
    id: "controlling.evaluation.all.3",
    area: "controlling",
    dimension: "evaluation",
    models: ["lqw", "kqb", "kqs"],
    angle: "voice",
    audience: ["everyone"],
    kind: "experience",
    text: {
      de: "Wie sprechen Kolleginnen und Kollegen über die Zahlen, die bei Ihnen erhoben werden – als Hilfe, als Pflicht oder als Kontrolle? Was sagt das darüber, ob die Steuerung mit Zahlen funktioniert?",
      en: "How do colleagues talk about the figures collected where you work – as a help, a chore or a form of control? What does that say about whether steering by figures works?",
    },
    guidance: {
      de: "Geben Sie wieder, was Sie hören, und leiten Sie daraus Ihre eigene Einschätzung ab.",
      en: "Report what you hear and draw your own judgement from it.",
    },
    example: {
      de: "Viele sehen die Listen als Pflicht, weil sie nie erfahren, was daraus wird. Die Kolleginnen in der Planungsrunde finden die Zahlen dagegen sehr nützlich. Für mich heißt das: Die Zahlen sind gut, aber sie kommen bei denen, die sie erheben, nicht an.",
      en: "Many see the lists as a chore because they never hear what becomes of them. The colleagues in the planning group, by contrast, find the figures very useful. To me that means the figures are fine, but they do not get back to the people who collect them.",
    },
  },
  {
    id: "controlling.evaluation.all.4",
    area: "controlling",
    dimension: "evaluation",
    models: ["lqw", "kqb", "kqs"],
    angle: "example",
    audience: ["management"],
    kind: "experience",
    text: {
      de: "Denken Sie an eine Entscheidung, die auf Zahlen beruhte. War sie im Rückblick richtig – für Ihre Organisation und für die {clients}?",
      en: "Think of a decision that was based on figures. Looking back, was it the right one – for your organisation and for the {clients}?",
    },
    guidance: {
      de: "Nennen Sie die Entscheidung und bewerten Sie beide Seiten: wirtschaftlich und für die Menschen.",
      en: "Name the decision and judge both sides: financially and for the people concerned.",
    },
    example: {
      de: "Vor einem Jahr wurde wegen geringer Nachfrage unser Angebot in der Außenstelle gestrichen. Wirtschaftlich war das richtig. Für einen Teil der älteren {clients} ohne Auto ist der Weg in die Stadt aber zu weit; diese Menschen erreichen wir nicht mehr. Rückblickend hätten wir eine kleinere Lösung vor Ort suchen sollen.",
      en: "A year ago our offer at the branch site was cut because of low demand. Financially that was right. But for some of our older {clients} without a car the trip into town is too far, and we no longer reach them. Looking back, we should have looked for a smaller solution on site.",
    },
  },
  // conclusions
  {
    id: "controlling.conclusions.all.1",
    area: "controlling",
    dimension: "conclusions",
    models: ["lqw", "kqb", "kqs"],
    angle: "overview",
    audience: ["everyone"],
    kind: "experience",
    text: {
      de: "Welche Zahl sollte künftig zusätzlich erhoben werden, und welche könnte wegfallen? Was schlagen Sie vor?",
      en: "Which figure should be collected in future, and which could be dropped? What do you propose?",
    },
    guidance: {
      de: "Nennen Sie die Zahl, Ihren Vorschlag, die zuständige Person und einen Zeitpunkt.",
      en: "Name the figure, your proposal, the person responsible and a date.",
    },
    example: {
      de: "Wir sollten erfassen, wie viele der {clients} nach einem ersten Kontakt tatsächlich ein Angebot beginnen. Die Strichliste zu Telefonanrufen könnte dafür entfallen. Ich schlage vor, dass Herr B. das bis zur Jahresplanung im Oktober mit der Verwaltung klärt.",
      en: "We should record how many of the {clients} actually start an offer after a first contact. The tally of phone calls could go instead. I suggest Mr B. sorts this out with the office before annual planning in October.",
    },
  },
  {
    id: "controlling.conclusions.all.2",
    area: "controlling",
    dimension: "conclusions",
    models: ["lqw", "kqb", "kqs"],
    angle: "change",
    audience: ["everyone"],
    kind: "experience",
    text: {
      de: "Was sollte sich daran ändern, wie Sie von Auswertungen erfahren – zum Beispiel eine kurze Übersicht in der Dienstbesprechung? Wer könnte das übernehmen?",
      en: "What should change in how you hear about the analyses – a short overview at staff meetings, for example? Who could take that on?",
    },
    guidance: {
      de: "Beschreiben Sie, was Sie bräuchten, wie oft und in welcher Form.",
      en: "Describe what you would need, how often and in what form.",
    },
    example: {
      de: "Mir würde eine Seite pro Quartal reichen: die Zahl der {clients}, die Absagen und wie die Rückmeldungen ausfallen. Die Verwaltung könnte das als festen Punkt in die erste Dienstbesprechung jedes Quartals einbringen. Ab dem nächsten Quartal wäre das gut machbar.",
      en: "One page per quarter would do for me: the number of {clients}, cancellations and how the feedback looks. The office could bring it as a standing item to the first staff meeting of each quarter. That would be quite doable from next quarter.",
    },
  },
  {
    id: "controlling.conclusions.all.3",
    area: "controlling",
    dimension: "conclusions",
    models: ["lqw", "kqb", "kqs"],
    angle: "evidence",
    audience: ["everyone"],
    kind: "experience",
    text: {
      de: "Welche inhaltliche Zahl würde Ihnen helfen zu prüfen, ob gelingt, was {successDefinition} beschreibt? Wie ließe sie sich ohne großen Aufwand erheben?",
      en: "Which content-related figure would help you check whether what {successDefinition} describes is being achieved? How could it be collected without much effort?",
    },
    guidance: {
      de: "Schlagen Sie eine Zahl vor und sagen Sie, wer sie wann und womit erheben könnte.",
      en: "Suggest one figure and say who could collect it, when and with what.",
    },
    example: {
      de: "Ich fände es hilfreich zu wissen, wie viele der {clients} am Ende sagen, dass sie etwas für ihren Alltag mitnehmen. Dafür reicht eine zusätzliche Frage auf dem Rückmeldebogen. Das Ergebnis könnte in die Halbjahresübersicht aufgenommen werden.",
      en: "I would find it useful to know how many of the {clients} say at the end that they can use something in their daily lives. One extra question on the feedback form would do. The result could go into the half-yearly overview.",
    },
  },
  {
    id: "controlling.conclusions.all.4",
    area: "controlling",
    dimension: "conclusions",
    models: ["lqw", "kqb", "kqs"],
    angle: "difficulty",
    audience: ["everyone"],
    kind: "experience",
    text: {
      de: "Wo kostet das Erheben von Zahlen mehr Zeit, als es nützt? Was schlagen Sie vor: vereinfachen, zusammenlegen oder streichen?",
      en: "Where does collecting figures take more time than it is worth? What do you suggest: simplify, merge or drop?",
    },
    guidance: {
      de: "Nennen Sie die Liste oder Abfrage, den Aufwand und Ihren konkreten Vorschlag.",
      en: "Name the list or request, the effort involved and your specific proposal.",
    },
    example: {
      de: "Die Anwesenheit tragen wir zweimal ein: auf Papier und im Programm. Das kostet mich pro Woche fast eine Stunde. Ich schlage vor, die Papierliste abzuschaffen und direkt im Programm zu erfassen, sobald alle Räume einen Rechner haben.",
      en: "We record attendance twice, on paper and in the software, which costs me nearly an hour a week. I suggest dropping the paper list and entering attendance straight into the system once every room has a computer.",
    },
  },

  // ───────────────────────── QB 10 Kundenkommunikation ─────────────────────────
  // rationale
  {
    id: "kundenkommunikation.rationale.all.1",
    area: "kundenkommunikation",
    dimension: "rationale",
    models: ["lqw", "kqb", "kqs"],
    angle: "overview",
    audience: ["everyone"],
    kind: "experience",
    text: {
      de: "Was müssen die {clients} schon vor Beginn wissen, damit gelingen kann, was {successDefinition} beschreibt? Warum gerade das?",
      en: "What do the {clients} need to know before things start so that what {successDefinition} describes can come about? Why exactly that?",
    },
    guidance: {
      de: "Nennen Sie zwei, drei Informationen und warum sie für das Gelingen wichtig sind.",
      en: "Name two or three pieces of information and why they matter for success.",
    },
    example: {
      de: "Die {clients} sollten vorher wissen, was sie erwartet und was von ihnen selbst abhängt – etwa dass zwischen den Terminen eigene Schritte nötig sind. Wer das nicht weiß, ist schnell enttäuscht. Deshalb sprechen wir es schon bei der Anmeldung offen an.",
      en: "The {clients} should know beforehand what to expect and what depends on them – for instance that they will need to take steps of their own between sessions. People who don't know this are quickly disappointed. That is why we raise it openly at registration.",
    },
  },
  {
    id: "kundenkommunikation.rationale.all.2",
    area: "kundenkommunikation",
    dimension: "rationale",
    models: ["lqw", "kqb", "kqs"],
    angle: "difficulty",
    audience: ["everyone"],
    kind: "experience",
    text: {
      de: "Warum ist es Ihnen wichtig, dass Beschwerden offen ausgesprochen werden, auch wenn sie unangenehm sind? Was haben die {clients} und Ihre Organisation davon?",
      en: "Why does it matter to you that complaints are voiced openly, even when they are uncomfortable? What do the {clients} and your organisation gain from it?",
    },
    guidance: {
      de: "Verbinden Sie Ihre Begründung mit Ihrem Leitbild oder einem Erlebnis aus Ihrer Arbeit.",
      en: "Link your reasoning to your mission statement or to something you experienced at work.",
    },
    example: {
      de: "Eine Beschwerde zeigt uns, wo wir etwas übersehen haben, das wir allein nie bemerkt hätten. In unserem Leitbild steht, dass wir die {clients} als Beteiligte ernst nehmen – dazu gehört auch ihre Kritik. Wer erlebt, dass eine Beschwerde etwas bewirkt, bleibt eher.",
      en: "A complaint shows us something we overlooked and would never have spotted on our own. Our mission statement says we take the {clients} seriously as partners, and that includes their criticism. People who see that a complaint changes something are more likely to stay.",
    },
  },
  {
    id: "kundenkommunikation.rationale.all.3",
    area: "kundenkommunikation",
    dimension: "rationale",
    models: ["lqw", "kqb", "kqs"],
    angle: "voice",
    audience: ["everyone"],
    kind: "experience",
    text: {
      de: "Welche Rückmeldung von {clients} hat Ihnen gezeigt, warum es auf klare und freundliche Information ankommt? Wem nützt sie am meisten?",
      en: "What has a comment from {clients} taught you about why clear, friendly information matters? Who benefits from it most?",
    },
    guidance: {
      de: "Geben Sie die Äußerung sinngemäß wieder und sagen Sie, wer besonders darauf angewiesen ist.",
      en: "Paraphrase the comment and say who depends on it most.",
    },
    example: {
      de: "Eine ältere Frau sagte mir, sie habe sich zuerst gar nicht getraut anzurufen, weil unser Faltblatt so amtlich klang. Seitdem ist mir klar: Gerade Menschen mit schlechten Erfahrungen mit Behörden brauchen eine einfache, freundliche Sprache, sonst kommen sie gar nicht erst zu uns.",
      en: "An older woman told me she had not dared to call at first because our leaflet sounded so official. Since then I have realised that people with bad experiences of public offices in particular need plain, friendly language, or they never reach us at all.",
    },
  },
  {
    id: "kundenkommunikation.rationale.all.4",
    area: "kundenkommunikation",
    dimension: "rationale",
    models: ["lqw", "kqb", "kqs"],
    angle: "example",
    audience: ["everyone"],
    kind: "experience",
    text: {
      de: "Denken Sie an jemanden, der Sie nur schwer erreichen konnte – etwa ohne Internet oder mit wenig Deutschkenntnissen. Warum ist es wichtig, dass es auch für solche Menschen einen passenden Weg zu Ihnen gibt?",
      en: "Think of someone who found it hard to reach you – without internet access, say, or with little German. Why does it matter that people like this also have a suitable way to get to you?",
    },
    guidance: {
      de: "Schildern Sie den Fall kurz und begründen Sie, wen Ihre Organisation erreichen will.",
      en: "Describe the case briefly and explain whom your organisation wants to reach.",
    },
    example: {
      de: "Ein Mann kam mit einem ausgedruckten Brief an den Empfang, weil er unser Kontaktformular nicht nutzen konnte. Laut Leitbild wollen wir gerade Menschen erreichen, die es sonst schwer haben. Deshalb halten wir an der offenen Sprechzeit ohne Anmeldung fest, auch wenn vieles inzwischen digital läuft.",
      en: "A man came to reception with a printed letter because he could not use our contact form. Our mission statement says we especially want to reach people who otherwise struggle. That is why we keep our open drop-in hours without appointment, even though much now happens online.",
    },
  },
  // procedures
  {
    id: "kundenkommunikation.procedures.all.1",
    area: "kundenkommunikation",
    dimension: "procedures",
    models: ["lqw", "kqb", "kqs"],
    angle: "overview",
    audience: ["everyone"],
    kind: "experience",
    text: {
      de: "Wie erfahren die {clients} vorab, was sie erwartet – Inhalte, Termine, Kosten, Ansprechperson? Über welche Wege, und wer hält die Angaben aktuell?",
      en: "How do the {clients} find out in advance what to expect – content, dates, costs, contact person? Through which channels, and who keeps the details up to date?",
    },
    guidance: {
      de: "Nennen Sie die Wege (Faltblatt, Internetseite, Telefon …) und wer dafür zuständig ist.",
      en: "Name the channels (leaflet, website, phone …) and who is responsible for them.",
    },
    example: {
      de: "Die wichtigsten Angaben stehen auf unserer Internetseite und in einem gedruckten Faltblatt, das zweimal im Jahr neu erscheint. Änderungen pflegt Frau S. aus der Verwaltung meist noch am selben Tag ein. Wer anruft, bekommt zusätzlich ein Informationsblatt per Post oder E-Mail.",
      en: "The key details are on our website and in a printed leaflet that is reissued twice a year. Ms S. in the office usually enters changes the same day. Anyone who phones also gets an information sheet by post or e-mail.",
    },
  },
  {
    id: "kundenkommunikation.procedures.all.2",
    area: "kundenkommunikation",
    dimension: "procedures",
    models: ["lqw", "kqb", "kqs"],
    angle: "example",
    audience: ["everyone"],
    kind: "experience",
    text: {
      de: "Beschreiben Sie die letzte Beschwerde, die Sie mitbekommen haben: Wer hat sie angenommen, wer hat sich gekümmert, und wie schnell gab es eine Antwort?",
      en: "Describe the last complaint you came across: who took it, who dealt with it, and how quickly was there a reply?",
    },
    guidance: {
      de: "Schildern Sie den Weg Schritt für Schritt; Namen sind nicht nötig, Rollen reichen.",
      en: "Go through it step by step; no names needed, roles are enough.",
    },
    example: {
      de: "Im Mai beschwerte sich jemand am Telefon über einen kurzfristig abgesagten Termin. Die Kollegin am Empfang hat das auf unserem Beschwerdeformular notiert und an die Bereichsleitung gegeben. Die hat sich zwei Tage später gemeldet und einen Ersatztermin angeboten.",
      en: "In May someone phoned to complain about an appointment cancelled at short notice. The colleague at reception noted it on our complaint form and passed it to the head of section, who called back two days later and offered a new date.",
    },
  },
  {
    id: "kundenkommunikation.procedures.all.3",
    area: "kundenkommunikation",
    dimension: "procedures",
    models: ["lqw", "kqb", "kqs"],
    angle: "difficulty",
    audience: ["everyone"],
    kind: "experience",
    text: {
      de: "Wenn kurzfristig etwas ausfällt oder sich ändert: Wie erfahren die {clients} davon, wer sagt ihnen Bescheid, und auf welchem Weg?",
      en: "When something is cancelled or changed at short notice, how do the {clients} find out, who tells them, and by what means?",
    },
    guidance: {
      de: "Beschreiben Sie den üblichen Ablauf und was passiert, wenn jemand nicht erreichbar ist.",
      en: "Describe the usual routine and what happens when someone cannot be reached.",
    },
    example: {
      de: "Bei Krankheit ruft die zuständige Kollegin oder die Verwaltung alle Betroffenen an und schickt zusätzlich eine Kurznachricht. Wer nicht erreichbar ist, findet einen Aushang an der Tür. Schwierig wird es, wenn Telefonnummern veraltet sind.",
      en: "If someone is ill, the colleague responsible or the office rings everyone affected and also sends a text message. Anyone we cannot reach finds a notice on the door. It gets difficult when phone numbers are out of date.",
    },
  },
  {
    id: "kundenkommunikation.procedures.all.4",
    area: "kundenkommunikation",
    dimension: "procedures",
    models: ["lqw", "kqb", "kqs"],
    angle: "change",
    audience: ["everyone"],
    kind: "experience",
    text: {
      de: "Wie bleiben Sie nach dem Ende mit den {clients} in Verbindung – etwa mit einer Nachfrage, einem Rückmeldebogen oder Hinweisen auf weitere Angebote? Was hat sich daran zuletzt geändert?",
      en: "How do you stay in touch with the {clients} once things have ended – a follow-up call, a feedback form, pointers to further offers? What has changed about this recently?",
    },
    guidance: {
      de: "Nennen Sie, was nach dem Ende passiert, wer es macht und was daran neu ist.",
      en: "Say what happens after the end, who does it and what is new about it.",
    },
    example: {
      de: "Bisher gab es am Ende nur den Rückmeldebogen. Seit diesem Jahr schicken wir etwa sechs Wochen später eine kurze E-Mail mit der Frage, wie es weitergegangen ist, und mit Hinweisen auf passende Angebote. Die Antworten sammelt die Verwaltung in einer Liste.",
      en: "Until recently there was only the feedback form at the end. Since this year we send a short e-mail about six weeks later asking how things have gone, with pointers to suitable offers. The office collects the replies in a list.",
    },
  },
  // results
  {
    id: "kundenkommunikation.results.all.1",
    area: "kundenkommunikation",
    dimension: "results",
    models: ["lqw", "kqb", "kqs"],
    angle: "evidence",
    audience: ["management", "qualityOfficer"],
    kind: "fact",
    text: {
      de: "Welche Unterlagen zeigen, wie bei Ihnen mit Beschwerden und Anregungen umgegangen wird – etwa ein Beschwerdebuch, eine Liste oder Protokolle? Was lässt sich daraus für das letzte Jahr ablesen?",
      en: "Which documents show how complaints and suggestions are handled where you work – a complaints book, a log, minutes? What do they tell you about the past year?",
    },
    guidance: {
      de: "Nennen Sie die Unterlage, wo sie liegt, und eine Zahl oder einen Befund daraus.",
      en: "Name the document, where it is kept, and one figure or finding from it.",
    },
    example: {
      de: "Alle Beschwerden und Anregungen stehen in unserer Beschwerdeliste im Qualitätsordner. 2024 waren es 23 Einträge, die meisten zu Raumtemperatur und Parkplätzen. Bei 19 ist vermerkt, dass die Person innerhalb einer Woche eine Antwort bekommen hat.",
      en: "All complaints and suggestions go into our complaints log in the quality folder. In 2024 there were 23 entries, most about room temperature and parking. For 19 of them it is noted that the person got a reply within a week.",
    },
  },
  {
    id: "kundenkommunikation.results.all.2",
    area: "kundenkommunikation",
    dimension: "results",
    models: ["lqw", "kqb", "kqs"],
    angle: "voice",
    audience: ["everyone"],
    kind: "experience",
    text: {
      de: "Was sagen die {clients} in Rückmeldebögen oder Gesprächen darüber, wie gut sie informiert wurden? Nennen Sie eine typische Aussage und wo sie festgehalten ist.",
      en: "What do the {clients} say in feedback forms or conversations about how well informed they were? Give a typical remark and where it is recorded.",
    },
    guidance: {
      de: "Eine typische Aussage reicht; nennen Sie dazu die Quelle, z. B. die Rückmeldebögen vom Herbst.",
      en: "One typical remark is enough; add the source, e.g. the autumn feedback forms.",
    },
    example: {
      de: "Im Rückmeldebogen steht oft: „Ich wusste vorher genau, was auf mich zukommt.“ Kritik gibt es vor allem zur Wegbeschreibung zu unseren Räumen. Beides ist in der Auswertung der Rückmeldebögen vom Herbst 2024 zusammengefasst.",
      en: "The feedback forms often say, 'I knew exactly what I was in for.' Criticism is mostly about the directions to our rooms. Both are summarised in the analysis of the autumn 2024 feedback forms.",
    },
  },
  {
    id: "kundenkommunikation.results.all.3",
    area: "kundenkommunikation",
    dimension: "results",
    models: ["lqw", "kqb", "kqs"],
    angle: "example",
    audience: ["everyone"],
    kind: "experience",
    text: {
      de: "Nennen Sie eine Anregung von {clients}, die tatsächlich umgesetzt wurde. Was hat sich dadurch verändert, und wie lässt sich das belegen?",
      en: "Name a suggestion from {clients} that was actually put into practice. What changed as a result, and how can that be shown?",
    },
    guidance: {
      de: "Nennen Sie Anregung, Umsetzung und einen Beleg, z. B. Protokoll, Aushang oder neue Fassung eines Formulars.",
      en: "Give the suggestion, what was done, and some evidence, e.g. minutes, a notice or a revised form.",
    },
    example: {
      de: "Einige der {clients} wünschten sich Termine auch nach 17 Uhr. Seit dem Frühjahr bieten wir dienstags zwei Abendtermine an, die fast immer belegt sind. Die Entscheidung steht im Protokoll der Dienstbesprechung vom 4. Februar.",
      en: "Several of our {clients} asked for appointments after 5 pm. Since the spring we have offered two evening slots on Tuesdays, which are almost always taken. The decision is in the minutes of the staff meeting of 4 February.",
    },
  },
  {
    id: "kundenkommunikation.results.all.4",
    area: "kundenkommunikation",
    dimension: "results",
    models: ["lqw", "kqb", "kqs"],
    angle: "change",
    audience: ["everyone"],
    kind: "experience",
    text: {
      de: "Wie haben sich Anfragen, Rückfragen oder Beschwerden in letzter Zeit entwickelt – mehr, weniger, andere Themen? Woran lesen Sie das ab?",
      en: "How have enquiries, follow-up questions or complaints developed lately – more, fewer, different topics? Where do you see that?",
    },
    guidance: {
      de: "Nennen Sie die Veränderung und die Quelle, z. B. Statistik, Beschwerdeliste oder Telefonnotizen.",
      en: "Describe the change and its source, e.g. statistics, complaints log or phone notes.",
    },
    example: {
      de: "Seit wir die Anmeldebedingungen auf der Internetseite verständlicher formuliert haben, kommen deutlich weniger Rückfragen zu Fristen und mitzubringenden Unterlagen. In unseren Telefonnotizen waren es im ersten Halbjahr noch rund 30, im zweiten nur noch acht.",
      en: "Since we rewrote the registration terms on the website in plainer language, there have been far fewer questions about deadlines and which documents to bring. Our phone notes show about 30 such questions in the first half-year and only eight in the second.",
    },
  },
  // evaluation
  {
    id: "kundenkommunikation.evaluation.all.1",
    area: "kundenkommunikation",
    dimension: "evaluation",
    models: ["lqw", "kqb", "kqs"],
    angle: "difficulty",
    audience: ["everyone"],
    kind: "experience",
    text: {
      de: "Wie gut verstehen die {clients} Ihre Informationen wirklich – Ankündigungen, Bedingungen, Briefe? Wo tauchen immer wieder dieselben Fragen auf?",
      en: "How well do the {clients} really understand your information – announcements, terms, letters? Where do the same questions keep coming up?",
    },
    guidance: {
      de: "Nennen Sie eine Stelle, die gut funktioniert, und eine, die immer wieder Fragen auslöst.",
      en: "Name one thing that works well and one that keeps raising questions.",
    },
    example: {
      de: "Unsere Terminbestätigungen werden gut verstanden, dazu gibt es kaum Fragen. Das Schreiben zu Ermäßigungen versteht dagegen fast niemand auf Anhieb; ich erkläre es mehrmals pro Woche am Telefon. Für mich ist das ein Zeichen, dass der Text seinen Zweck nicht erfüllt.",
      en: "Our appointment confirmations are well understood; hardly anyone asks about them. The letter on fee reductions, however, almost nobody understands first time; I explain it on the phone several times a week. To me that shows the text is not doing its job.",
    },
  },
  {
    id: "kundenkommunikation.evaluation.all.2",
    area: "kundenkommunikation",
    dimension: "evaluation",
    models: ["lqw", "kqb", "kqs"],
    angle: "voice",
    audience: ["everyone"],
    kind: "experience",
    text: {
      de: "Trauen sich die {clients}, Kritik offen zu äußern? Was haben Sie dazu von ihnen oder von Kolleginnen und Kollegen gehört?",
      en: "Do the {clients} feel free to voice criticism openly? What have you heard about this from them or from colleagues?",
    },
    guidance: {
      de: "Geben Sie wieder, was Sie gehört haben, und sagen Sie, wie Sie die Lage selbst einschätzen.",
      en: "Report what you have heard and say how you see the situation yourself.",
    },
    example: {
      de: "Eine Kollegin erzählte, dass jemand seine Kritik erst im letzten Gespräch geäußert hat – aus Sorge, sonst schlechter behandelt zu werden. Ich glaube, gerade Menschen in schwierigen Lagen halten sich zurück. Unser Beschwerdeformular allein reicht dafür nicht; es braucht auch die direkte Nachfrage.",
      en: "A colleague told me someone only raised criticism at the very last meeting, for fear of being treated worse otherwise. I think people in difficult situations in particular hold back. Our complaint form alone is not enough; we also need to ask directly.",
    },
  },
  {
    id: "kundenkommunikation.evaluation.all.3",
    area: "kundenkommunikation",
    dimension: "evaluation",
    models: ["lqw", "kqb", "kqs"],
    angle: "overview",
    audience: ["everyone"],
    kind: "experience",
    text: {
      de: "Trägt die Art, wie Sie mit den {clients} kommunizieren, zu dem bei, was {successDefinition} beschreibt? Wo gelingt das, wo nicht?",
      en: "Does the way you communicate with the {clients} contribute to what {successDefinition} describes? Where does it work, and where not?",
    },
    guidance: {
      de: "Beziehen Sie sich auf einen Punkt der Definition Ihrer Einrichtung; auch „Wir sind zufrieden“ ist eine gültige Antwort.",
      en: "Refer to one point of your organisation's definition; 'we are satisfied' is also a valid answer.",
    },
    example: {
      de: "Uns ist wichtig, dass die {clients} selbst entscheiden, was sie erreichen wollen. Im ersten Gespräch gelingt das gut, weil wir nach ihren Zielen fragen. In unseren schriftlichen Informationen klingt dagegen noch vieles so, als würden wir alles für sie regeln.",
      en: "It matters to us that the {clients} decide for themselves what they want to achieve. That works well in the first conversation, where we ask about their goals. Our written information, though, still often sounds as if we sort everything out for them.",
    },
  },
  {
    id: "kundenkommunikation.evaluation.all.4",
    area: "kundenkommunikation",
    dimension: "evaluation",
    models: ["lqw", "kqb", "kqs"],
    angle: "example",
    audience: ["everyone"],
    kind: "experience",
    text: {
      de: "Denken Sie an eine Beschwerde aus der letzten Zeit. Sind Sie mit dem Umgang damit zufrieden – für die Person selbst und für Ihre Organisation?",
      en: "Think of a recent complaint. Are you satisfied with how it was handled – for the person concerned and for your organisation?",
    },
    guidance: {
      de: "Bewerten Sie Tempo, Ton und Ergebnis; ein Fall reicht.",
      en: "Judge speed, tone and outcome; one case is enough.",
    },
    example: {
      de: "Die Beschwerde über den fehlenden Aufzug wurde schnell und freundlich beantwortet, und wir haben einen Raum im Erdgeschoss gefunden. Für die Person war das gut gelöst. Für die Organisation nicht ganz, denn das Problem betrifft auch andere, und daran hat sich noch nichts geändert.",
      en: "The complaint about the missing lift was answered quickly and kindly, and we found a ground-floor room. For the person it was solved well. For the organisation less so, as the problem affects others too and nothing has changed about that yet.",
    },
  },
  // conclusions
  {
    id: "kundenkommunikation.conclusions.all.1",
    area: "kundenkommunikation",
    dimension: "conclusions",
    models: ["lqw", "kqb", "kqs"],
    angle: "overview",
    audience: ["everyone"],
    kind: "experience",
    text: {
      de: "Welche Information sollten die {clients} künftig früher, klarer oder auf anderem Weg bekommen? Was schlagen Sie vor?",
      en: "Which information should the {clients} get earlier, more clearly or by another route in future? What do you propose?",
    },
    guidance: {
      de: "Nennen Sie die Information, die gewünschte Änderung, eine zuständige Person und einen Termin.",
      en: "Name the information, the change you want, a person responsible and a date.",
    },
    example: {
      de: "Die Hinweise zur Barrierefreiheit unserer Räume sollten schon bei der Anmeldung stehen, nicht erst in der Bestätigung. Ich schlage vor, dass die Verwaltung das bis zur nächsten Ausgabe des Faltblatts im August ergänzt. Den Text kann ich vorbereiten.",
      en: "Details about the accessibility of our rooms should be given at registration, not only in the confirmation. I suggest the office adds them before the next edition of the leaflet in August. I can draft the text.",
    },
  },
  {
    id: "kundenkommunikation.conclusions.all.2",
    area: "kundenkommunikation",
    dimension: "conclusions",
    models: ["lqw", "kqb", "kqs"],
    angle: "change",
    audience: ["everyone"],
    kind: "experience",
    text: {
      de: "Welchen Kontaktweg sollten Sie ausbauen, vereinfachen oder aufgeben – etwa eine Telefonzeit, ein Kontaktformular, eine offene Sprechzeit? Was wäre der erste Schritt?",
      en: "Which contact channel should you expand, simplify or give up – a phone hour, a contact form, open drop-in hours? What would be the first step?",
    },
    guidance: {
      de: "Begründen Sie Ihren Vorschlag kurz und nennen Sie einen ersten, machbaren Schritt.",
      en: "Give a brief reason for your proposal and name a first, feasible step.",
    },
    example: {
      de: "Unsere Faxnummer kann weg, sie wurde seit zwei Jahren nicht genutzt. Dafür sollte die Telefonzeit am Vormittag um eine Stunde verlängert werden, weil dann die meisten anrufen. Als ersten Schritt würde ich vier Wochen lang mitzählen, wann die Anrufe kommen.",
      en: "Our fax number can go; it has not been used for two years. Instead the morning phone hour should be extended by an hour, because that is when most people call. As a first step I would log for four weeks when the calls come in.",
    },
  },
  {
    id: "kundenkommunikation.conclusions.all.3",
    area: "kundenkommunikation",
    dimension: "conclusions",
    models: ["lqw", "kqb", "kqs"],
    angle: "difficulty",
    audience: ["everyone"],
    kind: "experience",
    text: {
      de: "Was sollte sich am Umgang mit Beschwerden und Anregungen ändern, damit die {clients} merken, dass ihre Hinweise etwas bewirken?",
      en: "What should change in how complaints and suggestions are handled so that the {clients} can see their comments make a difference?",
    },
    guidance: {
      de: "Machen Sie einen konkreten Vorschlag und sagen Sie, wer ihn umsetzen könnte.",
      en: "Make a specific proposal and say who could carry it out.",
    },
    example: {
      de: "Bisher erfährt kaum jemand, was aus den Anregungen geworden ist. Ich schlage eine Tafel im Eingangsbereich vor: „Sie haben gesagt – wir haben gehandelt“, mit zwei, drei Beispielen pro Halbjahr. Pflegen könnte sie die Kollegin, die ohnehin die Beschwerdeliste führt.",
      en: "At the moment hardly anyone hears what became of the suggestions. I propose a board in the entrance: 'You said – we did', with two or three examples each half-year. The colleague who already keeps the complaints log could look after it.",
    },
  },
  {
    id: "kundenkommunikation.conclusions.all.4",
    area: "kundenkommunikation",
    dimension: "conclusions",
    models: ["lqw", "kqb", "kqs"],
    angle: "voice",
    audience: ["everyone"],
    kind: "experience",
    text: {
      de: "Was loben die {clients} an Ihrer Kommunikation am häufigsten? Was davon wollen Sie ausdrücklich beibehalten, und wie sichern Sie es, etwa bei einem Personalwechsel?",
      en: "What do the {clients} praise most often about how you communicate? What of it do you explicitly want to keep, and how will you secure it, for example when staff change?",
    },
    guidance: {
      de: "Nennen Sie das Lob, was Sie beibehalten wollen, und wie es weitergegeben wird.",
      en: "Name the praise, what you want to keep, and how it will be passed on.",
    },
    example: {
      de: "Am häufigsten hören wir, dass man bei uns schnell einen Menschen am Telefon hat statt einer Bandansage. Das wollen wir unbedingt beibehalten. Damit es bei Krankheit oder Personalwechsel nicht verloren geht, nehmen wir die Vertretungsregel für das Telefon bis Jahresende in unsere Einarbeitungsmappe auf.",
      en: "What we hear most is that you quickly get a real person on the phone rather than a recorded message. We definitely want to keep that. So that it is not lost through illness or staff changes, we will add the phone cover arrangements to our induction folder by the end of the year.",
    },
  },

  // ───────────────────────── QB 11 Strategische Entwicklungsziele ─────────────────────────
  // rationale
  {
    id: "strategische_entwicklungsziele.rationale.all.1",
    area: "strategische_entwicklungsziele",
    dimension: "rationale",
    models: ["lqw", "kqb", "kqs"],
    angle: "overview",
    audience: ["everyone"],
    kind: "experience",
    text: {
      de: "Welches größere Ziel sollte Ihre Organisation in den nächsten Jahren verfolgen? Warum gerade dieses – mit Blick auf die {clients} und Ihr Leitbild?",
      en: "Which bigger goal should your organisation pursue over the next few years? Why this one, with a view to the {clients} and your mission statement?",
    },
    guidance: {
      de: "Nennen Sie ein Ziel und verbinden Sie es mit einem Satz aus Ihrem Leitbild oder einem Bedarf der {clients}.",
      en: "Name one goal and link it to a sentence in your mission statement or to a need of the {clients}.",
    },
    example: {
      de: "Wir sollten unsere Angebote für Menschen öffnen, die wenig Deutsch sprechen. In unserem Leitbild steht, dass wir für alle in der Stadt da sind, aber in der Praxis erreichen wir diese Gruppe kaum. Dabei fragen genau diese Menschen immer häufiger bei uns an.",
      en: "We should open up our offers to people who speak little German. Our mission statement says we are there for everyone in town, but in practice we hardly reach this group – even though these are exactly the people asking us more and more often.",
    },
  },
  {
    id: "strategische_entwicklungsziele.rationale.all.2",
    area: "strategische_entwicklungsziele",
    dimension: "rationale",
    models: ["lqw", "kqb", "kqs"],
    angle: "difficulty",
    audience: ["everyone"],
    kind: "experience",
    text: {
      de: "Wo bleibt Ihre Organisation heute noch hinter dem zurück, was {successDefinition} verspricht? Warum sollte gerade dort ein strategisches Ziel ansetzen?",
      en: "Where does your organisation still fall short of what {successDefinition} promises? Why should a strategic goal start there in particular?",
    },
    guidance: {
      de: "Nennen Sie die Lücke offen und begründen Sie, warum sie wichtiger ist als andere.",
      en: "Name the gap openly and explain why it matters more than others.",
    },
    example: {
      de: "Uns ist wichtig, dass die {clients} das, was sie bei uns erarbeitet haben, im Alltag umsetzen können. Was nach dem Ende passiert, wissen wir aber kaum. Deshalb sollte ein Ziel sein, diesen Übergang besser zu begleiten – sonst bleibt unser Anspruch ein schöner Satz.",
      en: "It matters to us that the {clients} can put what they worked on with us into practice in daily life. But we know very little about what happens after the end. So one goal should be to support that transition better – otherwise our aspiration remains a nice sentence.",
    },
  },
  {
    id: "strategische_entwicklungsziele.rationale.all.3",
    area: "strategische_entwicklungsziele",
    dimension: "rationale",
    models: ["lqw", "kqb", "kqs"],
    angle: "change",
    audience: ["everyone"],
    kind: "experience",
    text: {
      de: "Welche Entwicklung außerhalb Ihrer Organisation – bei den {clients}, in Ihrer Region oder bei der Finanzierung – macht ein neues Ziel nötig? Woran merken Sie das in Ihrer Arbeit?",
      en: "Which development outside your organisation – among the {clients}, in your region or in funding – calls for a new goal? How do you notice it in your work?",
    },
    guidance: {
      de: "Beschreiben Sie die Veränderung und eine Beobachtung aus Ihrem Alltag, die sie zeigt.",
      en: "Describe the change and one observation from your work that shows it.",
    },
    example: {
      de: "Seit zwei Jahren melden sich immer mehr Menschen, die berufstätig sind und nur abends oder am Wochenende Zeit haben. Ich merke das an den Anfragen nach späten Terminen, die wir oft nicht erfüllen können. Darauf sollte sich unsere Organisation auf längere Sicht einstellen.",
      en: "For two years now more and more people have been contacting us who are in work and only free in the evenings or at weekends. I notice it from the requests for late appointments, which we often cannot meet. Our organisation should plan for this in the longer term.",
    },
  },
  {
    id: "strategische_entwicklungsziele.rationale.all.4",
    area: "strategische_entwicklungsziele",
    dimension: "rationale",
    models: ["lqw", "kqb", "kqs"],
    angle: "example",
    audience: ["management", "qualityOfficer"],
    kind: "experience",
    part: "11a",
    text: {
      de: "Nehmen Sie eines der Ziele, die beim letzten Abschlussworkshop vereinbart wurden: Warum wurde es damals gewählt, und trägt diese Begründung heute noch?",
      en: "Take one of the goals agreed at the last final workshop: why was it chosen back then, and does that reasoning still hold today?",
    },
    guidance: {
      de: "Nennen Sie das Ziel, den damaligen Grund und Ihre heutige Sicht; dabei gewesen sein müssen Sie nicht.",
      en: "Name the goal, the reason at the time and your view today; you need not have attended the workshop.",
    },
    example: {
      de: "2021 haben wir uns vorgenommen, die Anmeldung vollständig digital zu ermöglichen, weil viele zu unseren Öffnungszeiten nicht vorbeikommen konnten. Der Grund gilt weiter. Inzwischen sehen wir aber, dass ein Teil der {clients} dadurch abgehängt wird – das hatten wir damals zu wenig bedacht.",
      en: "In 2021 we set out to make registration fully possible online, because many people could not come in during our opening hours. That reason still holds. But we now also see that some of the {clients} get left behind by it – something we did not consider enough at the time.",
    },
  },
  {
    id: "strategische_entwicklungsziele.rationale.all.5",
    area: "strategische_entwicklungsziele",
    dimension: "rationale",
    models: ["lqw", "kqb", "kqs"],
    angle: "voice",
    audience: ["everyone"],
    kind: "experience",
    part: "11b",
    text: {
      de: "Welches neue Ziel würden Sie für die kommenden vier Jahre vorschlagen? Was haben die {clients} oder Kolleginnen und Kollegen gesagt, das dafür spricht?",
      en: "Which new goal would you propose for the next four years? What have the {clients} or colleagues said that supports it?",
    },
    guidance: {
      de: "Nennen Sie ein Ziel und eine oder zwei Äußerungen, auf die Sie sich stützen.",
      en: "Name one goal and one or two remarks you base it on.",
    },
    example: {
      de: "Ich würde vorschlagen, dass wir Angebote auch in den Stadtteilen machen. Mehrere Kolleginnen berichten, dass gerade die {clients} aus dem Norden der Stadt den weiten Weg scheuen. In den Rückmeldebögen steht mehrfach: „Gern, aber näher an meiner Wohnung.“",
      en: "I would propose that we also run offers out in the neighbourhoods. Several colleagues report that the {clients} from the north of town in particular are put off by the long journey. The feedback forms say more than once: 'Gladly, but closer to where I live.'",
    },
  },
  // procedures
  {
    id: "strategische_entwicklungsziele.procedures.all.1",
    area: "strategische_entwicklungsziele",
    dimension: "procedures",
    models: ["lqw", "kqb", "kqs"],
    angle: "overview",
    audience: ["everyone"],
    kind: "experience",
    text: {
      de: "Wie erfahren Sie, welche strategischen Ziele Ihre Organisation gerade verfolgt? Und wie können Sie eigene Vorschläge dazu einbringen?",
      en: "How do you learn which strategic goals your organisation is currently pursuing? And how can you put forward ideas of your own?",
    },
    guidance: {
      de: "Nennen Sie Besprechungen, Schreiben oder andere Gelegenheiten und wie oft es sie gibt.",
      en: "Name the meetings, documents or other occasions and how often they happen.",
    },
    example: {
      de: "Die Ziele stellt die Leitung einmal im Jahr beim Klausurtag aller Mitarbeitenden vor; dort sammeln wir auch Vorschläge auf Karten. Zwischendurch erfahre ich den Stand aus der Dienstbesprechung. Freie Mitarbeitende bekommen eine Zusammenfassung per E-Mail.",
      en: "Management presents the goals once a year at the all-staff away day, where we also collect suggestions on cards. In between I hear about progress at staff meetings. Freelance staff get a summary by e-mail.",
    },
  },
  {
    id: "strategische_entwicklungsziele.procedures.all.2",
    area: "strategische_entwicklungsziele",
    dimension: "procedures",
    models: ["lqw", "kqb", "kqs"],
    angle: "example",
    audience: ["everyone"],
    kind: "experience",
    text: {
      de: "Woran arbeiten Sie selbst oder Ihr Bereich gerade, um ein größeres Ziel Ihrer Organisation voranzubringen? Wer ist beteiligt, und wann wird darüber gesprochen?",
      en: "What are you or your section working on right now to move a bigger organisational goal forward? Who is involved, and when is it discussed?",
    },
    guidance: {
      de: "Nennen Sie das Ziel, Ihre Aufgabe dabei, die Beteiligten und wie oft Sie sich abstimmen.",
      en: "Name the goal, your part in it, who is involved and how often you coordinate.",
    },
    example: {
      de: "Unser Ziel ist, mehr junge Erwachsene zu erreichen. Ich entwickle mit zwei Kolleginnen ein Angebot gemeinsam mit dem Jugendzentrum. Wir treffen uns alle vier Wochen, und den Stand berichte ich in der Bereichsrunde.",
      en: "Our goal is to reach more young adults. Two colleagues and I are developing an offer together with the youth centre. We meet every four weeks, and I report progress at our section meeting.",
    },
  },
  {
    id: "strategische_entwicklungsziele.procedures.all.3",
    area: "strategische_entwicklungsziele",
    dimension: "procedures",
    models: ["lqw", "kqb", "kqs"],
    angle: "difficulty",
    audience: ["everyone"],
    kind: "experience",
    text: {
      de: "Was hält Sie im Alltag davon ab, an langfristigen Zielen weiterzuarbeiten – Zeitdruck, fehlende Absprachen, unklare Zuständigkeit? Wie wird bei Ihnen damit umgegangen?",
      en: "What keeps you from working on long-term goals in everyday practice – time pressure, lack of coordination, unclear responsibility? How is this dealt with where you work?",
    },
    guidance: {
      de: "Nennen Sie ein Hindernis und beschreiben Sie, was bisher dagegen unternommen wird.",
      en: "Name one obstacle and describe what is being done about it so far.",
    },
    example: {
      de: "Das Tagesgeschäft geht immer vor, besonders in den Wochen der Anmeldung. Deshalb haben wir feste Zeiten eingeführt: Am ersten Mittwoch im Monat sind zwei Stunden nur für die Arbeit an unseren Zielen reserviert. Das klappt nicht immer, aber deutlich besser als vorher.",
      en: "Day-to-day business always comes first, especially in registration weeks. So we have introduced fixed slots: two hours on the first Wednesday of each month are reserved for work on our goals. It doesn't always work, but it is much better than before.",
    },
  },
  {
    id: "strategische_entwicklungsziele.procedures.all.4",
    area: "strategische_entwicklungsziele",
    dimension: "procedures",
    models: ["lqw", "kqb", "kqs"],
    angle: "evidence",
    audience: ["management", "qualityOfficer"],
    kind: "fact",
    part: "11a",
    text: {
      de: "Wie wurde seit dem letzten Abschlussworkshop an den vereinbarten Zielen gearbeitet? Wer war zuständig, und wo wurde der Stand festgehalten – etwa für den Follow-up-Workshop?",
      en: "How has work on the agreed goals gone since the last final workshop? Who was responsible, and where was progress recorded – for the follow-up workshop, for instance?",
    },
    guidance: {
      de: "Nennen Sie Zuständige, Zwischenschritte und die Unterlagen, in denen der Stand steht.",
      en: "Name who was responsible, the interim steps and the documents where progress is recorded.",
    },
    example: {
      de: "Für jedes der drei Ziele gab es eine verantwortliche Person und einen einfachen Maßnahmenplan. Den Stand haben wir halbjährlich in der Leitungsrunde besprochen und im Protokoll vermerkt. Für den Follow-up-Workshop 2023 wurde daraus eine Übersicht erstellt, die im Qualitätsordner liegt.",
      en: "Each of the three goals had a named person and a simple action plan. We reviewed progress every six months in the management meeting and noted it in the minutes. For the 2023 follow-up workshop this was turned into an overview, which is kept in the quality folder.",
    },
  },
  {
    id: "strategische_entwicklungsziele.procedures.all.5",
    area: "strategische_entwicklungsziele",
    dimension: "procedures",
    models: ["lqw", "kqb", "kqs"],
    angle: "change",
    audience: ["everyone"],
    kind: "experience",
    part: "11b",
    text: {
      de: "Was sollte bei der Arbeit an den neuen Zielen anders laufen als in der letzten Periode – bei Zuständigkeiten, Zwischenständen oder der Beteiligung der Mitarbeitenden?",
      en: "What should be done differently when working on the new goals compared with the last period – responsibilities, progress checks, involvement of staff?",
    },
    guidance: {
      de: "Nennen Sie eine Änderung im Vorgehen und warum sie die Umsetzung erleichtern würde.",
      en: "Name one change in approach and why it would make implementation easier.",
    },
    example: {
      de: "Letztes Mal lagen alle Ziele bei der Leitung, und wir haben vom Fortschritt wenig mitbekommen. Diesmal sollte jedes Ziel eine kleine Arbeitsgruppe mit Leuten aus der Praxis haben. Der Stand sollte jedes Quartal kurz in der Dienstbesprechung vorgestellt werden.",
      en: "Last time all the goals sat with management and we heard little about progress. This time each goal should have a small working group with people from the front line, and progress should be presented briefly at a staff meeting every quarter.",
    },
  },
  // results
  {
    id: "strategische_entwicklungsziele.results.all.1",
    area: "strategische_entwicklungsziele",
    dimension: "results",
    models: ["lqw", "kqb", "kqs"],
    angle: "difficulty",
    audience: ["management"],
    kind: "experience",
    text: {
      de: "Welches Vorhaben Ihrer Organisation ist in letzter Zeit nicht vorangekommen? Was ist stattdessen passiert, und wo ist das festgehalten?",
      en: "Which of your organisation's plans has stalled recently? What happened instead, and where is it recorded?",
    },
    guidance: {
      de: "Nennen Sie das Vorhaben, den tatsächlichen Stand und eine Unterlage, die ihn zeigt.",
      en: "Name the plan, where it actually stands and a document that shows this.",
    },
    example: {
      de: "Die geplante Zusammenarbeit mit zwei Betrieben aus dem Gewerbegebiet ist nach den ersten Gesprächen eingeschlafen, weil dort die Ansprechpersonen wechselten. Stattdessen arbeiten wir jetzt mit dem Familienzentrum zusammen. Beides steht in den Protokollen der Leitungsrunde von 2024.",
      en: "The planned partnership with two firms on the business park petered out after the first talks because their contact persons changed. Instead we now work with the family centre. Both are in the management meeting minutes from 2024.",
    },
  },
  {
    id: "strategische_entwicklungsziele.results.all.2",
    area: "strategische_entwicklungsziele",
    dimension: "results",
    models: ["lqw", "kqb", "kqs"],
    angle: "example",
    audience: ["management"],
    kind: "experience",
    text: {
      de: "Nennen Sie eine Veränderung der letzten Jahre, die über den Alltag hinausging – ein neues Angebot, eine neue Zielgruppe, ein neuer Standort. Was ist daraus geworden, und womit lässt sich das zeigen?",
      en: "Name a change in recent years that went beyond day-to-day business – a new offer, a new target group, a new site. What has come of it, and what shows this?",
    },
    guidance: {
      de: "Nennen Sie die Veränderung, ihr Ergebnis und einen Beleg, z. B. Zahlen, Bericht oder Zeitungsartikel.",
      en: "Name the change, its result and some evidence, e.g. figures, a report or a press article.",
    },
    example: {
      de: "2022 haben wir eine Außenstelle im Stadtteil Süd eröffnet. Inzwischen nutzen dort rund 150 Menschen im Jahr unsere Angebote, die Hälfte davon zum ersten Mal. Das zeigt unsere Jahresstatistik; außerdem gab es einen Bericht in der Lokalzeitung.",
      en: "In 2022 we opened a branch in the southern district. Around 150 people a year now use our offers there, half of them new to us. Our annual statistics show this, and the local paper ran a story on it.",
    },
  },
  {
    id: "strategische_entwicklungsziele.results.all.3",
    area: "strategische_entwicklungsziele",
    dimension: "results",
    models: ["lqw", "kqb", "kqs"],
    angle: "voice",
    audience: ["everyone"],
    kind: "experience",
    text: {
      de: "Was merken die {clients} schon von den Zielen, an denen Ihre Organisation arbeitet? Gibt es Rückmeldungen, die das zeigen?",
      en: "What do the {clients} already notice of the goals your organisation is working on? Is there feedback that shows it?",
    },
    guidance: {
      de: "Nennen Sie eine Äußerung oder Rückmeldung und woher sie stammt.",
      en: "Give one remark or piece of feedback and where it came from.",
    },
    example: {
      de: "Seit wir daran arbeiten, schneller erreichbar zu sein, loben die {clients} in den Rückmeldebögen häufiger die kurze Wartezeit auf einen Termin. Ein Mann sagte mir: „Früher hätte ich drei Wochen gewartet.“ Die Auswertung vom Frühjahr zeigt das auch in Zahlen.",
      en: "Since we started working on being easier to reach, the {clients} more often praise the short wait for an appointment in the feedback forms. One man told me, 'I'd have waited three weeks before.' The spring analysis shows this in figures too.",
    },
  },
  {
    id: "strategische_entwicklungsziele.results.all.4",
    area: "strategische_entwicklungsziele",
    dimension: "results",
    models: ["lqw", "kqb", "kqs"],
    angle: "overview",
    audience: ["management", "qualityOfficer"],
    kind: "fact",
    part: "11a",
    text: {
      de: "Was ist aus den Zielen des letzten Abschlussworkshops geworden – erreicht, teilweise erreicht oder verworfen? Womit lässt sich das jeweils belegen?",
      en: "What became of the goals from the last final workshop – achieved, partly achieved or dropped? What evidence is there for each?",
    },
    guidance: {
      de: "Gehen Sie die Ziele kurz durch und nennen Sie je einen Nachweis aus den letzten vier Jahren.",
      en: "Go through the goals briefly and name one piece of evidence from the last four years for each.",
    },
    example: {
      de: "Die digitale Anmeldung ist erreicht: Laut Anmeldestatistik 2024 kommen 60 Prozent der Anmeldungen auf diesem Weg. Neue freie Mitarbeitende zu gewinnen ist nur teilweise gelungen (Personalliste). Die zweite Außenstelle haben wir verworfen; die Begründung steht im Protokoll vom November 2023.",
      en: "Online registration has been achieved: the 2024 registration statistics show 60 per cent of registrations coming in that way. Recruiting new freelance staff has only partly worked (staff list). We dropped the second branch; the reasons are in the minutes of November 2023.",
    },
  },
  {
    id: "strategische_entwicklungsziele.results.all.5",
    area: "strategische_entwicklungsziele",
    dimension: "results",
    models: ["lqw", "kqb", "kqs"],
    angle: "evidence",
    audience: ["management", "qualityOfficer"],
    kind: "experience",
    part: "11b",
    text: {
      de: "Woran werden Sie am Ende der kommenden Periode erkennen, dass ein neues Ziel erreicht ist? Welche Zahl, Unterlage oder Rückmeldung soll das zeigen?",
      en: "How will you recognise at the end of the coming period that a new goal has been reached? Which figure, document or feedback should show it?",
    },
    guidance: {
      de: "Nennen Sie für ein Ziel ein überprüfbares Zeichen und wo es festgehalten werden soll.",
      en: "For one goal, name a checkable sign and where it should be recorded.",
    },
    example: {
      de: "Für das Ziel, mehr Menschen mit wenig Deutschkenntnissen zu erreichen, wollen wir bei der Anmeldung freiwillig die Familiensprache erfragen. Erreicht ist es, wenn ihr Anteil von heute etwa 10 auf 25 Prozent steigt. Das soll jedes Jahr in der Statistik ausgewiesen werden.",
      en: "For the goal of reaching more people with little German, we want to ask on a voluntary basis for the language spoken at home when people register. We will have reached it when their share rises from about 10 to 25 per cent. This is to be shown in the statistics every year.",
    },
  },
  // evaluation
  {
    id: "strategische_entwicklungsziele.evaluation.all.1",
    area: "strategische_entwicklungsziele",
    dimension: "evaluation",
    models: ["lqw", "kqb", "kqs"],
    angle: "voice",
    audience: ["everyone"],
    kind: "experience",
    text: {
      de: "Passen die Ziele, an denen Ihre Organisation gerade arbeitet, zu dem, was die {clients} heute brauchen? Was hören Sie von ihnen dazu?",
      en: "Do the goals your organisation is working on fit what the {clients} need today? What do you hear from them about it?",
    },
    guidance: {
      de: "Verbinden Sie eine Äußerung der {clients} mit Ihrer eigenen Einschätzung.",
      en: "Link something the {clients} said to your own judgement.",
    },
    example: {
      de: "Unser Ziel, mehr digital anzubieten, passt zu dem, was Berufstätige sich wünschen – sie sagen oft, dass ihnen der Weg zu uns zu lang ist. Von älteren Menschen höre ich dagegen, dass sie den persönlichen Kontakt vermissen. Das Ziel stimmt also, aber nur, wenn wir beides anbieten.",
      en: "Our goal of offering more online fits what people in work want – they often say the trip to us takes too long. From older people, on the other hand, I hear that they miss personal contact. So the goal is right, but only if we offer both.",
    },
  },
  {
    id: "strategische_entwicklungsziele.evaluation.all.2",
    area: "strategische_entwicklungsziele",
    dimension: "evaluation",
    models: ["lqw", "kqb", "kqs"],
    angle: "evidence",
    audience: ["everyone"],
    kind: "experience",
    text: {
      de: "Bringen die aktuellen Vorhaben Ihre Organisation näher an das heran, was {successDefinition} beschreibt? Worauf stützen Sie Ihr Urteil?",
      en: "Are the current plans bringing your organisation closer to what {successDefinition} describes? What do you base your judgement on?",
    },
    guidance: {
      de: "Nennen Sie ein Vorhaben, Ihr Urteil und worauf es beruht, z. B. Zahlen, Rückmeldungen, Beobachtungen.",
      en: "Name one plan, your judgement and what it rests on, e.g. figures, feedback, observations.",
    },
    example: {
      de: "Die neuen Vorgespräche, in denen wir gemeinsam Ziele festhalten, bringen uns eindeutig näher heran: In der Auswertung vom Herbst gibt ein deutlich größerer Teil der {clients} an, das eigene Ziel klar vor Augen zu haben. Die neue Internetseite sieht dagegen schön aus, ändert am Gelingen aber wenig.",
      en: "The new initial conversations, in which we record goals together, clearly bring us closer: in the autumn analysis a much larger share of the {clients} say they have their own goal clearly in view. The new website, by contrast, looks nice but changes little about whether things succeed.",
    },
  },
  {
    id: "strategische_entwicklungsziele.evaluation.all.3",
    area: "strategische_entwicklungsziele",
    dimension: "evaluation",
    models: ["lqw", "kqb", "kqs"],
    angle: "difficulty",
    audience: ["everyone"],
    kind: "experience",
    text: {
      de: "Sind die strategischen Ziele Ihrer Organisation in Ihrem Arbeitsalltag spürbar – oder eher Sache der Leitung? Woran liegt das?",
      en: "Can you feel your organisation's strategic goals in your daily work – or are they more a matter for management? Why is that?",
    },
    guidance: {
      de: "Sagen Sie ehrlich, wie nah oder fern Ihnen die Ziele sind, und nennen Sie einen Grund dafür.",
      en: "Say honestly how close or distant the goals feel to you and give one reason.",
    },
    example: {
      de: "Ehrlich gesagt kenne ich die Ziele nur aus einem Vortrag vor zwei Jahren. Im Alltag spielen sie kaum eine Rolle, weil niemand danach fragt. Anders ist es beim Ziel „kürzere Wartezeiten“ – das merke ich jeden Tag, weil wir dafür die Terminvergabe umgestellt haben.",
      en: "Honestly, I only know the goals from a talk two years ago. In daily work they hardly matter, because nobody asks about them. The goal of shorter waiting times is different – I notice that every day, because we changed how appointments are given out.",
    },
  },
  {
    id: "strategische_entwicklungsziele.evaluation.all.4",
    area: "strategische_entwicklungsziele",
    dimension: "evaluation",
    models: ["lqw", "kqb", "kqs"],
    angle: "overview",
    audience: ["management", "qualityOfficer"],
    kind: "experience",
    part: "11a",
    text: {
      de: "Wie beurteilen Sie im Rückblick die Ziele des letzten Abschlussworkshops: Waren es die richtigen, und waren sie realistisch gesteckt?",
      en: "Looking back, how do you judge the goals from the last final workshop: were they the right ones, and were they realistic?",
    },
    guidance: {
      de: "Beurteilen Sie Bedeutung und Machbarkeit; es reicht, ein Ziel genauer zu betrachten.",
      en: "Judge relevance and feasibility; looking closely at one goal is enough.",
    },
    example: {
      de: "Die Richtung stimmte: Alle drei Ziele hatten mit dem zu tun, was die {clients} brauchen. Aber wir haben uns zu viel auf einmal vorgenommen, zumal dann eine Stelle ein Jahr lang unbesetzt war. Zwei gut umgesetzte Ziele wären besser gewesen als drei halbe.",
      en: "The direction was right: all three goals related to what the {clients} need. But we took on too much at once, especially as one post was then vacant for a year. Two goals done well would have been better than three half-done.",
    },
  },
  {
    id: "strategische_entwicklungsziele.evaluation.all.5",
    area: "strategische_entwicklungsziele",
    dimension: "evaluation",
    models: ["lqw", "kqb", "kqs"],
    angle: "example",
    audience: ["everyone"],
    kind: "experience",
    part: "11b",
    text: {
      de: "Nehmen Sie eines der geplanten neuen Ziele: Ist es in den nächsten vier Jahren mit Ihren Mitteln erreichbar, und würden die {clients} am Ende einen Unterschied merken?",
      en: "Take one of the planned new goals: can it be reached with your resources in the next four years, and would the {clients} notice a difference at the end?",
    },
    guidance: {
      de: "Prüfen Sie ein Ziel auf Machbarkeit und Nutzen für die {clients}; Bedenken sind ausdrücklich erwünscht.",
      en: "Check one goal for feasibility and benefit to the {clients}; doubts are explicitly welcome.",
    },
    example: {
      de: "Das Ziel „Angebote in drei Stadtteilen“ halte ich für zu groß, weil uns dafür Räume und Personal fehlen. Mit einem Stadtteil anzufangen wäre machbar. Die {clients} dort würden den Unterschied sofort merken, denn der Weg zu uns dauert heute fast eine Stunde.",
      en: "I think the goal 'offers in three neighbourhoods' is too ambitious, as we have neither the rooms nor the staff. Starting with one neighbourhood would be feasible. The {clients} there would notice the difference straight away, because getting to us currently takes almost an hour.",
    },
  },
  // conclusions
  {
    id: "strategische_entwicklungsziele.conclusions.all.1",
    area: "strategische_entwicklungsziele",
    dimension: "conclusions",
    models: ["lqw", "kqb", "kqs"],
    angle: "overview",
    audience: ["everyone"],
    kind: "experience",
    text: {
      de: "Welche laufende Entwicklung in Ihrer Organisation sollte unbedingt weitergeführt werden, auch wenn sie Zeit und Geld kostet? Was braucht es dafür in den nächsten Jahren?",
      en: "Which ongoing development in your organisation should definitely be continued, even though it costs time and money? What will it need over the coming years?",
    },
    guidance: {
      de: "Nennen Sie die Entwicklung, warum sie bleiben soll, und was sie an Zeit, Geld oder Personal braucht.",
      en: "Name the development, why it should stay, and what time, money or staff it needs.",
    },
    example: {
      de: "Die Arbeit an einfacher Sprache in all unseren Schreiben sollte weitergehen. Sie kostet Zeit, aber die Rückfragen sind deutlich weniger geworden. Dafür bräuchten wir eine feste Ansprechperson mit zwei Stunden pro Woche und eine jährliche Schulung.",
      en: "The work on plain language in all our letters should continue. It takes time, but follow-up questions have dropped considerably. For that we would need one designated person with two hours a week and a yearly training session.",
    },
  },
  {
    id: "strategische_entwicklungsziele.conclusions.all.2",
    area: "strategische_entwicklungsziele",
    dimension: "conclusions",
    models: ["lqw", "kqb", "kqs"],
    angle: "change",
    audience: ["management"],
    kind: "experience",
    text: {
      de: "Welches Vorhaben sollte Ihre Organisation bewusst nicht weiterverfolgen, um Kraft für Wichtigeres zu haben? Wer müsste das entscheiden?",
      en: "Which plan should your organisation deliberately stop pursuing, to free up energy for more important things? Who would have to decide that?",
    },
    guidance: {
      de: "Nennen Sie das Vorhaben, Ihren Grund und wer darüber entscheiden sollte.",
      en: "Name the plan, your reason and who should decide on it.",
    },
    example: {
      de: "Den aufwendigen gedruckten Jahresrückblick sollten wir aufgeben; er macht viel Arbeit und wird kaum gelesen. Die Zeit wäre in der Begleitung neuer Kolleginnen und Kollegen besser angelegt. Entscheiden müsste das die Leitung, am besten noch vor der Jahresplanung.",
      en: "We should give up the elaborate printed annual review; it is a lot of work and hardly anyone reads it. The time would be better spent supporting new colleagues. Management would have to decide, ideally before annual planning.",
    },
  },
  {
    id: "strategische_entwicklungsziele.conclusions.all.3",
    area: "strategische_entwicklungsziele",
    dimension: "conclusions",
    models: ["lqw", "kqb", "kqs"],
    angle: "voice",
    audience: ["everyone"],
    kind: "experience",
    text: {
      de: "Was haben die {clients} oder Kolleginnen und Kollegen zuletzt angeregt, das zu einem Ziel Ihrer Organisation werden sollte? Wer müsste es aufgreifen?",
      en: "What have the {clients} or colleagues suggested recently that should become a goal for your organisation? Who would need to take it up?",
    },
    guidance: {
      de: "Geben Sie die Anregung wieder, sagen Sie, warum sie ein Ziel wert ist, und wer sie voranbringen könnte.",
      en: "Report the suggestion, say why it deserves to be a goal and who could take it forward.",
    },
    example: {
      de: "In den Rückmeldebögen wünschen sich mehrere Menschen eine Möglichkeit, auch nach dem Ende miteinander in Kontakt zu bleiben. Daraus könnte ein Ziel werden: ein offenes Treffen einmal im Monat. Aufgreifen könnte das unser Arbeitskreis für neue Angebote.",
      en: "In the feedback forms several people ask for a way to stay in touch with each other after the end. That could become a goal: an open get-together once a month. Our working group on new offers could take it up.",
    },
  },
  {
    id: "strategische_entwicklungsziele.conclusions.all.4",
    area: "strategische_entwicklungsziele",
    dimension: "conclusions",
    models: ["lqw", "kqb", "kqs"],
    angle: "difficulty",
    audience: ["management", "qualityOfficer"],
    kind: "experience",
    part: "11a",
    text: {
      de: "Welche Ziele aus dem letzten Abschlussworkshop sind noch nicht erreicht? Sollten sie fortgeführt, angepasst oder aufgegeben werden – und warum?",
      en: "Which goals from the last final workshop have not yet been reached? Should they be continued, adjusted or abandoned – and why?",
    },
    guidance: {
      de: "Nennen Sie das Ziel, Ihre Empfehlung und den wichtigsten Grund dafür.",
      en: "Name the goal, your recommendation and the main reason for it.",
    },
    example: {
      de: "Das Ziel, mehr freie Mitarbeitende für Abendtermine zu gewinnen, ist nur halb erreicht. Ich würde es fortführen, aber anpassen: lieber die vorhandenen mit besseren Bedingungen halten, statt ständig neue zu suchen. Die zweite Außenstelle würde ich aufgeben, denn dafür fehlt schlicht die Nachfrage.",
      en: "The goal of recruiting more freelance staff for evening sessions is only half achieved. I would keep it but adjust it: hold on to the people we have with better conditions rather than constantly looking for new ones. I would drop the second branch, as there simply isn't the demand.",
    },
  },
  {
    id: "strategische_entwicklungsziele.conclusions.all.5",
    area: "strategische_entwicklungsziele",
    dimension: "conclusions",
    models: ["lqw", "kqb", "kqs"],
    angle: "example",
    audience: ["everyone"],
    kind: "experience",
    part: "11b",
    text: {
      de: "Schlagen Sie ein neues Ziel für die kommende Periode vor, so konkret wie möglich: Was sollte bis wann erreicht sein, welche Rolle sollte es verantworten, und woran würde man den Erfolg erkennen?",
      en: "Propose one new goal for the coming period as concretely as you can: what should be achieved by when, which role should be responsible for it, and how would success be recognised?",
    },
    guidance: {
      de: "Ein Ziel mit Termin, Zuständigkeit und einem Erkennungszeichen für den Erfolg reicht.",
      en: "One goal with a deadline, a person responsible and a sign of success is enough.",
    },
    example: {
      de: "Bis Ende 2027 bieten wir in einem zweiten Stadtteil regelmäßig Termine an. Verantwortlich ist die Bereichsleitung Süd, unterstützt von zwei Kolleginnen. Erfolgreich ist das, wenn dort im Jahr mindestens 100 Menschen erreicht werden, die Hälfte davon zum ersten Mal.",
      en: "By the end of 2027 we will hold regular sessions in a second neighbourhood. The head of the southern section is responsible, supported by two colleagues. It counts as a success if at least 100 people a year are reached there, half of them new to us.",
    },
  },
];
