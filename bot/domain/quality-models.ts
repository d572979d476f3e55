/**
 * The three quality models (LQW, KQB, KQS) as data: their 11 quality areas and the five
 * reflection dimensions. Facts follow shared/domain/quality-models.md; everything marked
 * "unverified" there carries `isVerified: false` here and can be overridden per organisation.
 */
import { z } from "zod";

export const MODEL_IDS = ["lqw", "kqb", "kqs"] as const;
export const modelIdSchema = z.enum(MODEL_IDS);
export type ModelId = z.infer<typeof modelIdSchema>;

export const AREA_IDS = [
  "leitbild",
  "bedarfserschliessung",
  "schluesselprozesse",
  "kernprozess",
  "evaluation",
  "infrastruktur",
  "fuehrung",
  "personal",
  "controlling",
  "kundenkommunikation",
  "strategische_entwicklungsziele",
] as const;
export const areaIdSchema = z.enum(AREA_IDS);
export type AreaId = z.infer<typeof areaIdSchema>;

export const DIMENSION_IDS = ["rationale", "procedures", "results", "evaluation", "conclusions"] as const;
export const dimensionIdSchema = z.enum(DIMENSION_IDS);
export type DimensionId = z.infer<typeof dimensionIdSchema>;

export const LOCALES = ["de", "en"] as const;
export const localeSchema = z.enum(LOCALES);
export type Locale = z.infer<typeof localeSchema>;

/** A text in both product languages. */
export interface Localized {
  de: string;
  en: string;
}

export interface QualityArea {
  id: AreaId;
  /** QB number, fixed across models and used in self-reports. */
  number: number;
  name: Localized;
  description: Localized;
  /** False where the reference could not confirm the name for this model. */
  isVerified: boolean;
}

export interface ReflectionDimension {
  id: DimensionId;
  name: Localized;
  /** The dimension in plain words, as a staff member reads it on a prompt card. */
  meaning: Localized;
}

export interface QualityModel {
  id: ModelId;
  abbreviation: string;
  name: Localized;
  /**
   * An example of how a guide's version is written, shown as a hint only: there is no default
   * version, each organisation enters the one of the Leitfaden it uses (OrgConfig.modelVersion).
   */
  versionExample: string;
  /** "Definition gelungenen Lernens" and its siblings. */
  successDefinitionTerm: Localized & { isVerified: boolean };
  /**
   * The model's own word for the people the organisation serves, in the plural as it stands
   * without an article ("Teilnehmende", "Kundinnen und Kunden"): the default of the
   * organisation's setting (OrgConfig.servedTerm), which every prompt uses.
   */
  servedTerm: Localized;
  areas: readonly QualityArea[];
}

export const DIMENSIONS: readonly ReflectionDimension[] = [
  {
    id: "rationale",
    name: { de: "Begründung", en: "Rationale" },
    meaning: {
      de: "Warum wir es so machen – mit Blick auf unser Leitbild und die Interessen der Menschen, für die wir da sind.",
      en: "Why we do it this way, with a view to our mission statement and the interests of the people we serve.",
    },
  },
  {
    id: "procedures",
    name: { de: "Verfahren", en: "Procedures" },
    meaning: {
      de: "Was wir konkret tun: wie, wer und wie oft.",
      en: "What we actually do: how, who and how often.",
    },
  },
  {
    id: "results",
    name: { de: "Ergebnisse", en: "Results" },
    meaning: {
      de: "Was dabei herausgekommen ist – und womit wir es belegen können.",
      en: "What it produced, and what evidence we can show for it.",
    },
  },
  {
    id: "evaluation",
    name: { de: "Bewertung", en: "Evaluation" },
    meaning: {
      de: "Unsere eigene Einschätzung: Dienen Vorgehen und Ergebnisse unseren Zielen?",
      en: "Our own judgement: do our procedures and results serve our goals?",
    },
  },
  {
    id: "conclusions",
    name: { de: "Schlussfolgerungen", en: "Conclusions" },
    meaning: {
      de: "Was daraus folgt: beibehalten, anpassen, aufgeben oder Ziele neu fassen.",
      en: "What follows: keep, adjust, drop, or reformulate goals.",
    },
  },
];

type AreaDraft = Omit<QualityArea, "isVerified"> & { unverifiedIn?: readonly ModelId[] };

/** Areas shared by all three models; 4 and 5 are added per model below. */
const SHARED_AREAS: Record<Exclude<AreaId, "kernprozess" | "evaluation">, AreaDraft> = {
  leitbild: {
    id: "leitbild",
    number: 1,
    name: { de: "Leitbild", en: "Mission statement" },
    description: {
      de: "Ein gemeinsam getragenes Leitbild: wer wir sind, für wen wir da sind, was wir erreichen wollen und welche Werte uns leiten – mit unserer eigenen Definition des Gelingens.",
      en: "A shared mission statement: who we are, whom we serve, what we want to achieve and which values guide us, including our own definition of success.",
    },
  },
  bedarfserschliessung: {
    id: "bedarfserschliessung",
    number: 2,
    name: { de: "Bedarfserschließung", en: "Needs assessment" },
    description: {
      de: "Wie wir systematisch herausfinden, was die Menschen, für die wir da sind, und andere Beteiligte brauchen – und wie das in unsere Angebote einfließt.",
      en: "How we systematically find out what the people we serve and other stakeholders need, and how that shapes our offers.",
    },
    unverifiedIn: ["kqs"],
  },
  schluesselprozesse: {
    id: "schluesselprozesse",
    number: 3,
    name: { de: "Schlüsselprozesse", en: "Key processes" },
    description: {
      de: "Die Abläufe, die für unseren Erfolg entscheidend sind: wie sie laufen, wer verantwortlich ist und wie wir sie steuern und verbessern.",
      en: "The processes critical to our success: how they run, who is responsible and how we steer and improve them.",
    },
    unverifiedIn: ["kqb", "kqs"],
  },
  infrastruktur: {
    id: "infrastruktur",
    number: 6,
    name: { de: "Infrastruktur", en: "Infrastructure" },
    description: {
      de: "Räume, Zeiten, Ausstattung und Medien für unsere Angebote – und die Arbeitsbedingungen der Mitarbeitenden.",
      en: "Rooms, times, equipment and media for our services, and the working conditions of our staff.",
    },
    unverifiedIn: ["kqs"],
  },
  fuehrung: {
    id: "fuehrung",
    number: 7,
    name: { de: "Führung", en: "Leadership" },
    description: {
      de: "Unser Führungsverständnis: wie Entscheidungen getroffen und vermittelt, Ziele vereinbart und Führung selbst überprüft wird.",
      en: "Our understanding of leadership: how decisions are made and communicated, goals agreed, and leadership itself reviewed.",
    },
    unverifiedIn: ["kqb", "kqs"],
  },
  personal: {
    id: "personal",
    number: 8,
    name: { de: "Personal", en: "Staff" },
    description: {
      de: "Wie wir angestellte und freie Mitarbeitende gewinnen, einarbeiten, qualifizieren und weiterentwickeln.",
      en: "How we recruit, introduce, qualify and develop employed and freelance staff.",
    },
    unverifiedIn: ["kqb", "kqs"],
  },
  controlling: {
    id: "controlling",
    number: 9,
    name: { de: "Controlling", en: "Controlling" },
    description: {
      de: "Wie wir uns mit Zahlen und Kennziffern steuern: Ziele, Plan-Ist-Vergleiche und die Entscheidungen, die daraus folgen.",
      en: "How we steer with data: targets, plan-versus-actual comparisons and the decisions that follow.",
    },
    unverifiedIn: ["kqs"],
  },
  kundenkommunikation: {
    id: "kundenkommunikation",
    number: 10,
    name: { de: "Kundenkommunikation", en: "Customer communication" },
    description: {
      de: "Wie wir vor, während und nach der Leistung kommunizieren: Information, Kontaktwege, Beschwerden und Anregungen.",
      en: "How we communicate before, during and after the service: information, contact channels, complaints and suggestions.",
    },
    unverifiedIn: ["kqb", "kqs"],
  },
  strategische_entwicklungsziele: {
    id: "strategische_entwicklungsziele",
    number: 11,
    name: { de: "Strategische Entwicklungsziele", en: "Strategic development goals" },
    description: {
      de: "Welche strategischen Ziele wir aus unserer Selbstevaluation für die nächste Periode ableiten; bei der Retestierung auch, was aus den letzten Zielen wurde.",
      en: "Which strategic goals we derive from our self-evaluation for the next period; in a re-certification also what became of the last goals.",
    },
    unverifiedIn: ["kqb", "kqs"],
  },
};

const CORE_AREAS: Record<ModelId, { kernprozess: AreaDraft; evaluation: AreaDraft }> = {
  lqw: {
    kernprozess: {
      id: "kernprozess",
      number: 4,
      name: { de: "Lehr-Lern-Prozess", en: "Teaching-learning process" },
      description: {
        de: "Wie wir Lehren und Lernen gestalten, damit gelungenes Lernen möglich wird: Grundsätze, Methoden, Rollen und Unterstützung der Lernenden.",
        en: "How we design teaching and learning so that successful learning becomes possible: principles, methods, roles and support for learners.",
      },
    },
    evaluation: {
      id: "evaluation",
      number: 5,
      name: { de: "Evaluation der Bildungsprozesse", en: "Evaluation of educational processes" },
      description: {
        de: "Wie wir unsere Bildungsangebote regelmäßig auswerten – auch daraufhin, ob gelungenes Lernen im Sinne unserer Definition erreicht wird – und was wir daraus verbessern.",
        en: "How we regularly evaluate our courses, including whether successful learning as we define it is achieved, and what we improve as a result.",
      },
    },
  },
  kqb: {
    kernprozess: {
      id: "kernprozess",
      number: 4,
      name: { de: "Beratungsprozess", en: "Counselling process" },
      description: {
        de: "Wie wir Beratung gestalten, damit gelungene Beratung möglich wird: Grundsätze, Methoden, Rollen und Begleitung der Ratsuchenden.",
        en: "How we design counselling so that successful counselling becomes possible: principles, methods, roles and support for clients.",
      },
    },
    evaluation: {
      id: "evaluation",
      number: 5,
      name: { de: "Evaluation der Beratungsprozesse", en: "Evaluation of counselling processes" },
      description: {
        de: "Wie wir unsere Beratungen regelmäßig auswerten – auch daraufhin, ob gelungene Beratung im Sinne unserer Definition erreicht wird – und was wir daraus verbessern.",
        en: "How we regularly evaluate our counselling, including whether successful counselling as we define it is achieved, and what we improve as a result.",
      },
    },
  },
  kqs: {
    kernprozess: {
      id: "kernprozess",
      number: 4,
      name: { de: "Dienstleistungsprozess", en: "Service process" },
      description: {
        de: "Wie wir unsere Dienstleistung gestalten, damit sie im Sinne der Klientinnen und Klienten gelingt: Grundsätze, Methoden, Rollen und Begleitung.",
        en: "How we design our service so that it succeeds for service users: principles, methods, roles and support.",
      },
      unverifiedIn: ["kqs"],
    },
    evaluation: {
      id: "evaluation",
      number: 5,
      name: { de: "Evaluation der Dienstleistungsprozesse", en: "Evaluation of service processes" },
      description: {
        de: "Wie wir unsere Dienstleistungen regelmäßig auswerten – auch daraufhin, ob sie im Sinne unserer Definition gelingen – und was wir daraus verbessern.",
        en: "How we regularly evaluate our services, including whether they succeed as we define it, and what we improve as a result.",
      },
      unverifiedIn: ["kqs"],
    },
  },
};

function areasFor(model: ModelId): QualityArea[] {
  const drafts: AreaDraft[] = [
    SHARED_AREAS.leitbild,
    SHARED_AREAS.bedarfserschliessung,
    SHARED_AREAS.schluesselprozesse,
    CORE_AREAS[model].kernprozess,
    CORE_AREAS[model].evaluation,
    SHARED_AREAS.infrastruktur,
    SHARED_AREAS.fuehrung,
    SHARED_AREAS.personal,
    SHARED_AREAS.controlling,
    SHARED_AREAS.kundenkommunikation,
    SHARED_AREAS.strategische_entwicklungsziele,
  ];
  return drafts.map(({ unverifiedIn, ...area }) => ({ ...area, isVerified: !(unverifiedIn ?? []).includes(model) }));
}

export const QUALITY_MODELS: Readonly<Record<ModelId, QualityModel>> = {
  lqw: {
    id: "lqw",
    abbreviation: "LQW",
    name: {
      de: "Lernerorientierte Qualitätstestierung in der Aus-, Fort- und Weiterbildung",
      en: "Learner-oriented quality certification in vocational, further and continuing education",
    },
    versionExample: "LQW 2",
    successDefinitionTerm: {
      de: "Definition gelungenen Lernens",
      en: "definition of successful learning",
      isVerified: true,
    },
    servedTerm: { de: "Teilnehmende", en: "learners" },
    areas: areasFor("lqw"),
  },
  kqb: {
    id: "kqb",
    abbreviation: "KQB",
    name: {
      de: "Kundenorientierte Qualitätstestierung für Beratungsorganisationen",
      en: "Customer-oriented quality certification for counselling organisations",
    },
    versionExample: "KQB",
    successDefinitionTerm: {
      de: "Definition gelungener Beratung",
      en: "definition of successful counselling",
      isVerified: false,
    },
    servedTerm: { de: "Ratsuchende", en: "clients" },
    areas: areasFor("kqb"),
  },
  kqs: {
    id: "kqs",
    abbreviation: "KQS",
    name: {
      de: "Kundenorientierte Qualitätstestierung für soziale Dienstleistungsorganisationen",
      en: "Customer-oriented quality certification for social-service organisations",
    },
    versionExample: "KQS Modellversion 2",
    successDefinitionTerm: {
      de: "Definition gelungener Dienstleistung",
      en: "definition of a successful service",
      isVerified: false,
    },
    servedTerm: { de: "Kundinnen und Kunden", en: "customers" },
    areas: areasFor("kqs"),
  },
};

export function findArea(model: ModelId, area: AreaId): QualityArea {
  const found = QUALITY_MODELS[model].areas.find((a) => a.id === area);
  if (!found) throw new Error(`unknown area ${area}`);
  return found;
}

export function findDimension(dimension: DimensionId): ReflectionDimension {
  const found = DIMENSIONS.find((d) => d.id === dimension);
  if (!found) throw new Error(`unknown dimension ${dimension}`);
  return found;
}
