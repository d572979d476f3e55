/** Prompts for QB 1 Leitbild, QB 2 Bedarfserschließung and QB 3 Schlüsselprozesse, shared by LQW, KQB and KQS. */
import type { CatalogPrompt } from "./catalog-prompt";

export const AREAS_01_TO_03_PROMPTS: readonly CatalogPrompt[] = [
  // ───────────────────────── QB 1 Leitbild ─────────────────────────
  // rationale
  {
    id: "leitbild.rationale.all.1",
    area: "leitbild",
    dimension: "rationale",
    models: ["lqw", "kqb", "kqs"],
    angle: "overview",
    audience: ["everyone"],
    kind: "experience",
    text: {
      de: "Warum steht {successDefinition} im Mittelpunkt Ihres Leitbilds – und nicht etwa Zahlen oder Einnahmen? Was bedeutet das für Ihre eigene Arbeit?",
      en: "Why is {successDefinition} at the heart of your mission statement, rather than figures or income? What does that mean for your own work?",
    },
    guidance: {
      de: "Nennen Sie, wem dieser Maßstab nützt und wie er Ihre Arbeit lenkt.",
      en: "Say who benefits from this yardstick and how it guides your work.",
    },
    example: {
      de: "Zahlen sind wichtig, aber sie sagen nichts darüber, ob jemand bei uns wirklich weitergekommen ist. Deshalb fragen wir zuerst, was die {clients} mitnehmen. Für mich heißt das: Ich plane nicht nur, was ich anbiete, sondern auch, woran ich merke, ob es den {clients} etwas gebracht hat.",
      en: "Figures matter, but they don't tell us whether someone has really moved forward with us. That's why we ask first what the {clients} take away. For me it means I don't just plan what I offer but also how I'll notice whether it helped the {clients}.",
    },
  },
  {
    id: "leitbild.rationale.all.2",
    area: "leitbild",
    dimension: "rationale",
    models: ["lqw", "kqb", "kqs"],
    angle: "example",
    audience: ["everyone"],
    kind: "experience",
    text: {
      de: "Wann hat Ihnen in den letzten Wochen ein Gedanke aus dem Leitbild geholfen zu erklären, warum Sie etwas so und nicht anders gemacht haben?",
      en: "When in the last few weeks did an idea from the mission statement help you explain why you did something one way and not another?",
    },
    guidance: {
      de: "Ein konkreter Fall reicht: die Situation, Ihre Entscheidung und der passende Satz aus dem Leitbild.",
      en: "One concrete case is enough: the situation, your decision and the matching line from the mission statement.",
    },
    example: {
      de: "Im Oktober bat jemand um einen Abendtermin, obwohl unsere Sprechzeiten längst vorbei waren. Ich habe ihn trotzdem möglich gemacht, weil unser Leitbild sagt, dass wir uns nach den Lebensumständen der {clients} richten. Gegenüber meiner Kollegin konnte ich das mit genau diesem Satz begründen.",
      en: "In October someone asked for an evening appointment, well outside our usual hours. I made it possible anyway, because our mission statement says we adapt to the life circumstances of the {clients}. I could explain that to my colleague with exactly that sentence.",
    },
  },
  {
    id: "leitbild.rationale.all.3",
    area: "leitbild",
    dimension: "rationale",
    models: ["lqw", "kqb", "kqs"],
    angle: "voice",
    audience: ["everyone"],
    kind: "experience",
    text: {
      de: "Was haben die {clients} davon, dass Sie nach diesem Leitbild arbeiten? Denken Sie an eine Rückmeldung, in der das spürbar wurde.",
      en: "How do the {clients} benefit from the way your mission statement shapes your work? Think of a piece of feedback where that came through.",
    },
    guidance: {
      de: "Nennen Sie die Rückmeldung und den Wert aus dem Leitbild, der darin sichtbar wird.",
      en: "Mention the feedback and the value from the mission statement that it reflects.",
    },
    example: {
      de: "Eine Person schrieb uns nach ihrem letzten Termin, sie habe sich zum ersten Mal ernst genommen gefühlt. Das passt zu unserem Grundsatz, dass die {clients} selbst bestimmen, was sie erreichen wollen. Genau deshalb steht dieser Satz im Leitbild: Die Menschen sollen spüren, dass es um ihre Ziele geht.",
      en: "After their last appointment someone wrote to us that for the first time they had felt taken seriously. That matches our principle that the {clients} decide for themselves what they want to achieve. That is exactly why the sentence is in our mission statement: people should feel it's about their goals.",
    },
  },
  {
    id: "leitbild.rationale.all.4",
    area: "leitbild",
    dimension: "rationale",
    models: ["lqw", "kqb", "kqs"],
    angle: "difficulty",
    audience: ["everyone"],
    kind: "experience",
    text: {
      de: "Wenn Zeit oder Geld knapp sind, geraten Leitbild und Alltag leicht aneinander. Wie begründen Sie dann, woran Sie trotzdem festhalten?",
      en: "When time or money is tight, the mission statement and daily practice can clash. How do you then justify what you hold on to regardless?",
    },
    guidance: {
      de: "Nennen Sie eine Situation und den Grund, warum Ihnen dieser Grundsatz wichtiger war.",
      en: "Describe a situation and why that principle mattered more to you.",
    },
    example: {
      de: "Im Frühjahr mussten wir Stunden kürzen. Wir haben uns entschieden, beim ersten Gespräch nicht zu sparen, weil sich dort entscheidet, ob die {clients} überhaupt Vertrauen fassen. Das haben wir mit unserem Leitbild begründet: Jeder Mensch soll zuerst verstanden werden, bevor wir ihm etwas anbieten.",
      en: "In spring we had to cut hours. We decided not to save on the first meeting, because that is where the {clients} decide whether to trust us at all. We justified this with our mission statement: everyone should be understood first, before we offer them anything.",
    },
  },
  // procedures
  {
    id: "leitbild.procedures.all.1",
    area: "leitbild",
    dimension: "procedures",
    models: ["lqw", "kqb", "kqs"],
    angle: "example",
    audience: ["management", "qualityOfficer"],
    kind: "fact",
    text: {
      de: "Wann wurde Ihr Leitbild zuletzt überarbeitet? Wer war beteiligt, und wie lief das ab?",
      en: "When was your mission statement last revised? Who took part, and how did it go?",
    },
    guidance: {
      de: "Nennen Sie Zeitpunkt, Beteiligte und Arbeitsschritte – etwa Entwurf, Rückmeldungen, Beschluss.",
      en: "Mention when it was, who took part and the steps, e.g. draft, comments, decision.",
    },
    example: {
      de: "Wir haben das Leitbild 2023 an zwei Klausurtagen überarbeitet, an denen alle Festangestellten und einige Honorarkräfte teilgenommen haben. Eine kleine Arbeitsgruppe schrieb danach einen Entwurf, den alle vier Wochen lang kommentieren konnten. Im November hat die Leitungsrunde die neue Fassung beschlossen.",
      en: "We revised the mission statement in 2023 over two away days attended by all permanent staff and several freelancers. A small working group then wrote a draft that everyone could comment on for four weeks. In November the management meeting adopted the new version.",
    },
  },
  {
    id: "leitbild.procedures.all.2",
    area: "leitbild",
    dimension: "procedures",
    models: ["lqw", "kqb", "kqs"],
    angle: "overview",
    audience: ["everyone"],
    kind: "experience",
    text: {
      de: "Wo und wie machen Sie das Leitbild für die {clients} und für Außenstehende sichtbar – auf der Internetseite, in Räumen, in Unterlagen oder im Gespräch?",
      en: "Where and how do you make the mission statement visible to the {clients} and to outsiders: on the website, in your rooms, in printed material or in conversation?",
    },
    guidance: {
      de: "Nennen Sie die Orte und wer dafür sorgt, dass sie aktuell sind.",
      en: "List the places and who keeps them up to date.",
    },
    example: {
      de: "Das Leitbild steht auf unserer Internetseite und hängt gekürzt im Eingangsbereich aus. Im ersten Gespräch erwähne ich meist, dass uns die eigenen Ziele der {clients} wichtig sind. Für die Internetseite und die Aushänge ist unsere Verwaltungskraft zuständig.",
      en: "The mission statement is on our website, and a short version hangs in the entrance area. In first meetings I usually mention that what the {clients} want to achieve matters to us. Our administrator looks after the website and the notices.",
    },
  },
  {
    id: "leitbild.procedures.all.3",
    area: "leitbild",
    dimension: "procedures",
    models: ["lqw", "kqb", "kqs"],
    angle: "difficulty",
    audience: ["management", "qualityOfficer"],
    kind: "experience",
    text: {
      de: "Wie erreichen Sie mit dem Leitbild auch Kolleginnen und Kollegen, die selten im Haus sind – etwa Honorarkräfte oder Teilzeitkräfte mit wenigen Stunden?",
      en: "How does the mission statement reach colleagues who are rarely on site, such as freelancers or part-timers with few hours?",
    },
    guidance: {
      de: "Beschreiben Sie, was konkret passiert, wer es übernimmt und wann.",
      en: "Describe what actually happens, who does it and when.",
    },
    example: {
      de: "Neue Honorarkräfte bekommen das Leitbild mit dem Vertrag und sprechen im Einführungsgespräch mit der Leitung darüber. Einmal im Jahr laden wir alle freien Mitarbeitenden zu einem Abendtreffen ein, bei dem wir einen Leitsatz an Fällen aus dem Alltag besprechen. Es kommt aber nur etwa die Hälfte.",
      en: "New freelancers receive the mission statement with their contract and discuss it with their manager in an introductory meeting. Once a year we invite all freelancers to an evening meeting where we discuss one principle using everyday cases. Only about half of them come, though.",
    },
  },
  {
    id: "leitbild.procedures.all.4",
    area: "leitbild",
    dimension: "procedures",
    models: ["lqw", "kqb", "kqs"],
    angle: "change",
    audience: ["everyone"],
    kind: "experience",
    text: {
      de: "Was hat sich in letzter Zeit daran geändert, wie Sie im Haus über das Leitbild sprechen – etwa in Besprechungen, bei der Einarbeitung oder bei Entscheidungen?",
      en: "What has recently changed in the way you talk about the mission statement in-house, for instance in meetings, when introducing new staff or when making decisions?",
    },
    guidance: {
      de: "Nennen Sie, wie es früher war, was jetzt anders ist und wer die Änderung angestoßen hat.",
      en: "Say what it was like before, what is different now and who started the change.",
    },
    example: {
      de: "Früher kam das Leitbild nur zur Qualitätstestierung auf den Tisch. Seit letztem Jahr beginnt jede zweite Dienstbesprechung mit zehn Minuten zu einem Leitsatz und einem aktuellen Fall. Angeregt hat das eine Kollegin aus der Verwaltung.",
      en: "It used to come out only when the quality certification was due. Since last year every other staff meeting starts with ten minutes on one principle and a current case. A colleague from the office suggested it.",
    },
  },
  // results
  {
    id: "leitbild.results.all.1",
    area: "leitbild",
    dimension: "results",
    models: ["lqw", "kqb", "kqs"],
    angle: "evidence",
    audience: ["management", "qualityOfficer"],
    kind: "fact",
    text: {
      de: "Welche Unterlagen zeigen, dass Ihr Leitbild gemeinsam erarbeitet und beschlossen wurde – etwa Protokolle, Entwürfe mit Anmerkungen oder ein Beschluss mit Datum?",
      en: "Which documents show that your mission statement was developed together and formally adopted, such as minutes, annotated drafts or a dated decision?",
    },
    guidance: {
      de: "Nennen Sie die Unterlagen mit Datum und wo sie abgelegt sind.",
      en: "Name the documents with their dates and where they are filed.",
    },
    example: {
      de: "Es gibt die Protokolle der beiden Klausurtage vom März 2023, den Entwurf mit allen gesammelten Anmerkungen und das Protokoll der Leitungsrunde vom 14. November 2023 mit dem Beschluss. Alles liegt im Ordner „Qualität“ auf dem gemeinsamen Laufwerk.",
      en: "We have the minutes of both away days from March 2023, the draft with all collected comments and the minutes of the management meeting of 14 November 2023 recording the decision. Everything is in the ‘Quality’ folder on the shared drive.",
    },
  },
  {
    id: "leitbild.results.all.2",
    area: "leitbild",
    dimension: "results",
    models: ["lqw", "kqb", "kqs"],
    angle: "example",
    audience: ["everyone"],
    kind: "experience",
    text: {
      de: "Nennen Sie eine Entscheidung der letzten Zeit, die sich erkennbar auf das Leitbild stützt. Wo ist sie festgehalten?",
      en: "Name a recent decision that was clearly based on the mission statement. Where is it recorded?",
    },
    guidance: {
      de: "Nennen Sie die Entscheidung, den Bezug zum Leitbild und das Dokument, etwa ein Protokoll.",
      en: "Give the decision, how it links to the mission statement and the document, e.g. minutes.",
    },
    example: {
      de: "Im Juni haben wir beschlossen, Unterlagen für die {clients} nur noch in einfacher Sprache herauszugeben. Im Protokoll der Dienstbesprechung steht ausdrücklich, dass wir uns dabei auf unseren Leitsatz „Wir bauen Hürden ab“ beziehen. Die ersten drei Merkblätter sind bereits umgeschrieben.",
      en: "In June we decided to publish material for the {clients} only in plain language from now on. The staff meeting minutes state explicitly that this follows our principle ‘We remove barriers’. The first three information sheets have already been rewritten.",
    },
  },
  {
    id: "leitbild.results.all.3",
    area: "leitbild",
    dimension: "results",
    models: ["lqw", "kqb", "kqs"],
    angle: "voice",
    audience: ["everyone"],
    kind: "experience",
    text: {
      de: "Welche Rückmeldungen von {clients} oder Partnern zeigen, dass diese die Werte aus Ihrem Leitbild im Umgang mit Ihnen wiedererkennen?",
      en: "What feedback from {clients} or partners shows that they recognise the values of your mission statement in the way you deal with them?",
    },
    guidance: {
      de: "Geben Sie eine Rückmeldung sinngemäß wieder und nennen Sie, woher sie stammt.",
      en: "Paraphrase one piece of feedback and say where it comes from.",
    },
    example: {
      de: "In den Rückmeldebögen vom Herbst schrieben mehrere der {clients}, dass man sich bei uns Zeit für sie nimmt. Ein Partner vom Jobcenter lobte in einer E-Mail, wie verlässlich wir Absprachen einhalten. Beides entspricht zwei Leitsätzen unseres Leitbilds: Respekt und Verlässlichkeit.",
      en: "In the autumn feedback forms several of the {clients} wrote that we take time for them. A partner at the job centre praised in an email how reliably we keep to agreements. Both match two principles of our mission statement: respect and reliability.",
    },
  },
  {
    id: "leitbild.results.all.4",
    area: "leitbild",
    dimension: "results",
    models: ["lqw", "kqb", "kqs"],
    angle: "overview",
    audience: ["everyone"],
    kind: "experience",
    text: {
      de: "Woran lässt sich heute ablesen, dass {successDefinition} im Haus bekannt ist und genutzt wird – etwa in Konzepten, Vorlagen oder Auswertungsbögen?",
      en: "What shows today that {successDefinition} is known and used across the organisation, for example in concepts, templates or evaluation forms?",
    },
    guidance: {
      de: "Nennen Sie zwei oder drei Stellen, an denen sie schriftlich auftaucht.",
      en: "Name two or three places where it appears in writing.",
    },
    example: {
      de: "Unsere Definition steht auf der ersten Seite der Einarbeitungsmappe und im Kopf des Rückmeldebogens für die {clients}. Außerdem fragen wir im Jahresgespräch, wie jemand sie in der eigenen Arbeit umsetzt. In den Protokollen der Dienstbesprechung taucht sie seit 2024 regelmäßig auf.",
      en: "Our definition is on the first page of the induction folder and at the top of the feedback form for the {clients}. We also ask in the annual staff review how each person puts it into practice. Since 2024 it has come up regularly in the staff meeting minutes.",
    },
  },
  // evaluation
  {
    id: "leitbild.evaluation.all.1",
    area: "leitbild",
    dimension: "evaluation",
    models: ["lqw", "kqb", "kqs"],
    angle: "overview",
    audience: ["everyone"],
    kind: "experience",
    text: {
      de: "Wie gut bewährt sich {successDefinition} im Alltag? Hilft sie Ihnen bei Entscheidungen, oder bleibt sie eher ein Text auf dem Papier?",
      en: "How well does {successDefinition} hold up in everyday work? Does it help you make decisions, or does it stay words on paper?",
    },
    guidance: {
      de: "Geben Sie eine ehrliche Einschätzung und ein Beispiel, das sie stützt.",
      en: "Give an honest judgement and one example that supports it.",
    },
    example: {
      de: "Bei der Planung neuer Angebote hilft sie uns wirklich, weil wir gezielt fragen, was die {clients} am Ende können oder erreicht haben sollen. Im hektischen Alltag denke ich ehrlich gesagt selten daran. Sie ist also mehr als Papier, aber noch nicht in allen Köpfen.",
      en: "When planning new offers it really helps, because we ask specifically what the {clients} should be able to do or have achieved by the end. In the daily rush, to be honest, I rarely think of it. So it's more than paper, but not yet in everyone's head.",
    },
  },
  {
    id: "leitbild.evaluation.all.2",
    area: "leitbild",
    dimension: "evaluation",
    models: ["lqw", "kqb", "kqs"],
    angle: "voice",
    audience: ["everyone"],
    kind: "experience",
    text: {
      de: "Würden die {clients} Ihre Organisation so beschreiben, wie es das Leitbild tut? Wo stimmen Anspruch und Erleben überein, wo nicht?",
      en: "Would the {clients} describe your organisation the way the mission statement does? Where do aspiration and experience match, and where not?",
    },
    guidance: {
      de: "Stützen Sie sich auf Rückmeldungen oder Gespräche und nennen Sie je ein Beispiel.",
      en: "Draw on feedback or conversations and give one example of each.",
    },
    example: {
      de: "Freundlich und offen – das hören wir oft, das passt zum Leitbild. Dass wir „für alle erreichbar“ sind, sehen die {clients} anders: Wer tagsüber arbeitet, erreicht uns telefonisch kaum. Da klafft eine Lücke zwischen Anspruch und Wirklichkeit.",
      en: "Friendly and open – we hear that a lot, and it fits the mission statement. That we are ‘accessible to everyone’ is something the {clients} see differently: people who work during the day can hardly reach us by phone. There is a gap between aspiration and reality.",
    },
  },
  {
    id: "leitbild.evaluation.all.3",
    area: "leitbild",
    dimension: "evaluation",
    models: ["lqw", "kqb", "kqs"],
    angle: "change",
    audience: ["everyone"],
    kind: "experience",
    text: {
      de: "Welcher Teil des Leitbilds passt nicht mehr ganz zur Wirklichkeit, weil sich Ihre Arbeit, die {clients} oder die Rahmenbedingungen verändert haben?",
      en: "Which part of the mission statement no longer quite fits reality, because your work, the {clients} or the conditions around you have changed?",
    },
    guidance: {
      de: "Nennen Sie die Stelle und was sich verändert hat, seit sie geschrieben wurde.",
      en: "Name the passage and what has changed since it was written.",
    },
    example: {
      de: "Im Leitbild steht, dass wir vor allem vor Ort für die Menschen da sind. Seit der Pandemie findet aber ein guter Teil unserer Arbeit per Video oder Telefon statt, und viele der {clients} wünschen sich das so. Dazu sagt das Leitbild bisher nichts.",
      en: "The mission statement says we are there for people mainly in person. Since the pandemic, though, a good part of our work happens by video or phone, and many of the {clients} prefer it that way. The mission statement says nothing about this yet.",
    },
  },
  {
    id: "leitbild.evaluation.all.4",
    area: "leitbild",
    dimension: "evaluation",
    models: ["lqw", "kqb", "kqs"],
    angle: "difficulty",
    audience: ["everyone"],
    kind: "experience",
    text: {
      de: "Wo fällt es Ihnen oder Ihren Kolleginnen und Kollegen schwer, nach dem Leitbild zu handeln? Liegt das am Leitbild selbst oder an den Bedingungen?",
      en: "Where do you or your colleagues find it hard to act according to the mission statement? Is that down to the statement itself or to the conditions?",
    },
    guidance: {
      de: "Nennen Sie eine Situation und Ihre Einschätzung, woran es liegt.",
      en: "Describe one situation and what you think causes the difficulty.",
    },
    example: {
      de: "Wir wollen jedem Menschen mit Zeit und Ruhe begegnen, haben aber montags so viele Anfragen, dass das kaum gelingt. Am Leitbild liegt das nicht – der Grundsatz ist richtig. Es liegt an der knappen Besetzung und daran, wie wir die Sprechzeiten verteilt haben.",
      en: "We want to meet everyone with time and calm, but on Mondays there are so many enquiries that we rarely manage it. That isn't the mission statement's fault – the principle is right. It's down to thin staffing and to how we have spread our opening hours.",
    },
  },
  // conclusions
  {
    id: "leitbild.conclusions.all.1",
    area: "leitbild",
    dimension: "conclusions",
    models: ["lqw", "kqb", "kqs"],
    angle: "overview",
    audience: ["everyone"],
    kind: "experience",
    text: {
      de: "Was sollte am Leitbild so bleiben, wie es ist, und was sollte bei der nächsten Überarbeitung anders werden?",
      en: "What in the mission statement should stay as it is, and what should change at the next revision?",
    },
    guidance: {
      de: "Nennen Sie je einen Punkt zum Beibehalten und zum Ändern, jeweils mit kurzer Begründung.",
      en: "Name one point to keep and one to change, each with a short reason.",
    },
    example: {
      de: "Beibehalten wollen wir den Kern: Die {clients} bestimmen ihre Ziele mit, wir schaffen gute Bedingungen dafür. Ändern sollten wir den Abschnitt über Erreichbarkeit, weil er Telefon, Video und E-Mail gar nicht erwähnt. Das bringe ich bei der Überarbeitung im nächsten Jahr ein.",
      en: "We want to keep the core: the {clients} help set their own goals, and we create good conditions for that. We should change the section on accessibility, because it doesn't mention phone, video or email at all. I'll raise that at next year's revision.",
    },
  },
  {
    id: "leitbild.conclusions.all.2",
    area: "leitbild",
    dimension: "conclusions",
    models: ["lqw", "kqb", "kqs"],
    angle: "change",
    audience: ["everyone"],
    kind: "experience",
    text: {
      de: "Wenn Sie {successDefinition} neu schreiben dürften: Welchen Satz würden Sie ergänzen, streichen oder anders fassen – und warum?",
      en: "If you could rewrite {successDefinition}, which sentence would you add, remove or word differently, and why?",
    },
    guidance: {
      de: "Schlagen Sie eine konkrete Formulierung vor und sagen Sie, was sie verbessert.",
      en: "Suggest a concrete wording and say what it improves.",
    },
    example: {
      de: "Ich würde ergänzen, dass Gelingen auch heißt, den nächsten Schritt allein gehen zu können. Bisher klingt unsere Definition so, als sei alles erreicht, wenn unser Angebot endet. Mir fehlt der Blick darauf, was die {clients} danach selbst weiterführen.",
      en: "I would add that success also means being able to take the next step on your own. At the moment our definition sounds as if everything is achieved once our service ends. I miss a view of what the {clients} carry on with by themselves afterwards.",
    },
  },
  {
    id: "leitbild.conclusions.all.3",
    area: "leitbild",
    dimension: "conclusions",
    models: ["lqw", "kqb", "kqs"],
    angle: "voice",
    audience: ["everyone"],
    kind: "experience",
    text: {
      de: "Welche Rückmeldung von {clients} oder Kolleginnen und Kollegen sollte in die nächste Fassung des Leitbilds einfließen – und wie sorgen Sie dafür?",
      en: "Which feedback from {clients} or colleagues should go into the next version of the mission statement, and how will you make sure it does?",
    },
    guidance: {
      de: "Nennen Sie die Rückmeldung, die Änderung, die daraus folgt, und wer sie einbringt.",
      en: "Name the feedback, the change it suggests and who will put it forward.",
    },
    example: {
      de: "Mehrere der {clients} haben gesagt, dass sie unser Leitbild kaum verstehen, weil es zu viele Fachbegriffe enthält. Ich schlage eine zusätzliche Fassung in einfacher Sprache vor. Ich bringe das in die Dienstbesprechung im Februar ein und biete an, einen ersten Entwurf zu schreiben.",
      en: "Several of the {clients} told us they hardly understand our mission statement because it is full of jargon. I'm proposing an additional plain-language version. I'll raise it at the February staff meeting and offer to write a first draft.",
    },
  },
  {
    id: "leitbild.conclusions.all.4",
    area: "leitbild",
    dimension: "conclusions",
    models: ["lqw", "kqb", "kqs"],
    angle: "difficulty",
    audience: ["everyone"],
    kind: "experience",
    text: {
      de: "Welches Hindernis, nach dem Leitbild zu arbeiten, wollen Sie als Nächstes angehen? Was schlagen Sie als ersten Schritt vor?",
      en: "Which obstacle to working by the mission statement do you want to tackle next? What first step do you propose?",
    },
    guidance: {
      de: "Nennen Sie das Hindernis, den ersten Schritt, die zuständige Person und einen Termin.",
      en: "Name the obstacle, the first step, the person responsible and a date.",
    },
    example: {
      de: "Wir wollen den Andrang am Montag entzerren, damit wieder Zeit für ruhige Erstgespräche bleibt. Frau Berger aus der Verwaltung prüft bis Ende März, ob eine zusätzliche Telefonzeit am Dienstagabend möglich ist. In der Dienstbesprechung im April entscheiden wir darüber.",
      en: "We want to ease the Monday rush so that there is time again for calm first conversations. Ms Berger from the office will check by the end of March whether an extra phone slot on Tuesday evenings is possible. We'll decide at the April staff meeting.",
    },
  },

  // ───────────────────────── QB 2 Bedarfserschließung ─────────────────────────
  // rationale
  {
    id: "bedarfserschliessung.rationale.all.1",
    area: "bedarfserschliessung",
    dimension: "rationale",
    models: ["lqw", "kqb", "kqs"],
    angle: "overview",
    audience: ["everyone"],
    kind: "experience",
    text: {
      de: "Warum fragen Sie gezielt nach dem Bedarf, statt Ihre Angebote einfach fortzuschreiben? Was gewinnen die {clients} dadurch?",
      en: "Why do you actively find out what people need instead of simply carrying on with your existing offers? What do the {clients} gain from this?",
    },
    guidance: {
      de: "Nennen Sie Ihren wichtigsten Grund und den Nutzen für die {clients}.",
      en: "Give your main reason and the benefit for the {clients}.",
    },
    example: {
      de: "Die Lebenslagen der Menschen ändern sich schneller als unser Angebot. Wenn wir nicht nachfragen, bieten wir womöglich an, was wir gut können, aber nicht, was gebraucht wird. Die {clients} bekommen so Angebote, die zu ihrer Lage passen, und müssen sich nicht anderswo Hilfe suchen.",
      en: "People's circumstances change faster than our offers. If we don't ask, we may end up offering what we're good at rather than what is needed. This way the {clients} get offers that fit their situation and don't have to look for help elsewhere.",
    },
  },
  {
    id: "bedarfserschliessung.rationale.all.2",
    area: "bedarfserschliessung",
    dimension: "rationale",
    models: ["lqw", "kqb", "kqs"],
    angle: "difficulty",
    audience: ["management"],
    kind: "experience",
    text: {
      de: "Neben den {clients} haben auch Geldgeber, Auftraggeber und Partner Erwartungen an Sie. Wie begründen Sie, wessen Bedarf im Zweifel Vorrang hat?",
      en: "Besides the {clients}, funders, commissioning bodies and partners also have expectations of you. How do you justify whose needs take priority when they conflict?",
    },
    guidance: {
      de: "Nennen Sie einen Fall, in dem Erwartungen auseinandergingen, und Ihre Begründung.",
      en: "Describe a case where expectations differed and how you justified your choice.",
    },
    example: {
      de: "Unser Geldgeber wollte möglichst viele kurze Termine, die {clients} brauchten aber oft längere Gespräche. Wir haben mit unserem Leitbild argumentiert: Uns geht es darum, dass die Unterstützung wirkt, nicht um die bloße Zahl der Kontakte. Am Ende haben wir uns auf eine Mischung geeinigt.",
      en: "Our funder wanted as many short appointments as possible, but the {clients} often needed longer conversations. We argued from our mission statement: what matters to us is that support works, not the sheer number of contacts. In the end we agreed on a mix.",
    },
  },
  {
    id: "bedarfserschliessung.rationale.all.3",
    area: "bedarfserschliessung",
    dimension: "rationale",
    models: ["lqw", "kqb", "kqs"],
    angle: "overview",
    audience: ["pedagogical"],
    kind: "experience",
    text: {
      de: "Was müssen Sie über die Lebenslage und die Ziele der {clients} wissen, damit gelingen kann, was {successDefinition} beschreibt?",
      en: "What do you need to know about the circumstances and goals of the {clients} so that what {successDefinition} describes can actually happen?",
    },
    guidance: {
      de: "Nennen Sie zwei oder drei Dinge, die Sie wissen müssen, und warum.",
      en: "Name two or three things you need to know, and why.",
    },
    example: {
      de: "Wir müssen wissen, zu welchen Zeiten die Menschen können, welche Erfahrungen sie mitbringen und was sie sich konkret vornehmen. Ohne das planen wir an ihnen vorbei. Gelingen heißt bei uns, dass die {clients} ihre eigenen Ziele erreichen – dafür müssen wir diese Ziele erst einmal kennen.",
      en: "We need to know when people are available, what experience they bring and what exactly they want to achieve. Without that we plan past them. For us success means the {clients} reach their own goals, so first of all we have to know what those goals are.",
    },
  },
  {
    id: "bedarfserschliessung.rationale.all.4",
    area: "bedarfserschliessung",
    dimension: "rationale",
    models: ["lqw", "kqb", "kqs"],
    angle: "example",
    audience: ["pedagogical", "management"],
    kind: "experience",
    text: {
      de: "Denken Sie an ein Angebot, das entstanden ist, weil Sie einen Bedarf erkannt haben. Warum war es Ihnen wichtig, gerade diesen Bedarf aufzugreifen?",
      en: "Think of an offer that came about because you spotted a need. Why was it important to you to respond to that particular need?",
    },
    guidance: {
      de: "Nennen Sie das Angebot, den Bedarf und Ihren Grund – gern mit Bezug zum Leitbild.",
      en: "Name the offer, the need and your reason, ideally linked to your mission statement.",
    },
    example: {
      de: "Wir haben eine offene Sprechstunde für Alleinerziehende eingerichtet, weil sie feste Termine oft nicht einhalten konnten. Das war uns wichtig, weil unser Leitbild sagt, dass niemand an den Rahmenbedingungen scheitern soll. Gerade diese Gruppe fiel bei uns sonst durchs Raster.",
      en: "We set up an open drop-in session for single parents, because they often couldn't keep fixed appointments. It mattered to us because our mission statement says nobody should fail because of their circumstances. This group in particular was otherwise slipping through the net.",
    },
  },
  // procedures
  {
    id: "bedarfserschliessung.procedures.all.1",
    area: "bedarfserschliessung",
    dimension: "procedures",
    models: ["lqw", "kqb", "kqs"],
    angle: "overview",
    audience: ["everyone"],
    kind: "experience",
    text: {
      de: "Auf welchen Wegen erfahren Sie, was die {clients} brauchen – etwa aus Gesprächen, Anfragen, Wartelisten, Statistiken oder von Partnern? Wer sammelt das, und wie oft?",
      en: "How do you find out what the {clients} need: conversations, enquiries, waiting lists, statistics, partners? Who collects this, and how often?",
    },
    guidance: {
      de: "Nennen Sie die wichtigsten Quellen, wer zuständig ist und in welchem Rhythmus.",
      en: "Name the main sources, who is responsible and how often it happens.",
    },
    example: {
      de: "Anfragen, die wir nicht bedienen können, notiert die Verwaltung in einer Liste „Offene Wünsche“. Einmal im Quartal werten wir die Liste mit der Leitung aus und vergleichen sie mit Zahlen aus dem Landkreis. Dazu kommen zwei Treffen im Jahr mit unseren wichtigsten Partnern.",
      en: "The office logs enquiries we can't meet in an ‘Open requests’ list. Once a quarter we review it with management and compare it with figures from the district. On top of that there are two meetings a year with our most important partners.",
    },
  },
  {
    id: "bedarfserschliessung.procedures.all.2",
    area: "bedarfserschliessung",
    dimension: "procedures",
    models: ["lqw", "kqb", "kqs"],
    angle: "example",
    audience: ["everyone"],
    kind: "experience",
    text: {
      de: "Wie ist zuletzt ein konkreter Hinweis auf einen Bedarf bei Ihnen angekommen, und was ist dann damit passiert? Wer hat ihn aufgenommen, wer entschieden?",
      en: "How did a concrete sign of a need last reach you, and what happened to it? Who picked it up, and who made the decision?",
    },
    guidance: {
      de: "Schildern Sie den Weg vom Hinweis bis zur Entscheidung, Schritt für Schritt.",
      en: "Trace the path from the first hint to the decision, step by step.",
    },
    example: {
      de: "Eine Kollegin merkte im Frühjahr, dass die {clients} immer häufiger nach Hilfe bei Anträgen im Internet fragten. Sie sprach das in der Dienstbesprechung an, und die Leitung bat sie, vier Wochen lang mitzuzählen. Nach 23 Anfragen war klar: Wir richten dafür eine feste Sprechzeit ein.",
      en: "In spring a colleague noticed that the {clients} were asking more and more often for help with online applications. She raised it at the staff meeting, and management asked her to keep count for four weeks. After 23 requests it was clear: we would set up a regular slot for it.",
    },
  },
  {
    id: "bedarfserschliessung.procedures.all.3",
    area: "bedarfserschliessung",
    dimension: "procedures",
    models: ["lqw", "kqb", "kqs"],
    angle: "difficulty",
    audience: ["everyone"],
    kind: "experience",
    text: {
      de: "Wie erfahren Sie etwas über den Bedarf von Menschen, die Ihre Angebote bisher gar nicht nutzen?",
      en: "How do you find out about the needs of people who don't use your services at all yet?",
    },
    guidance: {
      de: "Nennen Sie Wege, Partner oder Orte, über die Sie diese Menschen erreichen.",
      en: "Name the channels, partners or places through which you reach these people.",
    },
    example: {
      de: "Das ist schwierig, weil diese Menschen sich ja nicht bei uns melden. Wir fragen deshalb regelmäßig bei Stadtteilzentren, Migrationsdiensten und Arztpraxen nach, was dort an Bedarf auffällt. Zweimal im Jahr stehen wir mit einem Stand auf dem Wochenmarkt und kommen so mit Menschen ins Gespräch, die uns nicht kennen.",
      en: "It's hard, because these people don't contact us. So we regularly ask neighbourhood centres, migration services and GP practices what needs they notice. Twice a year we have a stall at the weekly market and get talking to people who don't know us yet.",
    },
  },
  {
    id: "bedarfserschliessung.procedures.all.4",
    area: "bedarfserschliessung",
    dimension: "procedures",
    models: ["lqw", "kqb", "kqs"],
    angle: "change",
    audience: ["pedagogical", "management"],
    kind: "experience",
    text: {
      de: "Was hat sich in den letzten zwei Jahren daran verändert, wie Sie Bedarf erkennen – etwa durch neue Partner, Anfragen über das Internet oder neue Zielgruppen?",
      en: "What has changed in the last two years in how you identify needs, for example through new partners, online enquiries or new target groups?",
    },
    guidance: {
      de: "Nennen Sie, was neu ist, seit wann, und warum Sie es geändert haben.",
      en: "Say what is new, since when, and why you changed it.",
    },
    example: {
      de: "Seit 2023 kommt fast die Hälfte der Anfragen über das Kontaktformular auf unserer Internetseite. Wir haben das Formular um die Frage ergänzt, was jemand bei uns gesucht, aber nicht gefunden hat. Die Antworten wertet eine Kollegin jeden Monat aus.",
      en: "Since 2023 almost half of all enquiries come through the contact form on our website. We added a question asking what someone was looking for but didn't find. A colleague reviews the answers every month.",
    },
  },
  // results
  {
    id: "bedarfserschliessung.results.all.1",
    area: "bedarfserschliessung",
    dimension: "results",
    models: ["lqw", "kqb", "kqs"],
    angle: "evidence",
    audience: ["management", "qualityOfficer"],
    kind: "fact",
    text: {
      de: "Welche Unterlagen zeigen, welche Bedarfe Sie zuletzt erhoben haben – etwa eine Auswertung von Anfragen, eine Umfrage, Gesprächsnotizen oder Protokolle mit Partnern?",
      en: "Which documents show the needs you have recently identified, such as an analysis of enquiries, a survey, conversation notes or minutes of meetings with partners?",
    },
    guidance: {
      de: "Nennen Sie die Unterlagen mit Datum und was sie zeigen.",
      en: "Name the documents with dates and what they show.",
    },
    example: {
      de: "Wir haben die Auswertung der Liste „Offene Wünsche“ für 2024, eine kurze Umfrage unter den {clients} vom Mai 2024 mit 112 Antworten und die Protokolle der beiden Partnertreffen. Die Umfrage zeigt zum Beispiel deutlich den Wunsch nach Terminen am frühen Abend.",
      en: "We have the 2024 analysis of our ‘Open requests’ list, a short survey of the {clients} from May 2024 with 112 responses and the minutes of both partner meetings. The survey, for example, clearly shows a wish for early-evening appointments.",
    },
  },
  {
    id: "bedarfserschliessung.results.all.2",
    area: "bedarfserschliessung",
    dimension: "results",
    models: ["lqw", "kqb", "kqs"],
    angle: "example",
    audience: ["pedagogical", "management"],
    kind: "experience",
    text: {
      de: "Nennen Sie ein Angebot, das in den letzten Jahren neu entstanden ist oder sich verändert hat, weil Sie einen Bedarf erkannt haben. Wo ist das dokumentiert?",
      en: "Name an offer that was created or changed in recent years because you identified a need. Where is that documented?",
    },
    guidance: {
      de: "Nennen Sie das Angebot, den Bedarf dahinter und den Nachweis.",
      en: "Name the offer, the need behind it and the evidence.",
    },
    example: {
      de: "Aus den vielen Fragen zu Behördenschreiben ist 2024 unsere Donnerstagssprechstunde „Post verstehen“ entstanden. Die Zählung der Anfragen und der Beschluss stehen im Protokoll vom 6. Juni 2024. Seitdem kommen im Schnitt acht Personen pro Woche.",
      en: "Our Thursday session ‘Understanding your post’ grew out of the many questions about official letters in 2024. The count of requests and the decision are in the minutes of 6 June 2024. Since then an average of eight people have come each week.",
    },
  },
  {
    id: "bedarfserschliessung.results.all.3",
    area: "bedarfserschliessung",
    dimension: "results",
    models: ["lqw", "kqb", "kqs"],
    angle: "voice",
    audience: ["pedagogical"],
    kind: "experience",
    text: {
      de: "Wie haben die {clients} auf ein neues oder verändertes Angebot reagiert? Welche Zahlen oder Rückmeldungen belegen das?",
      en: "How did the {clients} respond to a new or changed offer? Which figures or feedback show this?",
    },
    guidance: {
      de: "Nennen Sie das Angebot, die Reaktion und die Quelle, etwa Belegungszahlen oder Rückmeldebögen.",
      en: "Name the offer, the response and the source, e.g. uptake figures or feedback forms.",
    },
    example: {
      de: "Die Abendtermine, die wir nach der Umfrage eingeführt haben, waren nach drei Wochen ausgebucht. Auf den Rückmeldebögen schrieben mehrere der {clients}, dass sie ohne diese Zeiten gar nicht hätten kommen können. Die Belegung führen wir in unserem Terminkalender nach.",
      en: "The evening appointments we introduced after the survey were fully booked within three weeks. On the feedback forms several of the {clients} wrote that without these times they couldn't have come at all. We track bookings in our appointment calendar.",
    },
  },
  {
    id: "bedarfserschliessung.results.all.4",
    area: "bedarfserschliessung",
    dimension: "results",
    models: ["lqw", "kqb", "kqs"],
    angle: "overview",
    audience: ["pedagogical", "management"],
    kind: "experience",
    text: {
      de: "Welche Bedarfe haben Sie erkannt, aber bisher nicht aufgegriffen? Ist festgehalten, warum?",
      en: "Which needs have you identified but not yet responded to? Is the reason recorded?",
    },
    guidance: {
      de: "Nennen Sie den Bedarf, den Grund und ob und wo das dokumentiert ist.",
      en: "Name the need, the reason and whether and where this is documented.",
    },
    example: {
      de: "Es gibt seit Langem Nachfragen nach Angeboten am Wochenende. Wir haben das bisher nicht umgesetzt, weil uns Personal und geeignete Räume fehlen. Das steht im Protokoll der Jahresplanung, aber ohne Termin, wann wir es wieder prüfen.",
      en: "For a long time people have been asking for weekend services. We haven't done it so far because we lack staff and suitable rooms. That is in the minutes of our annual planning, but with no date for looking at it again.",
    },
  },
  // evaluation
  {
    id: "bedarfserschliessung.evaluation.all.1",
    area: "bedarfserschliessung",
    dimension: "evaluation",
    models: ["lqw", "kqb", "kqs"],
    angle: "overview",
    audience: ["everyone"],
    kind: "experience",
    text: {
      de: "Wie gut wissen Sie, was die {clients} brauchen, um das zu erreichen, was {successDefinition} beschreibt? Wo tappen Sie eher im Dunkeln?",
      en: "How well do you know what the {clients} need in order to achieve what {successDefinition} describes? Where are you still rather in the dark?",
    },
    guidance: {
      de: "Geben Sie eine ehrliche Einschätzung und nennen Sie eine Stärke und eine Lücke.",
      en: "Give an honest judgement and name one strength and one gap.",
    },
    example: {
      de: "Über die Menschen, die regelmäßig kommen, wissen wir viel, weil wir im Gespräch ihre Ziele festhalten. Wenig wissen wir darüber, was nach dem Ende unseres Angebots aus ihnen wird und ob sie ihre Ziele wirklich erreicht haben. Da verlassen wir uns mehr auf Eindrücke als auf Wissen.",
      en: "We know a lot about the people who come regularly, because we note their goals in conversation. We know little about what becomes of them once our service ends and whether they really reached their goals. There we rely more on impressions than on knowledge.",
    },
  },
  {
    id: "bedarfserschliessung.evaluation.all.2",
    area: "bedarfserschliessung",
    dimension: "evaluation",
    models: ["lqw", "kqb", "kqs"],
    angle: "difficulty",
    audience: ["everyone"],
    kind: "experience",
    text: {
      de: "Wessen Bedarf bleibt bei Ihnen bisher eher unsichtbar – und woran liegt das?",
      en: "Whose needs have so far stayed largely invisible to you, and why?",
    },
    guidance: {
      de: "Nennen Sie eine Gruppe und Ihre Vermutung, warum Sie sie kaum erreichen.",
      en: "Name one group and why you think you rarely reach them.",
    },
    example: {
      de: "Junge Männer zwischen 18 und 25 tauchen bei uns kaum auf, obwohl wir von Partnern hören, dass der Bedarf groß ist. Ich vermute, dass unsere Angebote und unsere Sprache sie nicht ansprechen und dass sie uns schlicht nicht kennen. Wir fragen sie auch nirgends gezielt.",
      en: "Young men aged 18 to 25 hardly ever turn up, although partners tell us the need is high. I suspect our services and our language don't speak to them and that they simply don't know us. We don't ask them anywhere specifically either.",
    },
  },
  {
    id: "bedarfserschliessung.evaluation.all.3",
    area: "bedarfserschliessung",
    dimension: "evaluation",
    models: ["lqw", "kqb", "kqs"],
    angle: "example",
    audience: ["pedagogical", "management"],
    kind: "experience",
    text: {
      de: "Denken Sie an ein Angebot, das kaum angenommen wurde oder abgesagt werden musste. Was sagt das darüber, wie gut Sie den Bedarf eingeschätzt hatten?",
      en: "Think of an offer that hardly anyone took up or that had to be cancelled. What does that say about how well you had judged the need?",
    },
    guidance: {
      de: "Nennen Sie das Angebot und Ihre ehrliche Einschätzung, woran es lag.",
      en: "Name the offer and your honest view of what went wrong.",
    },
    example: {
      de: "Unsere Reihe zum Thema Gesundheit im Herbst mussten wir nach zwei Terminen absagen. Der Bedarf war da, das zeigen die Anfragen, aber wir hatten nicht gefragt, zu welcher Uhrzeit die Menschen können. Den Inhalt haben wir also richtig eingeschätzt, die Bedingungen falsch.",
      en: "We had to cancel our autumn series on health after two sessions. The need was there – the enquiries show that – but we hadn't asked when people could come. So we judged the content right but the conditions wrong.",
    },
  },
  {
    id: "bedarfserschliessung.evaluation.all.4",
    area: "bedarfserschliessung",
    dimension: "evaluation",
    models: ["lqw", "kqb", "kqs"],
    angle: "voice",
    audience: ["pedagogical"],
    kind: "experience",
    text: {
      de: "Was sagen die {clients} selbst darüber, ob Ihre Angebote zu ihrem Bedarf passen? Wie schätzen Sie diese Rückmeldungen ein?",
      en: "What do the {clients} themselves say about whether your services fit their needs? How do you weigh that feedback?",
    },
    guidance: {
      de: "Nennen Sie eine typische Rückmeldung und ob Sie sie für berechtigt halten.",
      en: "Give a typical comment and whether you think it is justified.",
    },
    example: {
      de: "Oft hören wir, dass unsere Angebote gut sind, aber zu spät im Jahr beginnen oder zu weit weg stattfinden. Das halte ich für berechtigt: Wir planen sehr nach unseren eigenen Abläufen. Mit den Inhalten sind die meisten zufrieden, das zeigen auch die Rückmeldebögen.",
      en: "We often hear that our services are good but start too late in the year or take place too far away. I think that's fair: we plan very much around our own routines. Most people are happy with the content, which the feedback forms confirm.",
    },
  },
  // conclusions
  {
    id: "bedarfserschliessung.conclusions.all.1",
    area: "bedarfserschliessung",
    dimension: "conclusions",
    models: ["lqw", "kqb", "kqs"],
    angle: "overview",
    audience: ["everyone"],
    kind: "experience",
    text: {
      de: "Welche Ihrer Wege, Bedarf zu erkennen, wollen Sie beibehalten, welche aufgeben – und was wollen Sie neu ausprobieren?",
      en: "Which of your ways of identifying needs do you want to keep, which will you drop, and what new approach do you want to try?",
    },
    guidance: {
      de: "Nennen Sie je einen Punkt und kurz den Grund.",
      en: "Name one point for each and briefly say why.",
    },
    example: {
      de: "Die Liste „Offene Wünsche“ behalten wir, sie ist einfach und ergiebig. Die große jährliche Umfrage geben wir auf, weil kaum jemand antwortet. Stattdessen stellen wir am Ende jedes Termins zwei kurze Fragen und sammeln die Antworten monatlich.",
      en: "We'll keep the ‘Open requests’ list; it's simple and productive. We'll drop the big annual survey because hardly anyone responds. Instead we'll ask two short questions at the end of each appointment and collect the answers monthly.",
    },
  },
  {
    id: "bedarfserschliessung.conclusions.all.2",
    area: "bedarfserschliessung",
    dimension: "conclusions",
    models: ["lqw", "kqb", "kqs"],
    angle: "difficulty",
    audience: ["everyone"],
    kind: "experience",
    text: {
      de: "Wie wollen Sie künftig Menschen erreichen, deren Bedarf Sie bisher kaum kennen? Was schlagen Sie als ersten Schritt vor?",
      en: "How will you reach people whose needs you barely know so far? What first step do you propose?",
    },
    guidance: {
      de: "Nennen Sie die Gruppe, den ersten Schritt, die zuständige Person und einen Termin.",
      en: "Name the group, the first step, the person responsible and a date.",
    },
    example: {
      de: "Wir wollen junge Erwachsene besser erreichen. Herr Yilmaz spricht bis Ende April mit dem Jugendmigrationsdienst und zwei Berufsschulen darüber, was diese jungen Menschen brauchen. Die Ergebnisse stellt er im Mai in der Dienstbesprechung vor, dann entscheiden wir über ein erstes Angebot.",
      en: "We want to reach young adults better. By the end of April Mr Yilmaz will talk to the youth migration service and two vocational schools about what these young people need. He'll present the findings at the May staff meeting, and then we'll decide on a first offer.",
    },
  },
  {
    id: "bedarfserschliessung.conclusions.all.3",
    area: "bedarfserschliessung",
    dimension: "conclusions",
    models: ["lqw", "kqb", "kqs"],
    angle: "change",
    audience: ["everyone"],
    kind: "experience",
    text: {
      de: "Wie könnte aus einem erkannten Bedarf künftig schneller ein passendes Angebot werden? Was müsste sich dafür an Ihrem Ablauf ändern?",
      en: "How could a need you have identified turn into a suitable offer more quickly? What would have to change in the way you work?",
    },
    guidance: {
      de: "Nennen Sie die Stelle, an der es heute hängt, und eine konkrete Änderung.",
      en: "Name where things get stuck today and one concrete change.",
    },
    example: {
      de: "Heute warten neue Ideen oft bis zur Jahresplanung im Herbst. Für kleine Angebote führen wir deshalb einen kurzen Weg ein: ein Vorschlag auf einer Seite, die Leitung entscheidet innerhalb von zwei Wochen. Das probieren wir ab Januar ein Jahr lang aus.",
      en: "Today new ideas often wait until annual planning in the autumn. For small offers we're therefore introducing a short route: a one-page proposal, with management deciding within two weeks. We'll try it for a year from January.",
    },
  },
  {
    id: "bedarfserschliessung.conclusions.all.4",
    area: "bedarfserschliessung",
    dimension: "conclusions",
    models: ["lqw", "kqb", "kqs"],
    angle: "voice",
    audience: ["pedagogical", "management"],
    kind: "experience",
    text: {
      de: "Welche Rückmeldung von {clients} oder Partnern wollen Sie bei der nächsten Planung ausdrücklich berücksichtigen – und wie sorgen Sie dafür, dass sie nicht verloren geht?",
      en: "Which feedback from {clients} or partners do you want to take explicitly into account in your next planning, and how will you make sure it isn't lost?",
    },
    guidance: {
      de: "Nennen Sie die Rückmeldung und wo und von wem sie festgehalten wird.",
      en: "Name the feedback and where and by whom it will be recorded.",
    },
    example: {
      de: "Der Wunsch nach Terminen am frühen Abend kam so oft, dass wir ihn in der Jahresplanung im Oktober als festen Punkt aufnehmen. Ich trage ihn dafür in die Planungsvorlage ein. Die Leitung hat zugesagt, dass wir dort festhalten, was wir umsetzen und was nicht – und warum.",
      en: "The request for early-evening appointments came up so often that it will be a fixed item at our October annual planning. I'll enter it in the planning template. Management has agreed that we'll record there what we implement and what we don't, and why.",
    },
  },

  // ───────────────────────── QB 3 Schlüsselprozesse ─────────────────────────
  // rationale
  {
    id: "schluesselprozesse.rationale.all.1",
    area: "schluesselprozesse",
    dimension: "rationale",
    models: ["lqw", "kqb", "kqs"],
    angle: "overview",
    audience: ["everyone"],
    kind: "experience",
    text: {
      de: "Welche Abläufe sind so wichtig, dass ohne sie nicht gelingen kann, was {successDefinition} beschreibt? Warum gerade diese?",
      en: "Which processes matter so much that what {successDefinition} describes could not succeed without them? Why these ones?",
    },
    guidance: {
      de: "Nennen Sie zwei oder drei Abläufe und jeweils den Grund.",
      en: "Name two or three processes and the reason for each.",
    },
    example: {
      de: "Für uns sind das der Erstkontakt, die Terminplanung und der Umgang mit Beschwerden. Beim Erstkontakt entscheidet sich, ob die {clients} überhaupt wiederkommen. Wenn Termine ausfallen oder Beschwerden liegen bleiben, verlieren wir Vertrauen – und ohne Vertrauen gelingt bei uns nichts.",
      en: "For us these are first contact, scheduling and handling complaints. First contact decides whether the {clients} come back at all. If appointments fall through or complaints are left lying, we lose trust – and without trust nothing works here.",
    },
  },
  {
    id: "schluesselprozesse.rationale.all.2",
    area: "schluesselprozesse",
    dimension: "rationale",
    models: ["lqw", "kqb", "kqs"],
    angle: "example",
    audience: ["administration"],
    kind: "experience",
    text: {
      de: "Nehmen Sie einen Ablauf im Hintergrund, etwa Abrechnung, Raumplanung oder Datenschutz. Warum ist er trotzdem wichtig dafür, dass die {clients} gut bei Ihnen ankommen?",
      en: "Take a behind-the-scenes process such as billing, room planning or data protection. Why does it still matter for the {clients} having a good experience with you?",
    },
    guidance: {
      de: "Beschreiben Sie, was die {clients} merken, wenn dieser Ablauf gut oder schlecht läuft.",
      en: "Describe what the {clients} notice when this process runs well or badly.",
    },
    example: {
      de: "Die Raumplanung sieht niemand, aber alle merken sie. Wenn zwei Gruppen denselben Raum gebucht haben, stehen die {clients} im Flur und fühlen sich nicht willkommen. Deshalb ist eine verlässliche Raumbelegung für uns kein Verwaltungskram, sondern Teil guter Arbeit.",
      en: "Nobody sees room planning, but everyone feels it. When two groups have booked the same room, the {clients} end up standing in the corridor and feel unwelcome. That's why reliable room booking is not admin trivia for us but part of doing good work.",
    },
  },
  {
    id: "schluesselprozesse.rationale.all.3",
    area: "schluesselprozesse",
    dimension: "rationale",
    models: ["lqw", "kqb", "kqs"],
    angle: "voice",
    audience: ["everyone"],
    kind: "experience",
    text: {
      de: "Welche Erwartungen der {clients} – etwa an Erreichbarkeit, Wartezeiten oder verständliche Unterlagen – haben bestimmt, wie Sie Ihre Abläufe gestaltet haben?",
      en: "Which expectations of the {clients}, such as being easy to reach, short waiting times or clear paperwork, have shaped how you designed your processes?",
    },
    guidance: {
      de: "Nennen Sie eine Erwartung und wie sie sich in einem Ablauf wiederfindet.",
      en: "Name one expectation and how it shows up in a process.",
    },
    example: {
      de: "Viele sagen uns, dass sie am Telefon nicht ewig warten oder dreimal anrufen wollen. Deshalb rufen wir seit letztem Jahr innerhalb eines Werktags zurück, wenn jemand auf den Anrufbeantworter spricht. Das haben wir so festgelegt, weil schnelle Erreichbarkeit bei den {clients} Vertrauen schafft.",
      en: "Many people tell us they don't want to wait forever on the phone or call three times. So since last year we call back within one working day when someone leaves a message. We decided this because being easy to reach builds trust with the {clients}.",
    },
  },
  {
    id: "schluesselprozesse.rationale.all.4",
    area: "schluesselprozesse",
    dimension: "rationale",
    models: ["lqw", "kqb", "kqs"],
    angle: "difficulty",
    audience: ["management", "qualityOfficer"],
    kind: "experience",
    text: {
      de: "Warum regeln Sie manche Abläufe genau und lassen bei anderen bewusst Spielraum? Nennen Sie je ein Beispiel.",
      en: "Why do you lay down some processes in detail and deliberately leave room for judgement in others? Give an example of each.",
    },
    guidance: {
      de: "Nennen Sie je einen Ablauf und Ihre Begründung.",
      en: "Name one process of each kind and your reasoning.",
    },
    example: {
      de: "Datenschutz und Abrechnung regeln wir genau, weil Fehler dort den {clients} schaden können. Beim Erstgespräch geben wir nur wenige feste Punkte vor, damit die Kolleginnen und Kollegen auf den Menschen eingehen können. Ein starres Formular würde dort mehr verhindern als helfen.",
      en: "We regulate data protection and billing closely, because mistakes there can harm the {clients}. For the first conversation we set only a few fixed points so that colleagues can respond to the person in front of them. A rigid form would hinder more than help there.",
    },
  },
  // procedures
  {
    id: "schluesselprozesse.procedures.all.1",
    area: "schluesselprozesse",
    dimension: "procedures",
    models: ["lqw", "kqb", "kqs"],
    angle: "overview",
    audience: ["everyone"],
    kind: "experience",
    text: {
      de: "Nehmen Sie einen Ihrer wichtigsten Abläufe: Wie ist er beschrieben, wer ist verantwortlich, und wie erfahren neue Kolleginnen und Kollegen davon?",
      en: "Take one of your most important processes: how is it described, who is responsible, and how do new colleagues learn about it?",
    },
    guidance: {
      de: "Nennen Sie den Ablauf, die Form der Beschreibung und die zuständige Person.",
      en: "Name the process, how it is written down and who is responsible.",
    },
    example: {
      de: "Unser Ablauf „Erstkontakt“ ist auf zwei Seiten im Qualitätshandbuch beschrieben, mit Laufzettel und Gesprächsleitfaden. Verantwortlich ist Frau Kaya aus der Verwaltung. Neue Kolleginnen und Kollegen gehen ihn in der ersten Woche mit einer erfahrenen Kollegin durch und sind bei zwei Erstgesprächen dabei.",
      en: "Our ‘first contact’ process is described on two pages of the quality handbook, with a routing slip and a conversation guide. Ms Kaya from the office is responsible for it. New colleagues go through it with an experienced colleague in their first week and sit in on two first conversations.",
    },
  },
  {
    id: "schluesselprozesse.procedures.all.2",
    area: "schluesselprozesse",
    dimension: "procedures",
    models: ["lqw", "kqb", "kqs"],
    angle: "example",
    audience: ["everyone"],
    kind: "experience",
    text: {
      de: "Schildern Sie Schritt für Schritt, was zuletzt geschah, als sich jemand zum ersten Mal bei Ihnen gemeldet hat – bis zum ersten Termin oder Angebot.",
      en: "Describe step by step what happened the last time someone contacted you for the first time, up to their first appointment or offer.",
    },
    guidance: {
      de: "Nennen Sie die Schritte, wer sie übernommen hat und wie lange es gedauert hat.",
      en: "List the steps, who took each one and how long it took.",
    },
    example: {
      de: "Letzte Woche rief eine Frau an, die Verwaltung nahm ihre Angaben auf dem Laufzettel auf und gab ihn noch am selben Tag an mich weiter. Ich habe sie am nächsten Morgen zurückgerufen und einen Termin in der folgenden Woche vereinbart. Bis zum ersten Treffen vergingen insgesamt acht Tage.",
      en: "Last week a woman phoned; the office took her details on the routing slip and passed it to me the same day. I called her back the next morning and arranged an appointment for the following week. In total eight days passed before our first meeting.",
    },
  },
  {
    id: "schluesselprozesse.procedures.all.3",
    area: "schluesselprozesse",
    dimension: "procedures",
    models: ["lqw", "kqb", "kqs"],
    angle: "difficulty",
    audience: ["everyone"],
    kind: "experience",
    text: {
      de: "Wo hakt es zwischen Personen oder Bereichen – etwa bei Übergaben, Vertretungen oder Rückfragen? Wie ist geregelt, wer dann was tut?",
      en: "Where do things get stuck between people or departments, for instance at handovers, when covering for someone or with queries? How is it settled who does what then?",
    },
    guidance: {
      de: "Nennen Sie eine Stelle, an der es hakt, und die Regel, die dort gilt – oder fehlt.",
      en: "Name one point where things get stuck and the rule that applies there, or is missing.",
    },
    example: {
      de: "Bei Urlaub oder Krankheit bleiben Rückrufe manchmal liegen. Seit Kurzem gilt: Wer abwesend ist, leitet das Telefon um und trägt die Vertretung im gemeinsamen Kalender ein. Für E-Mails haben wir noch keine klare Regel.",
      en: "When someone is on holiday or off sick, call-backs sometimes get left. We recently introduced a rule: whoever is away diverts their phone and enters their stand-in in the shared calendar. We don't yet have a clear rule for emails.",
    },
  },
  {
    id: "schluesselprozesse.procedures.all.4",
    area: "schluesselprozesse",
    dimension: "procedures",
    models: ["lqw", "kqb", "kqs"],
    angle: "change",
    audience: ["management", "qualityOfficer"],
    kind: "fact",
    text: {
      de: "Wie und wie oft überprüfen Sie Ihre wichtigsten Abläufe, und wer schaut darauf? Was wurde zuletzt daran geändert?",
      en: "How and how often do you review your most important processes, and who looks at them? What was changed most recently?",
    },
    guidance: {
      de: "Nennen Sie den Rhythmus, die Beteiligten und eine konkrete Änderung.",
      en: "Name how often, who takes part and one concrete change.",
    },
    example: {
      de: "Einmal im Jahr nimmt sich der Qualitätszirkel zwei Abläufe vor und spricht darüber mit den Kolleginnen und Kollegen, die täglich damit arbeiten. Zuletzt haben wir die Terminbestätigung geändert: Statt eines Briefs verschicken wir jetzt eine Kurznachricht mit Erinnerung am Vortag.",
      en: "Once a year the quality circle takes on two processes and talks them through with the colleagues who use them daily. Most recently we changed appointment confirmations: instead of a letter we now send a text message with a reminder the day before.",
    },
  },
  // results
  {
    id: "schluesselprozesse.results.all.1",
    area: "schluesselprozesse",
    dimension: "results",
    models: ["lqw", "kqb", "kqs"],
    angle: "evidence",
    audience: ["management", "qualityOfficer"],
    kind: "fact",
    text: {
      de: "Welche Unterlagen beschreiben Ihre wichtigsten Abläufe – etwa Ablaufbeschreibungen, Laufzettel, ein Handbuch oder Zuständigkeitslisten? Wann wurden sie zuletzt aktualisiert?",
      en: "Which documents describe your key processes, such as process descriptions, routing slips, a handbook or lists of responsibilities? When were they last updated?",
    },
    guidance: {
      de: "Nennen Sie die Unterlagen mit Stand und Ablageort.",
      en: "Name the documents, their version date and where they are kept.",
    },
    example: {
      de: "Im Qualitätshandbuch sind sieben Abläufe beschrieben, jeweils mit Stand und verantwortlicher Person. Die Zuständigkeitsliste hängt im Büro und liegt auf dem gemeinsamen Laufwerk, Stand Januar 2025. Zwei Beschreibungen sind älter als drei Jahre und müssen überprüft werden.",
      en: "Our quality handbook describes seven processes, each with a version date and the person responsible. The list of responsibilities hangs in the office and is on the shared drive, as of January 2025. Two descriptions are more than three years old and need reviewing.",
    },
  },
  {
    id: "schluesselprozesse.results.all.2",
    area: "schluesselprozesse",
    dimension: "results",
    models: ["lqw", "kqb", "kqs"],
    angle: "change",
    audience: ["everyone"],
    kind: "experience",
    text: {
      de: "Nennen Sie einen Ablauf, der seit einer Änderung besser läuft. Woran lässt sich das ablesen – an Zahlen, Rückmeldungen oder weniger Rückfragen?",
      en: "Name a process that has worked better since it was changed. What shows this: figures, feedback or fewer queries?",
    },
    guidance: {
      de: "Nennen Sie die Änderung, die Wirkung und den Beleg.",
      en: "Name the change, its effect and the evidence.",
    },
    example: {
      de: "Seit wir am Vortag eine Erinnerung verschicken, sind versäumte Termine von etwa 15 auf 6 Prozent gesunken. Das zeigt die Auswertung unseres Terminkalenders für das erste Halbjahr. Auch die Verwaltung bekommt spürbar weniger Anrufe mit der Frage „Wann war mein Termin noch mal?“",
      en: "Since we started sending a reminder the day before, missed appointments have fallen from about 15 to 6 per cent. Our calendar analysis for the first half of the year shows this. The office also gets noticeably fewer calls asking ‘When was my appointment again?’",
    },
  },
  {
    id: "schluesselprozesse.results.all.3",
    area: "schluesselprozesse",
    dimension: "results",
    models: ["lqw", "kqb", "kqs"],
    angle: "voice",
    audience: ["everyone"],
    kind: "experience",
    text: {
      de: "Welche Rückmeldungen von {clients} beziehen sich auf Ihre Abläufe – etwa Erreichbarkeit, Wartezeiten, Anmeldung oder Rechnungen? Wo sind sie gesammelt?",
      en: "What feedback from {clients} concerns your processes, such as availability, waiting times, registration or invoices? Where is it collected?",
    },
    guidance: {
      de: "Nennen Sie eine typische Rückmeldung und die Quelle, etwa Bögen oder ein Beschwerdebuch.",
      en: "Give a typical comment and its source, e.g. forms or a complaints log.",
    },
    example: {
      de: "Im Beschwerdebuch für 2024 betreffen elf von 19 Einträgen nicht unsere eigentliche Arbeit, sondern Abläufe: schlechte telefonische Erreichbarkeit und unklare Rechnungen. Auf den Rückmeldebögen wird dagegen oft gelobt, wie schnell es einen Termin gibt. Beides ist in der Jahresauswertung festgehalten.",
      en: "In the 2024 complaints log, eleven of 19 entries are not about our actual work but about processes: poor phone availability and unclear invoices. The feedback forms, on the other hand, often praise how quickly appointments are given. Both are recorded in the annual review.",
    },
  },
  {
    id: "schluesselprozesse.results.all.4",
    area: "schluesselprozesse",
    dimension: "results",
    models: ["lqw", "kqb", "kqs"],
    angle: "overview",
    audience: ["management", "qualityOfficer"],
    kind: "fact",
    text: {
      de: "Welche Zahlen haben Sie zu Ihren wichtigsten Abläufen – etwa Wartezeiten, Bearbeitungsdauer oder ausgefallene Termine? Was zeigen sie für das letzte Jahr?",
      en: "What figures do you have on your key processes, such as waiting times, processing times or cancelled appointments? What do they show for the past year?",
    },
    guidance: {
      de: "Nennen Sie ein oder zwei Zahlen und woher sie stammen.",
      en: "Give one or two figures and where they come from.",
    },
    example: {
      de: "Vom ersten Anruf bis zum ersten Termin vergingen 2024 im Schnitt neun Werktage, im Jahr davor waren es 14. Die Zahlen stammen aus unserem Terminprogramm, die Verwaltung wertet sie halbjährlich aus. Bei Beschwerden zählen wir nur die Anzahl, nicht die Bearbeitungsdauer.",
      en: "In 2024 the average time from first call to first appointment was nine working days, down from 14 the year before. The figures come from our scheduling program, and the office analyses them every six months. For complaints we only count the number, not how long they take to resolve.",
    },
  },
  // evaluation
  {
    id: "schluesselprozesse.evaluation.all.1",
    area: "schluesselprozesse",
    dimension: "evaluation",
    models: ["lqw", "kqb", "kqs"],
    angle: "overview",
    audience: ["everyone"],
    kind: "experience",
    text: {
      de: "Welcher Ihrer wichtigen Abläufe läuft aus Ihrer Sicht richtig gut, und welcher kostet Sie und die {clients} unnötig Zeit oder Nerven?",
      en: "Which of your important processes works really well in your view, and which costs you and the {clients} unnecessary time or stress?",
    },
    guidance: {
      de: "Nennen Sie je einen Ablauf und begründen Sie Ihre Einschätzung kurz.",
      en: "Name one of each and briefly explain your judgement.",
    },
    example: {
      de: "Die Terminvergabe läuft gut: schnell, verlässlich, mit Erinnerung. Viel Zeit kosten dagegen die Formulare, weil die {clients} dieselben Angaben oft zweimal machen müssen – einmal für uns, einmal für den Geldgeber. Das ärgert alle Beteiligten.",
      en: "Scheduling works well: fast, reliable, with reminders. The forms, on the other hand, take a lot of time, because the {clients} often have to give the same details twice – once for us, once for the funder. That frustrates everyone involved.",
    },
  },
  {
    id: "schluesselprozesse.evaluation.all.2",
    area: "schluesselprozesse",
    dimension: "evaluation",
    models: ["lqw", "kqb", "kqs"],
    angle: "difficulty",
    audience: ["everyone"],
    kind: "experience",
    text: {
      de: "Wo hängt ein Ablauf zu sehr an einer einzelnen Person? Was passiert, wenn diese Person krank oder im Urlaub ist?",
      en: "Where does a process depend too heavily on one person? What happens when that person is ill or on holiday?",
    },
    guidance: {
      de: "Nennen Sie den Ablauf und wie hoch Sie das Risiko einschätzen.",
      en: "Name the process and how high you rate the risk.",
    },
    example: {
      de: "Die Abrechnung mit dem Geldgeber kann nur unsere Buchhalterin. Als sie im Sommer drei Wochen krank war, hätten wir fast eine Frist versäumt. Das Risiko halte ich für hoch, weil eine verspätete Abrechnung uns Geld kosten kann.",
      en: "Only our bookkeeper can do the billing with the funder. When she was off sick for three weeks in the summer, we nearly missed a deadline. I think the risk is high, because late billing can cost us money.",
    },
  },
  {
    id: "schluesselprozesse.evaluation.all.3",
    area: "schluesselprozesse",
    dimension: "evaluation",
    models: ["lqw", "kqb", "kqs"],
    angle: "voice",
    audience: ["everyone"],
    kind: "experience",
    text: {
      de: "Wie erleben die {clients} Ihre Abläufe – etwa Anmeldung, Wartezeiten oder Erreichbarkeit? Deckt sich das mit Ihrer eigenen Einschätzung?",
      en: "How do the {clients} experience your processes, such as registration, waiting times or being able to reach you? Does that match your own view?",
    },
    guidance: {
      de: "Stützen Sie sich auf Rückmeldungen und sagen Sie, wo Sie zustimmen oder widersprechen.",
      en: "Draw on feedback and say where you agree or disagree.",
    },
    example: {
      de: "Die {clients} loben, dass sie schnell einen Termin bekommen, beklagen aber, dass wir telefonisch schwer zu erreichen sind. Beim ersten Punkt stimme ich zu. Den zweiten hielt ich lange für übertrieben – bis ich selbst einmal versucht habe, uns zur Mittagszeit anzurufen.",
      en: "The {clients} praise how quickly they get an appointment but complain that we are hard to reach by phone. I agree with the first point. I long thought the second was exaggerated – until I tried calling us myself at lunchtime.",
    },
  },
  {
    id: "schluesselprozesse.evaluation.all.4",
    area: "schluesselprozesse",
    dimension: "evaluation",
    models: ["lqw", "kqb", "kqs"],
    angle: "example",
    audience: ["everyone"],
    kind: "experience",
    text: {
      de: "Unterstützen Ihre Abläufe das, was {successDefinition} beschreibt, oder stehen sie dem manchmal im Weg? Nennen Sie ein Beispiel.",
      en: "Do your processes support what {successDefinition} describes, or do they sometimes get in its way? Give an example.",
    },
    guidance: {
      de: "Ein konkretes Beispiel mit Ihrer Einschätzung reicht.",
      en: "One concrete example with your judgement is enough.",
    },
    example: {
      de: "Wir wollen, dass die {clients} selbst bestimmen, wie es weitergeht. Unser Aufnahmebogen fragt aber zuerst zwei Seiten lang Daten ab, bevor jemand sagen kann, was er oder sie eigentlich möchte. Da steht der Ablauf unserem eigenen Anspruch im Weg.",
      en: "We want the {clients} to decide for themselves what happens next. But our intake form asks for two pages of data before anyone can say what they actually want. There the process gets in the way of our own standards.",
    },
  },
  // conclusions
  {
    id: "schluesselprozesse.conclusions.all.1",
    area: "schluesselprozesse",
    dimension: "conclusions",
    models: ["lqw", "kqb", "kqs"],
    angle: "overview",
    audience: ["everyone"],
    kind: "experience",
    text: {
      de: "Welchen Ablauf wollen Sie so beibehalten, wie er ist, welchen vereinfachen – und gibt es einen, den Sie ganz streichen können?",
      en: "Which process do you want to keep as it is, which would you simplify, and is there one you could drop altogether?",
    },
    guidance: {
      de: "Nennen Sie die Abläufe und jeweils einen kurzen Grund.",
      en: "Name the processes and give a short reason for each.",
    },
    example: {
      de: "Die Terminvergabe mit Erinnerung behalten wir genau so. Den Aufnahmebogen kürzen wir auf eine Seite und fragen das Übrige erst beim zweiten Termin ab. Die Papierliste für Raumbuchungen streichen wir, weil ohnehin alle den gemeinsamen Kalender nutzen.",
      en: "We'll keep scheduling with reminders exactly as it is. We'll cut the intake form to one page and ask for the rest at the second appointment. We'll drop the paper list for room bookings, since everyone uses the shared calendar anyway.",
    },
  },
  {
    id: "schluesselprozesse.conclusions.all.2",
    area: "schluesselprozesse",
    dimension: "conclusions",
    models: ["lqw", "kqb", "kqs"],
    angle: "difficulty",
    audience: ["everyone"],
    kind: "experience",
    text: {
      de: "Welches wiederkehrende Problem in einem Ablauf soll als Nächstes gelöst werden? Was schlagen Sie als ersten Schritt vor?",
      en: "Which recurring problem in a process should be solved next? What first step do you propose?",
    },
    guidance: {
      de: "Nennen Sie das Problem, den ersten Schritt, die zuständige Person und einen Termin.",
      en: "Name the problem, the first step, the person responsible and a date.",
    },
    example: {
      de: "Die Abrechnung darf nicht länger an einer einzigen Person hängen. Unsere Buchhalterin arbeitet bis Ende Juni Herrn Schulz aus der Verwaltung ein und schreibt die wichtigsten Schritte auf. Im Juli übernimmt er probeweise eine Abrechnung unter ihrer Aufsicht.",
      en: "Billing must no longer depend on one person. By the end of June our bookkeeper will train Mr Schulz from the office and write down the key steps. In July he will do one billing run on a trial basis under her supervision.",
    },
  },
  {
    id: "schluesselprozesse.conclusions.all.3",
    area: "schluesselprozesse",
    dimension: "conclusions",
    models: ["lqw", "kqb", "kqs"],
    angle: "change",
    audience: ["management", "qualityOfficer"],
    kind: "experience",
    text: {
      de: "Welche Änderung an einem Ablauf haben Sie bereits beschlossen? Woran werden Sie in einem halben Jahr erkennen, ob sie gewirkt hat?",
      en: "Which change to a process have you already decided on? How will you tell in six months whether it has worked?",
    },
    guidance: {
      de: "Nennen Sie die Änderung und ein Zeichen oder eine Zahl, an der Sie den Erfolg ablesen.",
      en: "Name the change and a sign or figure you will use to judge its success.",
    },
    example: {
      de: "Ab März gibt es eine feste Telefonzeit von 8 bis 10 Uhr, in der immer jemand erreichbar ist. Nach einem halben Jahr schauen wir, ob die Beschwerden über schlechte Erreichbarkeit zurückgegangen sind, und fragen es auch im Rückmeldebogen ab. Für die Auswertung ist die Leitung zuständig.",
      en: "From March there will be a fixed phone slot from 8 to 10 a.m. when someone is always available. After six months we'll check whether complaints about availability have gone down, and we'll also ask about it on the feedback form. Management is responsible for the review.",
    },
  },
  {
    id: "schluesselprozesse.conclusions.all.4",
    area: "schluesselprozesse",
    dimension: "conclusions",
    models: ["lqw", "kqb", "kqs"],
    angle: "voice",
    audience: ["everyone"],
    kind: "experience",
    text: {
      de: "Welche Anregung von {clients} oder Kolleginnen und Kollegen zu Ihren Abläufen wollen Sie aufgreifen – und wie gehen Sie dabei vor?",
      en: "Which suggestion from {clients} or colleagues about your processes do you want to take up, and how will you go about it?",
    },
    guidance: {
      de: "Nennen Sie die Anregung, von wem sie kam, und den nächsten Schritt.",
      en: "Name the suggestion, who made it and the next step.",
    },
    example: {
      de: "Eine Kollegin vom Empfang schlug vor, Formulare vorab per E-Mail zu verschicken, damit die {clients} sie in Ruhe zu Hause ausfüllen können. Das probieren wir ab nächstem Monat bei allen neuen Anmeldungen aus. Nach drei Monaten fragen wir nach, ob es geholfen hat.",
      en: "A colleague at reception suggested emailing forms in advance so that the {clients} can fill them in at home in peace. We'll test this with all new registrations from next month. After three months we'll ask whether it helped.",
    },
  },
];
