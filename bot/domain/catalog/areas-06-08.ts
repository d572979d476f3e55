/** Prompts for QB 6 Infrastruktur, QB 7 Führung and QB 8 Personal, shared by LQW, KQB and KQS. */
import type { CatalogPrompt } from "./catalog-prompt";

export const AREAS_06_TO_08_PROMPTS: readonly CatalogPrompt[] = [
  // ── QB 6 Infrastruktur ─────────────────────────────────────────────────────
  {
    id: "infrastruktur.rationale.all.1",
    area: "infrastruktur",
    dimension: "rationale",
    models: ["lqw", "kqb", "kqs"],
    angle: "overview",
    text: {
      de: "Warum haben Sie Ort, Räume und Zeiten Ihrer Angebote so gewählt, wie sie sind – und wie hilft das den {clients}?",
      en: "Why did you choose the location, rooms and times of your services the way they are, and how does that help the {clients}?",
    },
    guidance: {
      de: "Nennen Sie ein oder zwei bewusste Entscheidungen und wem sie nützen.",
      en: "Name one or two deliberate choices and who benefits from them.",
    },
    example: {
      de: "Unsere Termine liegen auch am frühen Abend und am Samstag, weil viele unserer {clients} tagsüber arbeiten oder Kinder betreuen. Die Räume sind fünf Gehminuten vom Bahnhof entfernt und ebenerdig – wer kein Auto hat oder im Rollstuhl sitzt, kommt gut hin.",
      en: "We also offer early-evening and Saturday appointments because many of our {clients} work during the day or look after children. Our rooms are a five-minute walk from the station and step-free, so people without a car or using a wheelchair can get there easily.",
    },
  },
  {
    id: "infrastruktur.rationale.all.2",
    area: "infrastruktur",
    dimension: "rationale",
    models: ["lqw", "kqb", "kqs"],
    angle: "example",
    text: {
      de: "Nennen Sie eine Ausstattung oder Raumgestaltung, die zu dem beiträgt, was {successDefinition} beschreibt. Warum gerade diese?",
      en: "Name one piece of equipment or one feature of your rooms that supports what {successDefinition} describes. Why this one?",
    },
    guidance: {
      de: "Ein konkretes Beispiel reicht – sagen Sie, welchen Teil der Definition Ihrer Einrichtung es unterstützt.",
      en: "One concrete example is enough; say which part of your organisation's definition it supports.",
    },
    example: {
      de: "Wir haben einen kleinen Raum mit Sesseln und einer Tür eingerichtet statt eines offenen Bereichs. In unserer Definition steht, dass die {clients} offen über ihre eigenen Ziele sprechen können sollen – das gelingt nur, wenn niemand mithört.",
      en: "We set up a small room with armchairs and a door instead of using an open area. Our definition says the {clients} should be able to talk openly about their own goals, and that only works if nobody can overhear.",
    },
  },
  {
    id: "infrastruktur.rationale.all.3",
    area: "infrastruktur",
    dimension: "rationale",
    models: ["lqw", "kqb", "kqs"],
    angle: "difficulty",
    text: {
      de: "Wo passen die Wünsche der {clients} an Räume oder Zeiten nicht zu dem, was Ihre Mitarbeitenden brauchen? Wie begründen Sie Ihre Lösung?",
      en: "Where do the wishes of the {clients} about rooms or times clash with what your staff need? How do you justify the solution you chose?",
    },
    guidance: {
      de: "Beschreiben Sie den Konflikt und nennen Sie Ihre Gründe für die Entscheidung.",
      en: "Describe the conflict and give your reasons for the decision.",
    },
    example: {
      de: "Viele wünschen sich Termine bis 21 Uhr, doch unsere Mitarbeitenden wollen nicht jeden Abend lange bleiben. Wir bieten deshalb zwei lange Abende pro Woche an, die reihum besetzt werden. So sind die {clients} gut versorgt, und niemand ist dauerhaft überlastet.",
      en: "Many people would like appointments until 9 pm, but our staff don't want to work late every evening. So we offer two late evenings a week on a rota. That way the {clients} are well served and nobody is permanently overstretched.",
    },
  },
  {
    id: "infrastruktur.rationale.all.4",
    area: "infrastruktur",
    dimension: "rationale",
    models: ["lqw", "kqb", "kqs"],
    angle: "voice",
    text: {
      de: "Welche Rückmeldung aus dem Kollegium hat Ihnen gezeigt, warum gute Arbeitsplätze und Arbeitsmittel am Ende auch den {clients} zugutekommen?",
      en: "Which comment from colleagues showed you why good workplaces and working tools ultimately benefit the {clients} too?",
    },
    guidance: {
      de: "Geben Sie die Rückmeldung sinngemäß wieder und erklären Sie den Zusammenhang.",
      en: "Paraphrase the comment and explain the connection.",
    },
    example: {
      de: "Eine Kollegin sagte nach dem Umzug ins neue Büro: „Endlich kann ich telefonieren, ohne dass die anderen mithören.“ Seitdem führt sie vertrauliche Gespräche ruhiger und konzentrierter – das merken auch die {clients}.",
      en: "After the move to the new office a colleague said: 'At last I can make phone calls without the others listening in.' Since then she handles confidential conversations more calmly and with more focus, and the {clients} notice that too.",
    },
  },
  {
    id: "infrastruktur.procedures.all.1",
    area: "infrastruktur",
    dimension: "procedures",
    models: ["lqw", "kqb", "kqs"],
    angle: "overview",
    text: {
      de: "Wie kümmern Sie sich um Räume und Ausstattung: Wer prüft was, wie oft, und auf welchem Weg melden Mitarbeitende Mängel?",
      en: "How do you look after rooms and equipment: who checks what, how often, and how do staff report faults?",
    },
    guidance: {
      de: "Nennen Sie Zuständige, Rhythmus und den Meldeweg (z. B. Formular, E-Mail, Liste).",
      en: "Name who is responsible, how often checks happen and how faults are reported (e.g. form, email, list).",
    },
    example: {
      de: "Die Hausverwaltung geht jeden Montag durch alle Räume und prüft Technik, Stühle und Aushänge. Mängel tragen Mitarbeitende in die Mängelliste im gemeinsamen Laufwerk ein; Frau K. aus der Verwaltung sieht sie täglich durch und gibt Aufträge an den Hausmeister weiter.",
      en: "Our facilities manager walks through all rooms every Monday and checks the technology, chairs and notices. Staff enter faults in the fault list on the shared drive; Ms K. in the office checks it daily and passes jobs on to the caretaker.",
    },
  },
  {
    id: "infrastruktur.procedures.all.2",
    area: "infrastruktur",
    dimension: "procedures",
    models: ["lqw", "kqb", "kqs"],
    angle: "example",
    text: {
      de: "Was ist zuletzt passiert, als ein Raum, ein Gerät oder der Internetzugang nicht funktionierte? Wer hat was getan, und wie schnell ging es?",
      en: "What happened the last time a room, a device or the internet connection didn't work? Who did what, and how quickly?",
    },
    guidance: {
      de: "Ein konkreter Fall reicht: Was war los, wer hat reagiert, wie lange hat es gedauert?",
      en: "One concrete case is enough: what went wrong, who responded, how long it took.",
    },
    example: {
      de: "Im März fiel im Gruppenraum der Projektor aus, zehn Minuten vor Beginn. Die Kollegin am Empfang hat das Ersatzgerät aus dem Schrank geholt, und am nächsten Tag hat der Hausmeister das defekte Gerät zur Reparatur gebracht.",
      en: "In March the projector in the group room failed ten minutes before a session started. The colleague at reception fetched the spare from the cupboard, and the next day the caretaker took the broken one in for repair.",
    },
  },
  {
    id: "infrastruktur.procedures.all.3",
    area: "infrastruktur",
    dimension: "procedures",
    models: ["lqw", "kqb", "kqs"],
    angle: "change",
    text: {
      de: "Was hat sich in den letzten Jahren an Ihrer digitalen Ausstattung geändert – etwa Videogespräche, Dienstgeräte, Terminbuchung – und wie wurde es eingeführt?",
      en: "What has changed in your digital equipment over the last few years, such as video meetings, work devices or online booking, and how was it introduced?",
    },
    guidance: {
      de: "Nennen Sie die Neuerung, wer sie eingeführt hat und wie die Mitarbeitenden den Umgang damit gelernt haben.",
      en: "Name the change, who introduced it and how staff learned to use it.",
    },
    example: {
      de: "Seit 2022 hat jede und jeder Mitarbeitende einen Dienstrechner mit Kamera, und wir können Termine auch per Video anbieten. Eingeführt hat das Herr M., der bei uns für die Technik zuständig ist, mit zwei kurzen Schulungen; eine bebilderte Anleitung liegt im gemeinsamen Laufwerk.",
      en: "Since 2022 every member of staff has had a work computer with a camera, and we can offer appointments by video. Mr M., who looks after our IT, introduced this with two short training sessions; an illustrated guide is on the shared drive.",
    },
  },
  {
    id: "infrastruktur.procedures.all.4",
    area: "infrastruktur",
    dimension: "procedures",
    models: ["lqw", "kqb", "kqs"],
    angle: "overview",
    text: {
      de: "Wie regeln Sie Arbeitsplätze, Arbeitszeiten und Arbeitsmittel – für Angestellte ebenso wie für freie Mitarbeitende? Wer ist dafür zuständig?",
      en: "How do you arrange workplaces, working hours and working tools, for employees and freelancers alike? Who is responsible?",
    },
    guidance: {
      de: "Nennen Sie Regelungen (z. B. Dienstvereinbarung, Raumplan, Materialschrank) und die Zuständigen.",
      en: "Name the arrangements (e.g. staff agreement, room plan, materials cupboard) and who is responsible.",
    },
    example: {
      de: "Für Angestellte gibt es eine Dienstvereinbarung zu Gleitzeit und Arbeit von zu Hause. Honorarkräfte können das Arbeitszimmer im ersten Stock nutzen, haben einen Schlüssel für den Materialschrank und ein eigenes Postfach. Zuständig ist die Verwaltungsleitung.",
      en: "Employees have a staff agreement on flexitime and working from home. Freelancers can use the shared office on the first floor and have a key to the materials cupboard and their own pigeonhole. The head of administration is responsible.",
    },
  },
  {
    id: "infrastruktur.results.all.1",
    area: "infrastruktur",
    dimension: "results",
    models: ["lqw", "kqb", "kqs"],
    angle: "evidence",
    text: {
      de: "Welche Unterlagen zeigen, in welchem Zustand Ihre Räume und Ihre Ausstattung sind – etwa Raumliste, Prüfprotokolle, Mängelliste oder Anschaffungsplan?",
      en: "Which documents show the state of your rooms and equipment, such as a room list, inspection records, a fault log or a purchasing plan?",
    },
    guidance: {
      de: "Nennen Sie zwei oder drei Unterlagen mit Datum und wo sie liegen.",
      en: "Name two or three documents with their date and where they are kept.",
    },
    example: {
      de: "Es gibt eine Raumliste mit Größe, Ausstattung und Zugänglichkeit jedes Raums (Stand Januar 2024). Die Prüfprotokolle der Elektrogeräte und die Mängelliste mit Erledigungsvermerk liegen im Ordner „Haus“ in der Verwaltung.",
      en: "We have a room list with the size, equipment and accessibility of each room (as of January 2024). The electrical safety test records and the fault log with completion notes are in the 'Building' folder in the office.",
    },
  },
  {
    id: "infrastruktur.results.all.2",
    area: "infrastruktur",
    dimension: "results",
    models: ["lqw", "kqb", "kqs"],
    angle: "change",
    text: {
      de: "Was wurde in den letzten Jahren an Räumen, Ausstattung oder Barrierefreiheit konkret verbessert, und wo ist das festgehalten?",
      en: "What has actually been improved in your rooms, equipment or accessibility over the last few years, and where is it recorded?",
    },
    guidance: {
      de: "Nennen Sie die Verbesserung, wann sie kam und welcher Beleg sie zeigt (Rechnung, Protokoll, Foto).",
      en: "Name the improvement, when it happened and what proves it (invoice, minutes, photo).",
    },
    example: {
      de: "2023 haben wir eine Rampe am Seiteneingang und eine Induktionsschleife für Menschen mit Hörgerät eingebaut. Der Beschluss steht im Protokoll der Leitungsrunde vom Mai 2023, die Rechnungen liegen in der Buchhaltung.",
      en: "In 2023 we installed a ramp at the side entrance and a hearing loop for people with hearing aids. The decision is in the minutes of the management meeting of May 2023, and the invoices are with accounts.",
    },
  },
  {
    id: "infrastruktur.results.all.3",
    area: "infrastruktur",
    dimension: "results",
    models: ["lqw", "kqb", "kqs"],
    angle: "voice",
    text: {
      de: "Was sagen die {clients} in Rückmeldebögen oder Gesprächen über Räume, Erreichbarkeit und Ausstattung? Nennen Sie ein Ergebnis und die Quelle.",
      en: "What do the {clients} say about rooms, access and equipment in feedback forms or conversations? Give one finding and its source.",
    },
    guidance: {
      de: "Nennen Sie eine Aussage oder Zahl und woher sie stammt.",
      en: "Give one statement or figure and where it comes from.",
    },
    example: {
      de: "In der Auswertung der Rückmeldebögen 2024 bewerten 87 % der Befragten die Räume als „gut“ oder „sehr gut“. Mehrfach kritisiert wurde, dass es im Wartebereich zu laut ist. Die Auswertung liegt als Tabelle im Qualitätsordner.",
      en: "In the 2024 analysis of feedback forms, 87% rated the rooms 'good' or 'very good'. Several people criticised the noise in the waiting area. The analysis is kept as a spreadsheet in the quality folder.",
    },
  },
  {
    id: "infrastruktur.results.all.4",
    area: "infrastruktur",
    dimension: "results",
    models: ["lqw", "kqb", "kqs"],
    angle: "evidence",
    text: {
      de: "Was wissen Sie darüber, wie zufrieden die Mitarbeitenden mit ihren Arbeitsbedingungen sind – und woher, etwa aus Befragung, Gefährdungsbeurteilung oder Jahresgesprächen?",
      en: "What do you know about how satisfied staff are with their working conditions, and how do you know it, for example from a survey, a risk assessment or annual reviews?",
    },
    guidance: {
      de: "Nennen Sie die Quelle, ein Ergebnis und das Datum.",
      en: "Name the source, one finding and the date.",
    },
    example: {
      de: "Bei der Gefährdungsbeurteilung zu psychischen Belastungen im Herbst 2023 haben 80 % der Mitarbeitenden geantwortet. Gelobt wurden die flexiblen Arbeitszeiten, bemängelt die Lautstärke im Großraumbüro. Der Bericht liegt bei der Leitung und der Mitarbeitervertretung.",
      en: "80% of staff responded to the workplace stress risk assessment in autumn 2023. They praised the flexible working hours and criticised the noise in the open-plan office. The report is held by management and the staff council.",
    },
  },
  {
    id: "infrastruktur.evaluation.all.1",
    area: "infrastruktur",
    dimension: "evaluation",
    models: ["lqw", "kqb", "kqs"],
    angle: "overview",
    text: {
      de: "Wie gut unterstützen Ihre Räume, Zeiten und Ausstattung insgesamt das, was {successDefinition} beschreibt? Wo passt es, wo nicht?",
      en: "Overall, how well do your rooms, times and equipment support what {successDefinition} describes? Where do they fit, and where not?",
    },
    guidance: {
      de: "Nennen Sie ein Beispiel, das passt, und eines, das nicht passt.",
      en: "Give one example that fits and one that doesn't.",
    },
    example: {
      de: "Für Einzelgespräche sind wir gut aufgestellt: ruhige Räume, flexible Zeiten. Für Gruppenangebote fehlt uns aber ein größerer Raum, in dem die {clients} auch in Kleingruppen arbeiten können – das widerspricht unserem Anspruch, dass sie sich gegenseitig unterstützen.",
      en: "We are well set up for one-to-one meetings: quiet rooms and flexible times. But for group sessions we lack a larger room where the {clients} can also work in small groups, which runs against our aim that they support one another.",
    },
  },
  {
    id: "infrastruktur.evaluation.all.2",
    area: "infrastruktur",
    dimension: "evaluation",
    models: ["lqw", "kqb", "kqs"],
    angle: "difficulty",
    text: {
      de: "Wo stößt Ihre Ausstattung derzeit an Grenzen – etwa bei Barrierefreiheit, Technik oder Platz? Was bedeutet das für die {clients}?",
      en: "Where do your facilities currently reach their limits, for example in accessibility, technology or space? What does that mean for the {clients}?",
    },
    guidance: {
      de: "Nennen Sie die größte Schwachstelle und ihre Folgen ganz offen.",
      en: "Name the biggest weak spot and its consequences quite openly.",
    },
    example: {
      de: "Unser zweiter Stock ist nur über eine Treppe erreichbar. Wer im Rollstuhl sitzt oder schlecht zu Fuß ist, muss in einen Raum im Erdgeschoss ausweichen, der oft belegt ist. Das führt manchmal zu Wartezeiten, und das finden wir nicht in Ordnung.",
      en: "Our second floor can only be reached by stairs. Anyone who uses a wheelchair or has difficulty walking has to move to a ground-floor room, which is often booked. That sometimes leads to waiting times, and we don't think that's acceptable.",
    },
  },
  {
    id: "infrastruktur.evaluation.all.3",
    area: "infrastruktur",
    dimension: "evaluation",
    models: ["lqw", "kqb", "kqs"],
    angle: "voice",
    text: {
      de: "Wie beurteilen angestellte und freie Mitarbeitende ihre Arbeitsbedingungen – und teilen Sie diese Einschätzung? Was tut gut, was belastet?",
      en: "How do employed and freelance staff rate their working conditions, and do you share their view? What helps, and what is a strain?",
    },
    guidance: {
      de: "Geben Sie eine Stimme aus dem Kollegium wieder und ergänzen Sie Ihre eigene Sicht.",
      en: "Report one voice from among your colleagues and add your own view.",
    },
    example: {
      de: "Die Honorarkräfte sagen, sie fühlen sich gut ausgestattet, vermissen aber einen Ort zum Austausch. Das sehe ich auch so: Der Pausenraum ist klein und nur vormittags geöffnet. Die Festangestellten loben die Gleitzeit – das trägt viel zur Zufriedenheit bei.",
      en: "Our freelancers say they are well equipped but miss a place to talk with colleagues. I agree: the break room is small and only open in the mornings. Permanent staff praise the flexitime, which contributes a lot to their satisfaction.",
    },
  },
  {
    id: "infrastruktur.evaluation.all.4",
    area: "infrastruktur",
    dimension: "evaluation",
    models: ["lqw", "kqb", "kqs"],
    angle: "example",
    text: {
      de: "Gehen Sie einen Besuch aus Sicht der {clients} durch: Anreise, Eingang, Raum, Pause – und, falls Sie das anbieten, Unterkunft und Verpflegung. Was überzeugt, was nicht?",
      en: "Walk through a visit from the point of view of the {clients}: getting there, the entrance, the room, breaks and, if you offer them, accommodation and meals. What works, and what doesn't?",
    },
    guidance: {
      de: "Gehen Sie Schritt für Schritt vor und nennen Sie mindestens eine Stärke und eine Schwäche.",
      en: "Go step by step and name at least one strength and one weakness.",
    },
    example: {
      de: "Die Anreise mit dem Bus ist einfach, und das Schild am Eingang ist gut sichtbar. Im Flur fehlt aber ein Hinweis, wo welcher Raum ist – wer zum ersten Mal kommt, irrt oft herum. Kaffee und Wasser gibt es kostenlos; das wird oft gelobt.",
      en: "Getting here by bus is easy and the sign at the entrance is clearly visible. But there is no signage in the corridor showing which room is where, so first-time visitors often wander around. Free coffee and water are often praised.",
    },
  },
  {
    id: "infrastruktur.conclusions.all.1",
    area: "infrastruktur",
    dimension: "conclusions",
    models: ["lqw", "kqb", "kqs"],
    angle: "overview",
    text: {
      de: "Was an Ihren Räumen, Zeiten oder Ihrer Ausstattung hat sich bewährt und soll bewusst so bleiben? Warum?",
      en: "What about your rooms, times or equipment has proved its worth and should deliberately stay as it is? Why?",
    },
    guidance: {
      de: "Nennen Sie ein bis zwei Dinge und kurz den Grund. Auch „beibehalten“ ist ein Ergebnis.",
      en: "Name one or two things and the reason. 'Keep it' is a valid conclusion too.",
    },
    example: {
      de: "Die Abendtermine am Dienstag und Donnerstag behalten wir bei; sie sind fast immer ausgebucht. Auch den ruhigen Raum ohne Durchgangsverkehr wollen wir nicht für andere Zwecke hergeben.",
      en: "We will keep the Tuesday and Thursday evening slots; they are almost always fully booked. We also won't give up the quiet room without through traffic for other purposes.",
    },
  },
  {
    id: "infrastruktur.conclusions.all.2",
    area: "infrastruktur",
    dimension: "conclusions",
    models: ["lqw", "kqb", "kqs"],
    angle: "difficulty",
    text: {
      de: "Welcher Mangel bei Räumen, Technik oder Barrierefreiheit soll als Nächstes behoben werden? Was schlagen Sie vor?",
      en: "Which shortcoming in rooms, technology or accessibility should be fixed next? What first step do you propose?",
    },
    guidance: {
      de: "Nennen Sie Maßnahme, Zuständige und Termin; wenn es Geld kostet, auch, wer entscheidet.",
      en: "Name the action, who is responsible and the deadline; if it costs money, also who decides.",
    },
    example: {
      de: "Der Flur bekommt bis Ende Juni ein Leitsystem mit Raumnummern und Bildzeichen. Frau S. holt bis April zwei Angebote ein, die Geschäftsführung entscheidet in der Mai-Sitzung.",
      en: "By the end of June the corridor will get a signage system with room numbers and pictograms. Ms S. will get two quotes by April, and management will decide at the May meeting.",
    },
  },
  {
    id: "infrastruktur.conclusions.all.3",
    area: "infrastruktur",
    dimension: "conclusions",
    models: ["lqw", "kqb", "kqs"],
    angle: "change",
    text: {
      de: "Was soll sich an den Arbeitsbedingungen der Mitarbeitenden ändern – auch für freie Mitarbeitende? Was schlagen Sie vor?",
      en: "What should change in staff working conditions, including for freelancers? What do you propose?",
    },
    guidance: {
      de: "Ein konkreter Schritt mit Zuständigkeit und Termin reicht.",
      en: "One concrete step with a person responsible and a date is enough.",
    },
    example: {
      de: "Der Pausenraum wird ab Herbst ganztägig geöffnet, und wir stellen einen zweiten Tisch auf, damit auch Honorarkräfte zwischen ihren Terminen einen Platz haben. Die Verwaltungsleitung organisiert das bis September.",
      en: "From the autumn the break room will be open all day, and we'll add a second table so freelancers have somewhere to sit between appointments. The head of administration will organise this by September.",
    },
  },
  {
    id: "infrastruktur.conclusions.all.4",
    area: "infrastruktur",
    dimension: "conclusions",
    models: ["lqw", "kqb", "kqs"],
    angle: "voice",
    text: {
      de: "Welchen Wunsch der {clients} zu Räumen, Zeiten oder Ausstattung greifen Sie auf – und welchen bewusst nicht? Begründen Sie beides kurz.",
      en: "Which wish from the {clients} about rooms, times or equipment will you take up, and which will you deliberately not? Give brief reasons for both.",
    },
    guidance: {
      de: "Nennen Sie einen Wunsch, den Sie umsetzen, und einen, den Sie ablehnen – jeweils mit Grund.",
      en: "Name one wish you will act on and one you won't, each with a reason.",
    },
    example: {
      de: "Kostenloses WLAN im Wartebereich richten wir bis zum Sommer ein – das wurde oft gewünscht und kostet wenig. Parkplätze direkt am Haus können wir nicht schaffen; stattdessen weisen wir in unseren Einladungen auf die Bushaltestelle hin.",
      en: "We'll set up free Wi-Fi in the waiting area by the summer; it was requested often and costs little. We can't create parking right by the building, so instead we'll point out the bus stop in our invitation letters.",
    },
  },

  // ── QB 7 Führung ───────────────────────────────────────────────────────────
  {
    id: "fuehrung.rationale.all.1",
    area: "fuehrung",
    dimension: "rationale",
    models: ["lqw", "kqb", "kqs"],
    angle: "overview",
    text: {
      de: "Was verstehen Sie in Ihrer Einrichtung unter guter Führung – und warum gerade das, wenn Sie an Ihr Leitbild und {successDefinition} denken?",
      en: "What does good leadership mean in your organisation, and why that in particular, given your mission statement and {successDefinition}?",
    },
    guidance: {
      de: "Nennen Sie zwei, drei Grundsätze und wie sie mit Ihrem Leitbild zusammenhängen.",
      en: "Name two or three principles and how they link to your mission statement.",
    },
    example: {
      de: "Führung heißt bei uns vor allem: Orientierung geben und Freiräume lassen. So wie wir den {clients} zutrauen, ihren eigenen Weg zu finden, trauen wir das auch unseren Mitarbeitenden zu. Die Leitung entscheidet, was erreicht werden soll; wie, entscheiden die Fachleute vor Ort.",
      en: "For us, leadership mainly means giving direction and leaving room to act. Just as we trust the {clients} to find their own way, we trust our staff to do the same. Management decides what should be achieved; the professionals on the ground decide how.",
    },
  },
  {
    id: "fuehrung.rationale.all.2",
    area: "fuehrung",
    dimension: "rationale",
    models: ["lqw", "kqb", "kqs"],
    angle: "example",
    text: {
      de: "Nennen Sie eine Entscheidung der Leitung aus letzter Zeit: Warum wurde sie so getroffen, und was haben die {clients} davon?",
      en: "Name a recent management decision: why was it made that way, and what do the {clients} gain from it?",
    },
    guidance: {
      de: "Ein Beispiel reicht – nennen Sie die Gründe, nicht nur die Entscheidung.",
      en: "One example is enough; give the reasons, not just the decision.",
    },
    example: {
      de: "Die Leitung hat im Frühjahr entschieden, auf jede Anfrage innerhalb von drei Werktagen zu antworten, obwohl das die Verwaltung stärker belastet. Begründung: Die {clients} sollen nicht im Ungewissen bleiben, gerade wenn sie in einer schwierigen Lage sind.",
      en: "In the spring management decided to reply to every enquiry within three working days, even though it adds to the office's workload. The reason: the {clients} shouldn't be left in uncertainty, especially when they are in a difficult situation.",
    },
  },
  {
    id: "fuehrung.rationale.all.3",
    area: "fuehrung",
    dimension: "rationale",
    models: ["lqw", "kqb", "kqs"],
    angle: "difficulty",
    text: {
      de: "Warum entscheidet bei Ihnen die Leitung manche Fragen allein und andere gemeinsam mit dem Kollegium? Wo ist diese Grenze umstritten?",
      en: "Why does management decide some questions alone and others together with staff? Where is that line disputed?",
    },
    guidance: {
      de: "Nennen Sie je ein Beispiel für beide Arten und einen Streitpunkt.",
      en: "Give one example of each kind and one point of disagreement.",
    },
    example: {
      de: "Haushalt und Stellenbesetzungen entscheidet die Geschäftsführerin allein, weil sie dafür geradestehen muss. Wie wir unsere Arbeit fachlich gestalten, beschließen wir gemeinsam in der Dienstbesprechung. Umstritten war zuletzt die neue Terminregelung – viele fühlten sich übergangen.",
      en: "Our managing director decides the budget and appointments to posts alone because she is accountable for them. How we shape our professional work we decide together in the staff meeting. Most recently the new scheduling rules were contested; many felt bypassed.",
    },
  },
  {
    id: "fuehrung.rationale.all.4",
    area: "fuehrung",
    dimension: "rationale",
    models: ["lqw", "kqb", "kqs"],
    angle: "voice",
    text: {
      de: "Was haben Kolleginnen und Kollegen über die Art gesagt, wie bei Ihnen geführt wird – und was davon ist bewusst so gewollt?",
      en: "What have colleagues said about the way your organisation is led, and which parts of that are deliberate?",
    },
    guidance: {
      de: "Geben Sie eine Rückmeldung sinngemäß wieder und erklären Sie die Absicht dahinter.",
      en: "Paraphrase one comment and explain the intention behind it.",
    },
    example: {
      de: "Neue Kolleginnen sagen oft, dass sie sich anfangs mehr Vorgaben gewünscht hätten. Das ist zum Teil gewollt: Wir setzen auf Eigenverantwortung, weil wir sie auch den {clients} vorleben wollen. Für die Einarbeitung gibt es inzwischen aber eine feste Ansprechperson.",
      en: "New colleagues often say they would have liked more instructions at the start. That is partly deliberate: we rely on personal responsibility because we want to model it for the {clients}. But there is now a fixed contact person for induction.",
    },
  },
  {
    id: "fuehrung.procedures.all.1",
    area: "fuehrung",
    dimension: "procedures",
    models: ["lqw", "kqb", "kqs"],
    angle: "overview",
    text: {
      de: "Wie werden bei Ihnen Entscheidungen getroffen und weitergegeben: in welchen Besprechungen, von wem – und wie erfahren auch Honorarkräfte davon?",
      en: "How are decisions made and passed on in your organisation: in which meetings, by whom, and how do freelancers hear about them?",
    },
    guidance: {
      de: "Nennen Sie Besprechungen, ihren Rhythmus und die Informationswege (Protokoll, Rundschreiben, Aushang).",
      en: "Name the meetings, how often they happen and how information travels (minutes, circulars, notice board).",
    },
    example: {
      de: "Die Leitungsrunde trifft sich jeden zweiten Dienstag, alle Mitarbeitenden einmal im Monat. Das Ergebnisprotokoll steht zwei Tage später im gemeinsamen Laufwerk. Honorarkräfte bekommen viermal im Jahr einen Rundbrief mit allen Neuerungen, die sie betreffen.",
      en: "The management group meets every other Tuesday and all staff once a month. The summary minutes are on the shared drive two days later. Freelancers get a newsletter four times a year with all the changes that affect them.",
    },
  },
  {
    id: "fuehrung.procedures.all.2",
    area: "fuehrung",
    dimension: "procedures",
    models: ["lqw", "kqb", "kqs"],
    angle: "example",
    text: {
      de: "Wie wurde zuletzt ein Ziel für Ihren Arbeitsbereich vereinbart? Wer war beteiligt, und wie wurde es festgehalten?",
      en: "How was the most recent goal for your area of work agreed? Who was involved, and how was it recorded?",
    },
    guidance: {
      de: "Beschreiben Sie den Ablauf an einem Beispiel: Anlass, Beteiligte, Form der Vereinbarung.",
      en: "Describe the process using one example: occasion, people involved, form of the agreement.",
    },
    example: {
      de: "Im Januar haben wir bei der Klausurtagung drei Jahresziele für unseren Bereich erarbeitet; die Leitung hat sie danach bestätigt. Eines davon: kürzere Wartezeiten auf einen ersten Termin. Die Ziele stehen mit Zuständigen und Termin im Jahresplan.",
      en: "At our away day in January we drew up three annual goals for our area, which management then confirmed. One of them is shorter waiting times for a first appointment. The goals are listed in the annual plan with the people responsible and deadlines.",
    },
  },
  {
    id: "fuehrung.procedures.all.3",
    area: "fuehrung",
    dimension: "procedures",
    models: ["lqw", "kqb", "kqs"],
    angle: "voice",
    text: {
      de: "Wie erfährt die Leitung, wie ihre Führung ankommt – etwa durch Befragungen, Gespräche in beide Richtungen oder Rückmelderunden?",
      en: "How does management find out how its leadership comes across, for example through surveys, two-way review meetings or feedback rounds?",
    },
    guidance: {
      de: "Nennen Sie das Verfahren, wie oft es stattfindet und wer die Ergebnisse sieht.",
      en: "Name the method, how often it takes place and who sees the results.",
    },
    example: {
      de: "Im Jahresgespräch gibt es einen festen Teil, in dem Mitarbeitende ihrer Vorgesetzten Rückmeldung geben. Alle zwei Jahre machen wir außerdem eine anonyme Befragung zur Führung; die Ergebnisse werden in der Dienstbesprechung vorgestellt.",
      en: "Annual reviews include a fixed part in which staff give their line manager feedback. Every two years we also run an anonymous survey on leadership; the results are presented at the staff meeting.",
    },
  },
  {
    id: "fuehrung.procedures.all.4",
    area: "fuehrung",
    dimension: "procedures",
    models: ["lqw", "kqb", "kqs"],
    angle: "change",
    text: {
      de: "Was hat sich in den letzten Jahren daran geändert, wie bei Ihnen informiert, besprochen und entschieden wird? Was war der Anlass?",
      en: "What has changed in recent years in how information is shared, matters are discussed and decisions are made? What prompted the change?",
    },
    guidance: {
      de: "Nennen Sie die Änderung, den Anlass und seit wann sie gilt.",
      en: "Name the change, what prompted it and since when it has applied.",
    },
    example: {
      de: "Seit dem Leitungswechsel 2022 gibt es zu jeder Besprechung eine Tagesordnung, die alle vorher ergänzen können. Anlass war die Klage, dass Entscheidungen „zwischen Tür und Angel“ fielen. Jetzt steht jeder Beschluss mit Begründung im Protokoll.",
      en: "Since the change of management in 2022 every meeting has an agenda that everyone can add to beforehand. This followed complaints that decisions were being made in passing in the corridor. Now every decision is recorded in the minutes with its reasons.",
    },
  },
  {
    id: "fuehrung.results.all.1",
    area: "fuehrung",
    dimension: "results",
    models: ["lqw", "kqb", "kqs"],
    angle: "evidence",
    text: {
      de: "Wo sind Entscheidungen, Zuständigkeiten und Ziele schriftlich festgehalten – etwa in Protokollen, Organigramm oder Jahresplan? Nennen Sie ein Beispiel.",
      en: "Where are decisions, responsibilities and goals written down, for example in minutes, an organisation chart or an annual plan? Give one example.",
    },
    guidance: {
      de: "Nennen Sie Unterlagen mit Datum und Ablageort.",
      en: "Name documents with their date and where they are kept.",
    },
    example: {
      de: "Unser Organigramm mit Zuständigkeiten ist vom März 2024 und hängt in der Küche und im gemeinsamen Laufwerk. Die Jahresziele 2024 stehen im Jahresplan, die Beschlüsse der Leitungsrunde in den Protokollen im Ordner „Leitung“.",
      en: "Our organisation chart showing responsibilities dates from March 2024 and is posted in the kitchen and on the shared drive. The 2024 annual goals are in the annual plan, and management decisions are in the minutes in the 'Management' folder.",
    },
  },
  {
    id: "fuehrung.results.all.2",
    area: "fuehrung",
    dimension: "results",
    models: ["lqw", "kqb", "kqs"],
    angle: "example",
    text: {
      de: "Welches vereinbarte Ziel der letzten ein bis zwei Jahre wurde erreicht – und woran lässt sich das zeigen?",
      en: "Which goal agreed in the last year or two has been achieved, and how can you show it?",
    },
    guidance: {
      de: "Nennen Sie das Ziel, das Ergebnis und den Beleg (Zahl, Bericht, Protokoll).",
      en: "Name the goal, the result and the evidence (figure, report, minutes).",
    },
    example: {
      de: "Ziel für 2023 war, unsere wichtigsten Merkblätter auch in Leichter Sprache anzubieten. Bis November lagen vier von fünf vor; sie sind im Jahresbericht aufgeführt, und der Beschluss dazu steht im Protokoll vom Februar.",
      en: "Our goal for 2023 was to offer our main information leaflets in Easy Read as well. By November four out of five were ready; they are listed in the annual report, and the decision is in the February minutes.",
    },
  },
  {
    id: "fuehrung.results.all.3",
    area: "fuehrung",
    dimension: "results",
    models: ["lqw", "kqb", "kqs"],
    angle: "voice",
    text: {
      de: "Was kam heraus, als Mitarbeitende zuletzt Rückmeldung zur Führung gegeben haben? Wo ist das dokumentiert?",
      en: "What came out the last time staff gave feedback on leadership? Where is it documented?",
    },
    guidance: {
      de: "Nennen Sie ein Ergebnis – gern auch ein unbequemes – und die Quelle.",
      en: "Name one finding, even an uncomfortable one, and its source.",
    },
    example: {
      de: "In der Befragung 2023 fanden 70 % die Leitung gut erreichbar, aber nur knapp die Hälfte fühlte sich rechtzeitig über Entscheidungen informiert. Die Auswertung und die besprochenen Folgerungen stehen im Protokoll der Dienstbesprechung vom Oktober.",
      en: "In the 2023 survey 70% found management easy to reach, but only just under half felt informed about decisions in good time. The analysis and the conclusions discussed are in the minutes of the October staff meeting.",
    },
  },
  {
    id: "fuehrung.results.all.4",
    area: "fuehrung",
    dimension: "results",
    models: ["lqw", "kqb", "kqs"],
    angle: "change",
    text: {
      de: "Welche Entscheidung der Leitung hat in letzter Zeit für die {clients} spürbar etwas verändert – und wie lässt sich das belegen?",
      en: "Which recent management decision has made a noticeable difference for the {clients}, and how can you show it?",
    },
    guidance: {
      de: "Nennen Sie die Entscheidung, die Veränderung und einen Beleg.",
      en: "Name the decision, the change and one piece of evidence.",
    },
    example: {
      de: "Die Leitung hat 2023 eine zusätzliche halbe Stelle für Anmeldung und erste Auskünfte bewilligt. Seitdem ist das Telefon auch nachmittags besetzt; die Zahl der verpassten Anrufe ist laut Auswertung der Telefonanlage um etwa ein Drittel gesunken.",
      en: "In 2023 management approved an extra half-time post for registration and first enquiries. Since then the phone has also been staffed in the afternoons, and according to the phone system's statistics missed calls have fallen by about a third.",
    },
  },
  {
    id: "fuehrung.evaluation.all.1",
    area: "fuehrung",
    dimension: "evaluation",
    models: ["lqw", "kqb", "kqs"],
    angle: "overview",
    text: {
      de: "Trägt die Art, wie bei Ihnen geführt wird, dazu bei, dass gelingt, was {successDefinition} beschreibt? Was spricht dafür, was dagegen?",
      en: "Does the way your organisation is led help to achieve what {successDefinition} describes? What speaks for it, and what against?",
    },
    guidance: {
      de: "Wägen Sie ab: Je ein Grund dafür und dagegen genügt.",
      en: "Weigh it up: one reason for and one against is enough.",
    },
    example: {
      de: "Dafür spricht, dass die Leitung uns Zeit für kollegialen Austausch lässt und Fortbildungen unterstützt. Dagegen spricht, dass Schwerpunkte manchmal kurzfristig wechseln, etwa wenn Fördermittel auslaufen – dann müssen die {clients} auf Angebote verzichten, die gerade gut liefen.",
      en: "In favour: management gives us time for peer exchange and supports further training. Against: priorities sometimes change at short notice, for example when funding runs out, and then the {clients} lose services that were going well.",
    },
  },
  {
    id: "fuehrung.evaluation.all.2",
    area: "fuehrung",
    dimension: "evaluation",
    models: ["lqw", "kqb", "kqs"],
    angle: "difficulty",
    text: {
      de: "Wo kommen Entscheidungen oder Informationen nicht gut an – zu spät, unklar oder gar nicht? Wen trifft das besonders?",
      en: "Where do decisions or information not get through well: too late, unclear or not at all? Who is hit hardest?",
    },
    guidance: {
      de: "Nennen Sie eine typische Lücke und wer darunter leidet.",
      en: "Name a typical gap and who suffers from it.",
    },
    example: {
      de: "Honorarkräfte erfahren Änderungen oft erst, wenn sie schon vor Ort sind – zuletzt die neue Regel zur Raumbuchung. Das ärgert sie und sorgt vor den {clients} für Unsicherheit. Die Festangestellten sind dagegen gut informiert.",
      en: "Freelancers often hear about changes only when they are already on site, most recently the new room booking rule. That annoys them and creates uncertainty in front of the {clients}. Permanent staff, on the other hand, are well informed.",
    },
  },
  {
    id: "fuehrung.evaluation.all.3",
    area: "fuehrung",
    dimension: "evaluation",
    models: ["lqw", "kqb", "kqs"],
    angle: "voice",
    text: {
      de: "Fühlen Sie und Ihre Kolleginnen und Kollegen sich an wichtigen Entscheidungen genug beteiligt? Was hören Sie dazu im Kollegium?",
      en: "Do you and your colleagues feel involved enough in important decisions? What do you hear about this among colleagues?",
    },
    guidance: {
      de: "Geben Sie Ihre eigene Sicht und eine Stimme aus dem Kollegium wieder.",
      en: "Give your own view and one voice from among your colleagues.",
    },
    example: {
      de: "Bei fachlichen Fragen fühle ich mich gut beteiligt, bei Personal- und Geldfragen kaum. Im Kollegium hört man oft: „Wir erfahren es erst, wenn es beschlossen ist.“ Ich finde, bei Fragen, die unseren Arbeitsalltag direkt betreffen, sollten wir früher gefragt werden.",
      en: "On professional questions I feel well involved; on staffing and money hardly at all. Among colleagues you often hear: 'We only find out once it's been decided.' I think we should be asked earlier on questions that directly affect our daily work.",
    },
  },
  {
    id: "fuehrung.evaluation.all.4",
    area: "fuehrung",
    dimension: "evaluation",
    models: ["lqw", "kqb", "kqs"],
    angle: "example",
    text: {
      de: "Denken Sie an eine schwierige Entscheidung der letzten Zeit: Wie gut wurde sie vorbereitet, getroffen und erklärt?",
      en: "Think of a difficult decision made recently: how well was it prepared, made and explained?",
    },
    guidance: {
      de: "Ein Beispiel genügt; bewerten Sie alle drei Schritte kurz.",
      en: "One example is enough; briefly judge all three steps.",
    },
    example: {
      de: "Die Schließung unserer Außenstelle wurde gut vorbereitet: Es gab Zahlen und eine offene Aussprache. Die Entscheidung selbst war nachvollziehbar. Den {clients} wurde sie aber zu spät erklärt – viele standen im Februar vor verschlossener Tür.",
      en: "The closure of our branch office was well prepared, with figures and an open discussion. The decision itself was understandable. But it was explained to the {clients} too late; many turned up in February to a locked door.",
    },
  },
  {
    id: "fuehrung.conclusions.all.1",
    area: "fuehrung",
    dimension: "conclusions",
    models: ["lqw", "kqb", "kqs"],
    angle: "overview",
    text: {
      de: "Was an der Art, wie bei Ihnen geführt und entschieden wird, soll auf jeden Fall so bleiben? Begründen Sie kurz.",
      en: "What about the way your organisation is led and decisions are made should definitely stay as it is? Explain briefly.",
    },
    guidance: {
      de: "Nennen Sie ein bis zwei Stärken, die Sie bewusst bewahren wollen.",
      en: "Name one or two strengths you want to keep on purpose.",
    },
    example: {
      de: "Die offene Tür der Leitung behalten wir bei: Wer ein Anliegen hat, bekommt innerhalb einer Woche ein Gespräch. Auch die gemeinsame Jahresplanung im Januar hat sich bewährt, weil alle wissen, woran wir arbeiten.",
      en: "We'll keep management's open-door policy: anyone with a concern gets a meeting within a week. The joint annual planning in January has also proved its worth, because everyone knows what we are working on.",
    },
  },
  {
    id: "fuehrung.conclusions.all.2",
    area: "fuehrung",
    dimension: "conclusions",
    models: ["lqw", "kqb", "kqs"],
    angle: "change",
    text: {
      de: "Was soll sich daran ändern, wie bei Ihnen informiert und entschieden wird? Was schlagen Sie vor?",
      en: "What should change in how information is shared and decisions are made? What do you propose?",
    },
    guidance: {
      de: "Nennen Sie eine konkrete Änderung mit Zuständigkeit und Termin.",
      en: "Name one concrete change with a person responsible and a date.",
    },
    example: {
      de: "Ab dem neuen Halbjahr schickt die Leitung nach jeder Leitungsrunde innerhalb von drei Tagen eine kurze Zusammenfassung an alle, auch an Honorarkräfte. Herr T. entwirft bis Ende August eine Vorlage dafür.",
      en: "From the new half-year management will send everyone, freelancers included, a short summary within three days of each management meeting. Mr T. will draft a template for it by the end of August.",
    },
  },
  {
    id: "fuehrung.conclusions.all.3",
    area: "fuehrung",
    dimension: "conclusions",
    models: ["lqw", "kqb", "kqs"],
    angle: "difficulty",
    text: {
      de: "Welche Besprechung, Regel oder Gewohnheit in der Leitung kostet mehr, als sie bringt? Soll sie abgeschafft oder verändert werden?",
      en: "Which meeting, rule or habit in how the organisation is run costs more than it delivers? Should it be dropped or changed?",
    },
    guidance: {
      de: "Nennen Sie das Beispiel, warum es nicht (mehr) trägt und was stattdessen kommt.",
      en: "Name the example, why it no longer works and what will replace it.",
    },
    example: {
      de: "Die wöchentliche Gesamtbesprechung am Montag dauert oft zwei Stunden, ohne dass etwas entschieden wird. Wir ersetzen sie ab Oktober durch eine halbstündige Runde und eine längere monatliche Sitzung mit fester Tagesordnung.",
      en: "The weekly all-staff meeting on Mondays often lasts two hours without any decisions being made. From October we'll replace it with a thirty-minute catch-up and a longer monthly session with a fixed agenda.",
    },
  },
  {
    id: "fuehrung.conclusions.all.4",
    area: "fuehrung",
    dimension: "conclusions",
    models: ["lqw", "kqb", "kqs"],
    angle: "voice",
    text: {
      de: "Was nimmt sich die Leitung nach den Rückmeldungen der Mitarbeitenden vor – und woran wollen Sie merken, dass es geklappt hat?",
      en: "What is management setting out to do in response to staff feedback, and how will you know it has worked?",
    },
    guidance: {
      de: "Nennen Sie die Rückmeldung, das Vorhaben und ein Zeichen für den Erfolg.",
      en: "Name the feedback, the plan and one sign of success.",
    },
    example: {
      de: "Mehrere Kolleginnen wünschten sich mehr Rückmeldung zu ihrer Arbeit. Die Leitung lädt deshalb alle Mitarbeitenden mindestens einmal im Halbjahr zu einem kurzen Gespräch über die laufende Arbeit ein. Geklappt hat es, wenn in der nächsten Befragung mehr als zwei Drittel zufrieden sind.",
      en: "Several colleagues asked for more feedback on their work. Management will therefore invite every member of staff to a short conversation about their current work at least once every six months. It will have worked if more than two thirds are satisfied in the next survey.",
    },
  },

  // ── QB 8 Personal ──────────────────────────────────────────────────────────
  {
    id: "personal.rationale.all.1",
    area: "personal",
    dimension: "rationale",
    models: ["lqw", "kqb", "kqs"],
    angle: "overview",
    text: {
      de: "Welche Fähigkeiten und Haltungen brauchen Ihre Mitarbeitenden, damit gelingen kann, was {successDefinition} beschreibt – und warum gerade diese?",
      en: "Which skills and attitudes do your staff need so that what {successDefinition} describes can become reality, and why those in particular?",
    },
    guidance: {
      de: "Nennen Sie zwei oder drei Fähigkeiten und den Bezug zur Definition Ihrer Einrichtung.",
      en: "Name two or three skills and how they relate to your organisation's definition.",
    },
    example: {
      de: "Neben Fachwissen brauchen wir vor allem die Fähigkeit, zuzuhören und die {clients} selbst entscheiden zu lassen. Unsere Definition betont die Selbstbestimmung der Menschen – wer alles vorgibt, steht dem im Weg. Deshalb fragen wir im Vorstellungsgespräch nach genau solchen Situationen.",
      en: "Besides subject knowledge, we mainly need the ability to listen and to let the {clients} make their own decisions. Our definition stresses people's self-determination, and anyone who dictates everything gets in the way of that. That's why we ask about exactly such situations in job interviews.",
    },
  },
  {
    id: "personal.rationale.all.2",
    area: "personal",
    dimension: "rationale",
    models: ["lqw", "kqb", "kqs"],
    angle: "difficulty",
    text: {
      de: "Freie Mitarbeitende sind oft nur wenige Stunden im Haus. Warum beziehen Sie sie trotzdem in Einarbeitung, Fortbildung und Austausch ein – und wo ziehen Sie Grenzen?",
      en: "Freelance staff are often on site for only a few hours. Why do you still include them in induction, training and exchange, and where do you draw the line?",
    },
    guidance: {
      de: "Nennen Sie Ihre Gründe und eine Grenze, etwa Zeit, Geld oder rechtliche Vorgaben.",
      en: "Give your reasons and one limit, such as time, money or legal rules.",
    },
    example: {
      de: "Für die {clients} sind Honorarkräfte genauso das Gesicht unserer Einrichtung wie Festangestellte – deshalb laden wir sie zu Fortbildungen und zum Jahrestreffen ein und bezahlen die Zeit. Zur Pflicht machen wir das aber nicht, weil sie selbstständig sind und sonst als scheinselbstständig gelten könnten.",
      en: "For the {clients}, freelancers are just as much the face of our organisation as permanent staff, so we invite them to training and to our annual meeting and pay for their time. But we don't make it compulsory, because they are self-employed and could otherwise be treated as disguised employees.",
    },
  },
  {
    id: "personal.rationale.all.3",
    area: "personal",
    dimension: "rationale",
    models: ["lqw", "kqb", "kqs"],
    angle: "example",
    text: {
      de: "Nennen Sie eine Fortbildung aus letzter Zeit: Warum wurde gerade sie gewählt, und was sollte sie den {clients} bringen?",
      en: "Name a recent training course: why was this one chosen, and what was it meant to achieve for the {clients}?",
    },
    guidance: {
      de: "Ein Beispiel reicht; nennen Sie den Anlass und den erhofften Nutzen.",
      en: "One example is enough; name what prompted it and the benefit you hoped for.",
    },
    example: {
      de: "Im Herbst haben alle Kolleginnen und Kollegen vom Empfang eine Fortbildung zur Deeskalation besucht. Anlass waren zwei laute Auseinandersetzungen im Frühjahr. Ziel war, dass sich die Mitarbeitenden ebenso wie die {clients} auch in angespannten Momenten sicher fühlen.",
      en: "In the autumn all our reception staff attended a de-escalation course. It was prompted by two loud confrontations in the spring. The aim was for the {clients} and staff to feel safe even in tense moments.",
    },
  },
  {
    id: "personal.rationale.all.4",
    area: "personal",
    dimension: "rationale",
    models: ["lqw", "kqb", "kqs"],
    angle: "voice",
    text: {
      de: "Was haben neue Kolleginnen und Kollegen gesagt, warum sie gerade bei Ihnen arbeiten wollen? Passt das zu dem Bild, das Ihr Leitbild zeichnet?",
      en: "What have new colleagues said about why they wanted to work for you in particular? Does that match the picture your mission statement paints?",
    },
    guidance: {
      de: "Geben Sie eine Aussage sinngemäß wieder und vergleichen Sie sie mit Ihrem Leitbild.",
      en: "Paraphrase one statement and compare it with your mission statement.",
    },
    example: {
      de: "Eine neue Kollegin sagte, sie habe sich beworben, weil wir uns Zeit für den einzelnen Menschen nehmen. Das passt zu unserem Leitbild. Zwei andere nannten vor allem die Gleitzeit – darauf sind wir stolz, aber es zeigt auch, dass unser Leitbild nach außen noch wenig sichtbar ist.",
      en: "A new colleague said she applied because we take time for each individual. That matches our mission statement. Two others mainly mentioned flexitime; we're proud of that, but it also shows our mission statement isn't very visible to outsiders yet.",
    },
  },
  {
    id: "personal.procedures.all.1",
    area: "personal",
    dimension: "procedures",
    models: ["lqw", "kqb", "kqs"],
    angle: "overview",
    text: {
      de: "Wie läuft bei Ihnen eine Einstellung ab – von der Ausschreibung bis zum ersten Arbeitstag? Was ist bei Honorarkräften anders?",
      en: "How does recruitment work in your organisation, from the job advertisement to the first day at work? What is different for freelancers?",
    },
    guidance: {
      de: "Nennen Sie die Schritte, die Beteiligten und die Unterschiede zwischen Angestellten und Honorarkräften.",
      en: "Name the steps, the people involved and the differences between employees and freelancers.",
    },
    example: {
      de: "Feste Stellen schreiben wir auf unserer Internetseite und bei der Arbeitsagentur aus; die Gespräche führen Leitung, Fachbereich und Mitarbeitervertretung gemeinsam. Honorarkräfte finden wir meist über Empfehlungen; nach einem Kennenlerngespräch gibt es einen Honorarvertrag und eine Mappe mit allen Regeln.",
      en: "We advertise permanent posts on our website and with the employment agency; interviews are held jointly by management, the relevant department and the staff council. We usually find freelancers through recommendations; after an introductory meeting they get a fee contract and a folder with all the rules.",
    },
  },
  {
    id: "personal.procedures.all.2",
    area: "personal",
    dimension: "procedures",
    models: ["lqw", "kqb", "kqs"],
    angle: "example",
    text: {
      de: "Wie wurde die letzte neue Kollegin oder der letzte neue Kollege eingearbeitet? Nennen Sie Ansprechperson, Unterlagen und Dauer.",
      en: "How was your most recent new colleague introduced to the job? Name the contact person, the materials and how long it took.",
    },
    guidance: {
      de: "Beschreiben Sie den tatsächlichen Fall, nicht den Idealablauf.",
      en: "Describe the actual case, not the ideal process.",
    },
    example: {
      de: "Frau B. hat im Februar angefangen. Eine erfahrene Kollegin war vier Wochen lang ihre feste Ansprechperson; in den ersten zwei Wochen war Frau B. bei Terminen dabei. Dazu gab es unsere Einarbeitungsmappe mit einer Liste, die wir nach sechs Wochen gemeinsam durchgegangen sind.",
      en: "Ms B. started in February. An experienced colleague was her fixed contact person for four weeks, and for the first two weeks Ms B. sat in on appointments. She also had our induction folder with a checklist, which we went through together after six weeks.",
    },
  },
  {
    id: "personal.procedures.all.3",
    area: "personal",
    dimension: "procedures",
    models: ["lqw", "kqb", "kqs"],
    angle: "overview",
    text: {
      de: "Wie planen Sie Fortbildungen und Mitarbeitergespräche: Wer führt die Gespräche, wie oft, und wie fließen die Wünsche der Mitarbeitenden ein?",
      en: "How do you plan training and staff reviews: who holds the reviews, how often, and how are staff's own wishes taken into account?",
    },
    guidance: {
      de: "Nennen Sie Rhythmus, Beteiligte und wie aus einem Wunsch eine Fortbildung wird.",
      en: "Name the frequency, the people involved and how a wish turns into a training course.",
    },
    example: {
      de: "Alle Angestellten haben einmal im Jahr ein Gespräch mit ihrer direkten Vorgesetzten; dafür gibt es einen Gesprächsbogen. Die Fortbildungswünsche daraus sammelt die Verwaltung in einer Übersicht, und die Leitung verteilt im März das Budget. Honorarkräfte können Wünsche beim Jahrestreffen nennen.",
      en: "Every employee has an annual review with their line manager, using a review form. The office collects the training wishes from these in an overview, and management allocates the budget in March. Freelancers can raise their wishes at the annual meeting.",
    },
  },
  {
    id: "personal.procedures.all.4",
    area: "personal",
    dimension: "procedures",
    models: ["lqw", "kqb", "kqs"],
    angle: "change",
    text: {
      de: "Was haben Sie in den letzten Jahren geändert, um Mitarbeitende zu gewinnen oder zu halten – etwa weil Stellen schwer zu besetzen sind?",
      en: "What have you changed in recent years to attract or keep staff, for example because posts are hard to fill?",
    },
    guidance: {
      de: "Nennen Sie eine Maßnahme, warum sie nötig wurde und seit wann es sie gibt.",
      en: "Name one measure, why it became necessary and since when it has existed.",
    },
    example: {
      de: "Weil sich 2022 auf zwei Stellen niemand beworben hat, bieten wir seitdem Teilzeit ab 50 % an und erlauben zwei Tage Arbeit von zu Hause pro Woche. Honorarkräfte erhalten seit 2023 einen höheren Stundensatz und eine Ausfallpauschale, wenn ein Termin kurzfristig abgesagt wird.",
      en: "Because nobody applied for two posts in 2022, we have since offered part-time from 50% and allowed two days a week working from home. Since 2023 freelancers have also received a higher hourly rate and a cancellation fee if an appointment is cancelled at short notice.",
    },
  },
  {
    id: "personal.results.all.1",
    area: "personal",
    dimension: "results",
    models: ["lqw", "kqb", "kqs"],
    angle: "evidence",
    text: {
      de: "Welche Unterlagen zeigen, was Sie für Ihre Mitarbeitenden tun – etwa Einarbeitungsmappe, Fortbildungsübersicht, Gesprächsbogen oder Teilnahmebescheinigungen?",
      en: "Which documents show what you do for your staff, for example an induction folder, a training overview, a review form or certificates of attendance?",
    },
    guidance: {
      de: "Nennen Sie die wichtigsten Unterlagen, ihren Stand und wer sie verwaltet.",
      en: "Name the main documents, how up to date they are and who keeps them.",
    },
    example: {
      de: "Die Einarbeitungsmappe wurde zuletzt im Januar 2024 überarbeitet. Die Fortbildungsübersicht führt die Verwaltung fortlaufend als Tabelle; die Bescheinigungen liegen in den Personalakten. Ausgefüllte Gesprächsbögen bleiben vertraulich, aber eine Liste zeigt, wann welches Gespräch stattfand.",
      en: "The induction folder was last revised in January 2024. The office keeps the training overview as a running spreadsheet, and certificates are in the personnel files. Completed review forms stay confidential, but a list shows when each review took place.",
    },
  },
  {
    id: "personal.results.all.2",
    area: "personal",
    dimension: "results",
    models: ["lqw", "kqb", "kqs"],
    angle: "overview",
    text: {
      de: "Wie viele Mitarbeitende – angestellt und frei – haben in den letzten zwei Jahren an Fortbildungen teilgenommen, und wo ist das erfasst?",
      en: "How many staff, employed and freelance, have taken part in training in the last two years, and where is that recorded?",
    },
    guidance: {
      de: "Ungefähre Zahlen genügen; sagen Sie auch, woher sie stammen.",
      en: "Rough figures are fine; say where they come from.",
    },
    example: {
      de: "Von unseren 14 Angestellten haben 2023 und 2024 alle mindestens eine Fortbildung besucht, im Schnitt drei Tage pro Jahr. Von rund 40 Honorarkräften waren es 17, vor allem bei unseren hauseigenen Fortbildungstagen. Die Zahlen stammen aus der Fortbildungsübersicht der Verwaltung.",
      en: "All 14 of our employees attended at least one training course in 2023 and 2024, on average three days a year. Of around 40 freelancers, 17 took part, mainly in our in-house training days. The figures come from the office's training overview.",
    },
  },
  {
    id: "personal.results.all.3",
    area: "personal",
    dimension: "results",
    models: ["lqw", "kqb", "kqs"],
    angle: "example",
    text: {
      de: "Nennen Sie ein Beispiel, wie eine Fortbildung die Arbeit mit den {clients} spürbar verändert hat. Woran haben Sie das gemerkt?",
      en: "Give an example of how a training course has noticeably changed the work with the {clients}. How did you notice?",
    },
    guidance: {
      de: "Ein Fall reicht: Was wurde gelernt, was wird jetzt anders gemacht, wer hat es bemerkt?",
      en: "One case is enough: what was learned, what is done differently now, who noticed?",
    },
    example: {
      de: "Nach der Fortbildung zur Deeskalation gilt am Empfang eine feste Regel: erst zuhören, dann erklären, notfalls eine zweite Person dazuholen. Seitdem gab es keinen Vorfall mehr, der ins Ereignisbuch eingetragen werden musste – vorher waren es drei im Halbjahr.",
      en: "Since the de-escalation training, reception follows a fixed rule: listen first, then explain, and if necessary call in a second person. Since then there hasn't been a single incident that had to be entered in the incident log; before, there were three in six months.",
    },
  },
  {
    id: "personal.results.all.4",
    area: "personal",
    dimension: "results",
    models: ["lqw", "kqb", "kqs"],
    angle: "voice",
    text: {
      de: "Was haben Mitarbeitende in Jahresgesprächen, Befragungen oder beim Abschied über ihre Arbeit bei Ihnen gesagt? Wo ist das festgehalten?",
      en: "What have staff said about working for you, in annual reviews, surveys or when they left? Where is that recorded?",
    },
    guidance: {
      de: "Nennen Sie eine wiederkehrende Aussage und die Quelle; Vertrauliches bitte nur zusammengefasst.",
      en: "Name a recurring comment and its source; only summarise anything confidential.",
    },
    example: {
      de: "In den Abschiedsgesprächen der letzten zwei Jahre nannten drei von fünf Personen die Bezahlung als Grund für den Wechsel, niemand das Arbeitsklima. In der Mitarbeiterbefragung 2024 lobten viele den kollegialen Zusammenhalt. Beides liegt anonym zusammengefasst im Qualitätsordner.",
      en: "In the exit interviews of the last two years, three out of five people named pay as their reason for leaving; nobody mentioned the working atmosphere. In the 2024 staff survey many praised the team spirit. Both are summarised anonymously in the quality folder.",
    },
  },
  {
    id: "personal.evaluation.all.1",
    area: "personal",
    dimension: "evaluation",
    models: ["lqw", "kqb", "kqs"],
    angle: "overview",
    text: {
      de: "Haben Sie die Mitarbeitenden, die Sie brauchen, damit gelingt, was {successDefinition} beschreibt? Wo sind Sie gut aufgestellt, wo fehlt etwas?",
      en: "Do you have the staff you need to achieve what {successDefinition} describes? Where are you well placed, and where is something missing?",
    },
    guidance: {
      de: "Denken Sie an Anzahl, Fähigkeiten und Vielfalt; nennen Sie eine Stärke und eine Lücke.",
      en: "Think about numbers, skills and diversity; name one strength and one gap.",
    },
    example: {
      de: "Fachlich sind wir gut aufgestellt, und viele Kolleginnen sind seit Jahren dabei. Es fehlen uns aber Mitarbeitende, die Türkisch oder Arabisch sprechen – dabei ist ein Teil unserer {clients} darauf angewiesen, um ihre Anliegen selbst erklären zu können.",
      en: "Professionally we are well placed, and many colleagues have been with us for years. But we lack staff who speak Turkish or Arabic, even though some of our {clients} need that to explain their concerns in their own words.",
    },
  },
  {
    id: "personal.evaluation.all.2",
    area: "personal",
    dimension: "evaluation",
    models: ["lqw", "kqb", "kqs"],
    angle: "difficulty",
    text: {
      de: "Wie gut gelingt es, Honorarkräfte einzubinden und zu halten? Wo hakt es – bei Bezahlung, Information oder dem Gefühl, dazuzugehören?",
      en: "How well do you manage to involve and keep freelance staff? Where are the sticking points: pay, information or the feeling of belonging?",
    },
    guidance: {
      de: "Nennen Sie die größte Schwierigkeit offen und wie sie sich auswirkt.",
      en: "Name the biggest difficulty openly and what effect it has.",
    },
    example: {
      de: "Die meisten Honorarkräfte bleiben lange, das spricht für uns. Schwierig ist, dass wir nicht mehr zahlen können, als unser Geldgeber vorgibt – gute Leute wandern deshalb zu Einrichtungen ab, die besser zahlen. Außerdem kommen zu unseren Treffen meist dieselben wenigen.",
      en: "Most freelancers stay a long time, which speaks for us. The difficulty is that we can't pay more than our funder allows, so good people move to organisations that pay better. Also, it's usually the same few who come to our meetings.",
    },
  },
  {
    id: "personal.evaluation.all.3",
    area: "personal",
    dimension: "evaluation",
    models: ["lqw", "kqb", "kqs"],
    angle: "voice",
    text: {
      de: "Wie zufrieden sind neue Mitarbeitende mit ihrer Einarbeitung? Was haben sie Ihnen dazu gesagt?",
      en: "How satisfied are new staff with their induction? What have they told you about it?",
    },
    guidance: {
      de: "Geben Sie ein oder zwei Rückmeldungen wieder und sagen Sie, wie Sie sie einschätzen.",
      en: "Report one or two comments and say how you judge them.",
    },
    example: {
      de: "Die beiden Kolleginnen, die 2024 angefangen haben, fanden die feste Ansprechperson sehr hilfreich. Die Einarbeitungsmappe fanden sie dagegen zu lang und teils veraltet. Ich halte beides für berechtigt: Die persönliche Begleitung funktioniert, die Mappe nicht.",
      en: "The two colleagues who started in 2024 found having a fixed contact person very helpful. They thought the induction folder was too long and partly out of date. I think both points are fair: the personal support works, the folder doesn't.",
    },
  },
  {
    id: "personal.evaluation.all.4",
    area: "personal",
    dimension: "evaluation",
    models: ["lqw", "kqb", "kqs"],
    angle: "example",
    text: {
      de: "Denken Sie an ein Mitarbeitergespräch der letzten Zeit: War es für beide Seiten nützlich, und ist danach etwas passiert?",
      en: "Think of a recent staff review: was it useful for both sides, and did anything happen afterwards?",
    },
    guidance: {
      de: "Ein Gespräch genügt; Vertrauliches lassen Sie weg.",
      en: "One review is enough; leave out anything confidential.",
    },
    example: {
      de: "In meinem letzten Jahresgespräch haben wir vereinbart, dass ich eine Fortbildung zur Leitung von Gruppen mache. Sie fand im Mai statt, und seitdem leite ich selbst eine Gruppe. Das Gespräch war also für beide Seiten nützlich – nur das vereinbarte Nachgespräch ist ausgefallen.",
      en: "In my last annual review we agreed that I would do a training course on leading groups. It took place in May, and since then I have been running a group myself. So the review was useful for both sides; only the follow-up meeting we had agreed didn't happen.",
    },
  },
  {
    id: "personal.conclusions.all.1",
    area: "personal",
    dimension: "conclusions",
    models: ["lqw", "kqb", "kqs"],
    angle: "overview",
    text: {
      de: "Was an Gewinnung, Einarbeitung oder Fortbildung Ihrer Mitarbeitenden hat sich bewährt und soll so bleiben?",
      en: "What about the way you recruit, induct or train your staff has proved its worth and should stay as it is?",
    },
    guidance: {
      de: "Nennen Sie ein bis zwei bewährte Vorgehensweisen und warum Sie daran festhalten.",
      en: "Name one or two proven practices and why you are keeping them.",
    },
    example: {
      de: "Die feste Ansprechperson in den ersten Wochen behalten wir auf jeden Fall bei. Auch die hauseigenen Fortbildungstage für Angestellte und Honorarkräfte gemeinsam bleiben – sie sind die einzige Gelegenheit, bei der sich alle begegnen.",
      en: "We will definitely keep the fixed contact person for the first few weeks. The in-house training days for employees and freelancers together will also stay; they are the only occasion when everyone meets.",
    },
  },
  {
    id: "personal.conclusions.all.2",
    area: "personal",
    dimension: "conclusions",
    models: ["lqw", "kqb", "kqs"],
    angle: "change",
    text: {
      de: "Was wollen Sie bei Einarbeitung, Fortbildung oder Mitarbeitergesprächen anders machen? Was schlagen Sie vor?",
      en: "What do you want to do differently in induction, training or staff reviews? What first step do you propose?",
    },
    guidance: {
      de: "Nennen Sie das Vorhaben, die zuständige Person und einen Termin.",
      en: "Name the plan, the person responsible and a date.",
    },
    example: {
      de: "Die Einarbeitungsmappe wird gekürzt und auf den neuesten Stand gebracht; Frau B. und Herr L. legen bis Ende Oktober einen Entwurf vor. Außerdem bekommt jedes Jahresgespräch nach drei Monaten ein kurzes Nachgespräch, damit Vereinbarungen nicht liegen bleiben.",
      en: "The induction folder will be shortened and updated; Ms B. and Mr L. will present a draft by the end of October. In addition, every annual review will get a short follow-up after three months so that agreements don't get forgotten.",
    },
  },
  {
    id: "personal.conclusions.all.3",
    area: "personal",
    dimension: "conclusions",
    models: ["lqw", "kqb", "kqs"],
    angle: "difficulty",
    text: {
      de: "Welches Problem bei der Einbindung freier Mitarbeitender wollen Sie als Nächstes angehen – und mit welchem ersten Schritt?",
      en: "Which problem in involving freelance staff do you want to tackle next, and what is the first step?",
    },
    guidance: {
      de: "Nennen Sie das Problem, den ersten Schritt, den Sie vorschlagen.",
      en: "Name the problem, the first step you propose.",
    },
    example: {
      de: "Viele Honorarkräfte erfahren zu spät von Fortbildungen. Ab dem nächsten Halbjahr veröffentlicht die Verwaltung den Fortbildungsplan schon im Dezember und schickt ihn per E-Mail an alle freien Mitarbeitenden. Verantwortlich ist Frau K.",
      en: "Many freelancers hear about training too late. From the next half-year the office will publish the training plan as early as December and email it to all freelance staff. Ms K. is responsible.",
    },
  },
  {
    id: "personal.conclusions.all.4",
    area: "personal",
    dimension: "conclusions",
    models: ["lqw", "kqb", "kqs"],
    angle: "voice",
    text: {
      de: "Welche Fähigkeit fehlt Ihnen nach Hinweisen von {clients} oder aus dem Kollegium noch? Was genau planen Sie, um sie aufzubauen?",
      en: "Which skill are you still missing, judging by hints from {clients} or colleagues? What exactly are you planning in order to build it?",
    },
    guidance: {
      de: "Nennen Sie den Hinweis, die geplante Maßnahme und einen Termin.",
      en: "Name the hint, the planned measure and a date.",
    },
    example: {
      de: "Einige unserer {clients} haben gefragt, ob Termine auch auf Englisch möglich sind. Zwei Kolleginnen besuchen deshalb ab Januar einen Englischkurs, den die Einrichtung bezahlt. Bis zum Sommer soll es einen festen Termin pro Woche auf Englisch geben.",
      en: "Some of our {clients} asked whether appointments could also be held in English. Two colleagues will therefore take an English course from January, paid for by the organisation. By the summer we want to offer one fixed slot a week in English.",
    },
  },
];
