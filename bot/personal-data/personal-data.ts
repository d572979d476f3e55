/** A member's data-subject rights: everything stored about them as JSON, and deleting all their answers. */
import type { Answer } from "../domain/answer";
import type { Delivery } from "../domain/delivery";
import type { Member } from "../domain/member";
import type { AuditRecord, Repositories } from "../store";

export interface PersonalData {
  format: "lqw-reflect/personal-data";
  version: 1;
  orgId: string;
  memberId: string;
  /** Absent when the member never talked to the bot (or was removed). */
  member?: Member;
  /** Every answer with its edit history, newest first. */
  answers: Answer[];
  /** The prompts sent to them and what they did with them (no text). */
  deliveries: Delivery[];
  /** What they did that was audited (exports, changes); entries about others are not theirs. */
  auditEntries: AuditRecord[];
}

const PAGE_SIZE = 100;

/** One member's data is small enough to hold (hundreds of answers), unlike an organisation's. */
export async function collectPersonalData(
  repos: Pick<Repositories, "members" | "answers" | "deliveries" | "audit">,
  orgId: string,
  memberId: string,
): Promise<PersonalData> {
  const member = await repos.members.get(orgId, memberId);
  const answers: Answer[] = [];
  for await (const page of repos.answers.streamForMember(orgId, memberId, PAGE_SIZE)) answers.push(...page);
  const deliveries: Delivery[] = [];
  for await (const page of repos.deliveries.streamForMember(orgId, memberId, PAGE_SIZE)) deliveries.push(...page);
  const auditEntries: AuditRecord[] = [];
  for await (const page of repos.audit.streamForActor(orgId, memberId, PAGE_SIZE)) auditEntries.push(...page);
  return {
    format: "lqw-reflect/personal-data",
    version: 1,
    orgId,
    memberId,
    ...(member ? { member } : {}),
    answers,
    deliveries,
    auditEntries,
  };
}

/** What "alles löschen" removed. */
export interface Erasure {
  answers: number;
  /** Stored "meine daten" files (with every answer's text): their links stop working at once. */
  dataExports: number;
}

/**
 * Deletes all of the member's answers and the stored copies of their own data exports; drafts
 * compiled afterwards no longer see the answers. Deliveries stay: they hold no text, only which
 * prompt was sent when, which the scheduler needs to avoid asking the same again. Audit entries
 * stay too (no text, kept per configuration). Drafts a quality officer already compiled are
 * theirs and are not changed (`listExportsCiting` names them to the member beforehand).
 */
export async function eraseAnswers(
  repos: Pick<Repositories, "answers" | "exports">,
  orgId: string,
  memberId: string,
): Promise<Erasure> {
  // The copies first: a failure in between must not leave a downloadable file of deleted answers.
  const dataExports = await repos.exports.deletePersonalDataExports(orgId, memberId);
  const answers = await repos.answers.deleteAllForMember(orgId, memberId);
  return { answers, dataExports };
}
