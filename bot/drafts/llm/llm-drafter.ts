/**
 * The LLM drafter: the structured draft first, then per area and dimension prose in the
 * organisation's voice from pseudonymised statements, every sentence citing its sources.
 * Any area whose prose fails the checks keeps its structured section, with a note saying why.
 */
import { setTimeout as delay } from "node:timers/promises";
import { findArea, findDimension, QUALITY_MODELS, type Locale } from "../../domain/quality-models";
import { compileDraft } from "../compile-draft";
import type { DraftInput } from "../draft-input";
import type { DimensionBlock, DraftParagraph, DraftSection } from "../draft";
import { draftTexts, type DraftTexts, type FallbackReason } from "../draft-texts";
import type { Drafter } from "../drafter";
import { llmRedactionContext } from "../draft-privacy";
import { redactPersonalData, type RedactionContext } from "../privacy";
import { planArea } from "./area-plan";
import { blockMessages } from "./block-prompt";
import type { ChatClient } from "./chat-client";
import { draftBlock, type BlockCallOptions } from "./draft-block";
import { LLM_DEFAULTS, type LlmDrafterOptions, type LlmSettings } from "./llm-settings";
import { mapWithConcurrency } from "../../domain/concurrency";
import { verifyBlock } from "./verify-block";
import { createOpenAiChatClient } from "./openai-chat-client";

interface AreaResult {
  section: DraftSection;
  notes: string[];
}

export function createLlmDrafter(settings: LlmSettings, options: LlmDrafterOptions = {}): Drafter {
  const chat = createOpenAiChatClient(settings, options.timeoutMs ?? LLM_DEFAULTS.timeoutMs);
  const callOptions = {
    wait: options.wait ?? ((ms: number) => delay(ms)),
    defaultRetryAfterMs: LLM_DEFAULTS.retryAfterMs,
    maxRetryAfterMs: options.maxRetryAfterMs ?? LLM_DEFAULTS.maxRetryAfterMs,
  };
  const maxTokens = options.maxInputTokensPerArea ?? LLM_DEFAULTS.maxInputTokensPerArea;
  const concurrency = options.concurrency ?? LLM_DEFAULTS.concurrency;
  return {
    async compile(input) {
      const structured = compileDraft(input);
      const privacy = llmRedactionContext(input);
      const context: AreaContext = {
        input,
        locale: structured.locale,
        texts: draftTexts(structured.locale),
        privacy,
        successDefinition: redactPersonalData(input.organisation.successDefinition.trim(), privacy).text,
        chat,
        callOptions: { ...callOptions, locale: structured.locale },
        maxTokens,
      };
      const results = await mapWithConcurrency(structured.sections, concurrency, (section) =>
        draftArea(section, context),
      );
      return {
        ...structured,
        sections: results.map((result) => result.section),
        notes: results.flatMap((result) => result.notes),
      };
    },
  };
}

interface AreaContext {
  input: DraftInput;
  locale: Locale;
  texts: DraftTexts;
  privacy: RedactionContext;
  successDefinition: string;
  chat: ChatClient;
  callOptions: BlockCallOptions;
  maxTokens: number;
}

async function draftArea(section: DraftSection, context: AreaContext): Promise<AreaResult> {
  const { input, locale, texts } = context;
  const plan = planArea(section, context.privacy, context.maxTokens);
  const model = QUALITY_MODELS[input.organisation.model];
  const drafted = new Map<DimensionBlock, DraftParagraph[]>();
  let dropped = 0;
  for (const { block, part, sent, withheldIds } of plan.blocks) {
    // A dimension none of whose statements fit the budget keeps its staff statements as they are.
    if (sent.length === 0) continue;
    const dimension = findDimension(block.dimension);
    const promptContext = {
      locale,
      modelVersion: input.organisation.modelVersion || model.abbreviation,
      areaHeading: section.heading,
      areaDescription: findArea(input.organisation.model, section.area).description[locale],
      dimension: dimension.name[locale],
      dimensionMeaning: dimension.meaning[locale],
      ...(part ? { partHeading: part.heading } : {}),
      ...(needsSuccessDefinition(block) && context.successDefinition
        ? { successDefinition: context.successDefinition }
        : {}),
    };
    const messages = blockMessages(promptContext, sent);
    const sentIds = new Set(sent.flatMap((statement) => statement.ids));
    const outcome = await draftBlock(context.chat, messages, sentIds, context.callOptions);
    if (!outcome.isDrafted) return fallBack(section, outcome.reason, texts);
    const verified = verifyBlock(outcome.paragraphs, {
      sent,
      withheldIds,
      structured: block,
      privacy: context.privacy,
      context: [...Object.values(promptContext), ...(context.privacy.keepTerms ?? [])].join("\n"),
    });
    dropped += verified.dropped;
    drafted.set(block, verified.paragraphs);
  }
  if (drafted.size === 0) return { section, notes: [] };
  const notes = [
    texts.llmSection,
    ...(plan.leftOut > 0 ? [texts.leftOut(plan.leftOut, plan.total)] : []),
    ...(plan.withheld > 0 ? [texts.withheldInstructions(plan.withheld)] : []),
    ...(dropped > 0 ? [texts.unsupportedSentences(dropped)] : []),
  ];
  return {
    section: {
      ...section,
      origin: "llm",
      notes,
      parts: section.parts.map((part) => ({
        ...part,
        topics: part.topics.map((topic) => ({
          ...topic,
          blocks: topic.blocks.map((block) => {
            const paragraphs = drafted.get(block);
            return paragraphs ? { ...block, paragraphs } : block;
          }),
        })),
      })),
    },
    notes: notes.slice(1).map((note) => texts.areaNote(section.heading, note)),
  };
}

function fallBack(section: DraftSection, reason: FallbackReason, texts: DraftTexts): AreaResult {
  const note = texts.fallback(reason);
  return { section: { ...section, notes: [note] }, notes: [texts.areaNote(section.heading, note)] };
}

function needsSuccessDefinition(block: DimensionBlock): boolean {
  return block.dimension === "rationale" || block.dimension === "evaluation";
}
