/**
 * How answers are stored: schema version 2, with the readers' upgrade from version 1 (separate
 * evidence URL and label, no edit history), and `expiresAt` from the retention policy.
 */
import { z } from "zod";
import { AppError } from "../errors";
import { answerId } from "../domain/ids";
import { answerSchema, EVIDENCE_MAX_LENGTH, type Answer } from "../domain/answer";
import { stripSystemFields, type DocumentCodec } from "./versioned-document";

/** An answer as stored: the domain answer plus when retention deletes it. */
export const storedAnswerSchema = answerSchema.extend({ expiresAt: z.string().optional() });
export type StoredAnswer = z.infer<typeof storedAnswerSchema>;

const CURRENT_VERSION = 2;

/** Version 1 (the first release) kept the evidence as URL and label and had no history. */
function upgradeFromV1(document: Record<string, unknown>): Record<string, unknown> {
  const { evidenceUrl, evidenceLabel, ...rest } = document;
  const parts = [evidenceLabel, evidenceUrl].filter(
    (part): part is string => typeof part === "string" && part.trim() !== "",
  );
  const evidence = parts
    .map((part) => part.trim())
    .join(" – ")
    .slice(0, EVIDENCE_MAX_LENGTH);
  return { ...rest, ...(evidence ? { evidence } : {}), history: [] };
}

export const answerCodec: DocumentCodec<StoredAnswer> = {
  type: "answer",
  schemaVersion: CURRENT_VERSION,
  id: (answer) => answerId(answer.promptInstanceId, answer.memberId),
  decode(document) {
    const version = document.schemaVersion ?? 1;
    if (version === 1) return storedAnswerSchema.parse(upgradeFromV1(stripSystemFields(document)));
    if (version === CURRENT_VERSION) return storedAnswerSchema.parse(stripSystemFields(document));
    // Written by a newer release: parsing would drop its new fields and a write would lose them.
    throw new AppError("INTERNAL", `answer schema version ${JSON.stringify(version)} is newer than this release`);
  },
  expiresAt: (answer) => answer.expiresAt,
};

/** The domain answer, without the storage-only retention field. */
export function toAnswer({ expiresAt: _expiresAt, ...answer }: StoredAnswer): Answer {
  return answer;
}
