/**
 * Which statements of an area go to the LLM: pseudonymised, with their source keys as ids, within
 * the area's token budget (estimated at ~4 characters per token), shared fairly across dimensions.
 */
import type { DimensionBlock, DraftSection } from "../draft";
import type { Pseudonymizer } from "../pseudonymize";

const CHARACTERS_PER_TOKEN = 4;

/** A statement as the LLM sees it: source keys ("A12") as ids, never answer or member ids. */
export interface SentStatement {
  ids: string[];
  text: string;
}

export interface BlockPlan {
  part?: { id: "11a" | "11b"; heading: string };
  block: DimensionBlock;
  sent: SentStatement[];
}

export interface AreaPlan {
  blocks: BlockPlan[];
  total: number;
  leftOut: number;
}

export function estimateTokens(text: string): number {
  return Math.ceil(text.length / CHARACTERS_PER_TOKEN);
}

export function planArea(section: DraftSection, pseudonymize: Pseudonymizer, maxTokens: number): AreaPlan {
  const candidates = section.parts.flatMap((part) =>
    part.blocks.map((block) => ({
      plan: {
        ...(part.part && part.heading ? { part: { id: part.part, heading: part.heading } } : {}),
        block,
        sent: [] as SentStatement[],
      },
      waiting: block.paragraphs
        .flatMap((paragraph) => paragraph.statements)
        .map((statement) => ({ ids: statement.sourceKeys, text: pseudonymize(statement.text).text })),
    })),
  );
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
  return { blocks: candidates.map((candidate) => candidate.plan), total, leftOut: total - sentCount };
}
