/** The reflection prompt a staff member answers: question, guidance on demand, answer and evidence fields. */
import { z } from "zod";
import template from "./templates/prompt.json";
import { cardButtonSchema } from "./card-action";
import { renderCard } from "./render-card";

const promptDocumentSchema = z.object({
  heading: z.string().min(1),
  hint: z.string().min(1),
  titleLabel: z.string().min(1),
  titlePlaceholder: z.string().min(1),
  titleMaxLength: z.number().int().positive(),
  dateLabel: z.string().min(1),
  datePlaceholder: z.string().min(1),
  dateMaxLength: z.number().int().positive(),
  placeLabel: z.string().min(1),
  placePlaceholder: z.string().min(1),
  title: z.string().default(""),
  date: z.string().default(""),
  place: z.string().default(""),
});

const promptConclusionSchema = z.object({
  label: z.string().min(1),
  decided: z.string().min(1),
  proposal: z.string().min(1),
  /** "" (not chosen yet), "decided" or "proposal". */
  value: z.enum(["", "decided", "proposal"]).default(""),
});

const promptCardSchema = z.object({
  areaLine: z.string().min(1),
  dimensionName: z.string().min(1),
  dimensionMeaning: z.string().min(1),
  previousAnswerLabel: z.string().default(""),
  previousAnswer: z.string().default(""),
  question: z.string().min(1),
  /** A fact prompt: why only this person is asked it. */
  factLine: z.string().default(""),
  guidance: z.string().min(1),
  exampleLabel: z.string().min(1),
  example: z.string().min(1),
  /** Quality officers only: the prompt's catalog id, to tag it with a requirement in "grundlagen". */
  promptIdLine: z.string().default(""),
  /** A message above the answer field: why the last submit was not saved, or a conflict. */
  notice: z.string().default(""),
  noticeColor: z.enum(["Attention", "Warning", "Good", "Default"]).default("Attention"),
  answerLabel: z.string().min(1),
  answerPlaceholder: z.string().min(1),
  answerRequiredMessage: z.string().min(1),
  maxLength: z.number().int().positive(),
  /** The text the member typed: kept on the card whenever it could not be saved. */
  answer: z.string().default(""),
  evidenceLabel: z.string().min(1),
  evidencePlaceholder: z.string().min(1),
  evidenceMaxLength: z.number().int().positive(),
  evidence: z.string().default(""),
  /** The free evidence line: hidden on Ergebnisse cards, which name a Nachweis in its own fields. */
  showEvidence: z.boolean().default(true),
  /** Ergebnisse: one Nachweis with title, date and where it is filed. */
  document: promptDocumentSchema.optional(),
  /** Schlussfolgerungen: decided or a proposal. */
  conclusion: promptConclusionSchema.optional(),
  submit: cardButtonSchema,
  guidanceTitle: z.string().min(1),
  /** The same button once the hint shows: it hides it again. */
  guidanceHideTitle: z.string().min(1),
  secondaryActions: z.array(cardButtonSchema).default([]),
  snoozeTitle: z.string().default(""),
  snoozeQuestion: z.string().default(""),
  snoozeOptions: z.array(cardButtonSchema).default([]),
});
export type PromptCardData = z.input<typeof promptCardSchema>;

export const renderPromptCard = (data: PromptCardData) =>
  renderCard(
    template,
    promptCardSchema.transform((d) => ({
      ...d,
      submitTitle: d.submit.title,
      submitVerb: d.submit.verb,
      submitData: d.submit.data,
      showDocument: d.document !== undefined,
      showStatus: d.conclusion !== undefined,
    })),
    data,
  );
