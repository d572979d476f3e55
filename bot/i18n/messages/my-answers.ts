/** The list of a member's own answers. */
import type { MessageDefinitions } from "../message-definition";

export const myAnswersMessages = {
  "answers.title": { de: "Meine Antworten", en: "My answers" },
  "answers.subtitle": {
    de: {
      one: "{count} Antwort auf dieser Seite. Nur Sie sehen diese Liste.",
      other: "{count} Antworten auf dieser Seite, neueste zuerst. Nur Sie sehen diese Liste.",
    },
    en: {
      one: "{count} answer on this page. Only you see this list.",
      other: "{count} answers on this page, newest first. Only you see this list.",
    },
  },
  "answers.filter": { de: "Qualitätsbereich", en: "Quality area" },
  "answers.filterAll": { de: "Alle Bereiche", en: "All areas" },
  "answers.filterApply": { de: "Anzeigen", en: "Show" },
  "answers.empty": {
    de: "Noch keine Antworten – schreiben Sie „frage“, um zu beginnen.",
    en: "No answers yet. Type “prompt” to begin.",
  },
  "answers.open": { de: "Öffnen", en: "Open" },
  "answers.more": { de: "Weitere Antworten", en: "More answers" },
  "answers.heading": {
    de: "{date} · QB {number} {area} · {dimension}",
    en: "{date} · QB {number} {area} · {dimension}",
  },
} satisfies MessageDefinitions;
