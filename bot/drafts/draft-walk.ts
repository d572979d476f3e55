/** Walks a draft's nested structure (section → part → topic → dimension → statements) in document order. */
import type { DimensionBlock, Draft, DraftSection, DraftTopic, SectionPart, Statement } from "./draft";

export interface PlacedBlock {
  part: SectionPart;
  topic: DraftTopic;
  block: DimensionBlock;
}

export function* blocksOf(section: DraftSection): Generator<PlacedBlock> {
  for (const part of section.parts)
    for (const topic of part.topics) for (const block of topic.blocks) yield { part, topic, block };
}

export function* sectionStatements(section: DraftSection): Generator<Statement> {
  for (const { block } of blocksOf(section))
    for (const paragraph of block.paragraphs) for (const statement of paragraph.statements) yield statement;
}

export function* draftStatements(draft: Pick<Draft, "sections">): Generator<Statement> {
  for (const section of draft.sections) yield* sectionStatements(section);
}
