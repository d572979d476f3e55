/**
 * Which statements of an area go to the LLM: pseudonymised, with their source keys as ids, within
 * the area's token budget (estimated at ~4 characters per token), shared fairly across dimensions.
 * A statement that stands for several wordings is sent as those wordings (its variants), so that
 * the LLM sees every differing figure and can say it, not only the compiler's summary.
 */
import type { DimensionBlock, DraftSection, Statement } from "../draft";
import { blocksOf } from "../draft-walk";
import { redactPersonalData, type RedactionContext } from "../privacy";
import { isInstructionToModel } from "./instruction-text";

const CHARACTERS_PER_TOKEN = 4;

/** A statement as the LLM sees it: source keys ("A12") as ids, never answer or member ids. */
export interface SentStatement {
  ids: string[];
  text: string;
}

interface BlockPlan {
  part?: { id: "11a" | "11b"; heading: string };
  block: DimensionBlock;
  sent: SentStatement[];
  /** Source keys of wordings never sent because they read as instructions to a model. */
  withheldIds: Set<string>;
}

export interface AreaPlan {
  blocks: BlockPlan[];
  total: number;
  leftOut: number;
  /** Wordings that read as instructions to a model: kept in their structured form, never sent. */
  withheld: number;
}

/** The wordings a statement stands for, each with its own sources. */
function unmerged(statement: Statement): { ids: string[]; text: string }[] {
  if (!statement.variants || statement.variants.length === 0)
    return [{ ids: statement.sourceKeys, text: statement.text }];
  return statement.variants.map((variant) => ({ ids: variant.sourceKeys, text: variant.text }));
}

export function estimateTokens(text: string): number {
  return Math.ceil(text.length / CHARACTERS_PER_TOKEN);
}

/** Statement texts are redacted again: the structured draft may carry consented names, which never go to an LLM. */
export function planArea(section: DraftSection, privacy: RedactionContext, maxTokens: number): AreaPlan {
  const candidates = [...blocksOf(section)].map(({ part, block }) => ({
    plan: {
      ...(part.part && part.heading ? { part: { id: part.part, heading: part.heading } } : {}),
      block,
      sent: [] as SentStatement[],
      withheldIds: new Set<string>(),
    },
    waiting: block.paragraphs
      .flatMap((paragraph) => paragraph.statements)
      .flatMap(unmerged)
      .map((variant) => ({ ids: variant.ids, text: redactPersonalData(variant.text, privacy).text })),
  }));
  let withheld = 0;
  for (const candidate of candidates) {
    const instructions = candidate.waiting.filter((statement) => isInstructionToModel(statement.text));
    withheld += instructions.length;
    for (const statement of instructions) for (const id of statement.ids) candidate.plan.withheldIds.add(id);
    candidate.waiting = candidate.waiting.filter((statement) => !instructions.includes(statement));
  }
  const total = candidates.reduce((sum, candidate) => sum + candidate.waiting.length, 0);
  let budget = maxTokens;
  let sentCount = 0;
  // Round robin: every dimension gets its earliest statements in before any gets its later ones.
  for (let round = 0; candidates.some((candidate) => candidate.waiting.length > round); round += 1) {
    for (const candidate of candidates) {
      const statement = candidate.waiting[round];
      if (!statement) continue;
      const cost = estimateTokens(JSON.stringify(statement));
      if (cost > budget) continue;
      budget -= cost;
      sentCount += 1;
      candidate.plan.sent.push(statement);
    }
  }
  return { blocks: candidates.map((candidate) => candidate.plan), total, leftOut: total - sentCount, withheld };
}
