/**
 * What a prompt card asks besides the answer: on Ergebnisse cards one Nachweis in its own fields
 * (title, date, where it is filed), on Schlussfolgerungen cards whether it is decided or a
 * proposal. Read from the card, checked, kept when they cannot be stored, stored on the answer.
 */
import { z } from "zod";
import { cardInputs } from "../../cards";
import {
  DOCUMENT_DATE_MAX_LENGTH,
  DOCUMENT_TITLE_MAX_LENGTH,
  type Answer,
  type ConclusionStatus,
  type EvidenceDocument,
} from "../domain/answer";
import type { DimensionId } from "../domain/quality-models";
import { normaliseTypedLine } from "../domain/typed-text";
import type { Translate } from "../i18n/translator";

/** The Nachweis fields as typed (empty strings when left blank). */
interface KeptDocument {
  title: string;
  date: string;
  place: string;
}

export type ConclusionChoice = "" | ConclusionStatus;

export interface KeptDetails {
  document: KeptDocument;
  status: ConclusionChoice;
}

const typedLineInput = z.string().max(10_000).overwrite(normaliseTypedLine).optional().default("");

/** The card inputs; absent on cards that do not show them. */
export const answerDetailsInput = cardInputs("prompt", {
  documentTitle: typedLineInput,
  documentDate: typedLineInput,
  documentPlace: typedLineInput,
  status: z.enum(["", "decided", "proposal"]).optional().default(""),
});

export const asksForDocument = (dimension: DimensionId) => dimension === "results";
export const asksForStatus = (dimension: DimensionId) => dimension === "conclusions";

export function keptDetails(values: {
  documentTitle: string;
  documentDate: string;
  documentPlace: string;
  status: ConclusionChoice;
}): KeptDetails {
  return {
    document: { title: values.documentTitle, date: values.documentDate, place: values.documentPlace },
    status: values.status,
  };
}

/** The card's values for a stored answer: its first Nachweis and its status. */
export function storedDetails(answer: Pick<Answer, "documents" | "status">): KeptDetails {
  const first = answer.documents?.[0];
  return {
    document: { title: first?.title ?? "", date: first?.date ?? "", place: first?.place ?? "" },
    status: answer.status ?? "",
  };
}

/** Why the Nachweis fields cannot be stored, worded for the card; undefined when they can. */
export function detailsProblem(t: Translate, details: Partial<KeptDetails>): string | undefined {
  if (!details.document) return undefined;
  const { title, date, place } = details.document;
  if ([...title].length > DOCUMENT_TITLE_MAX_LENGTH || [...place].length > DOCUMENT_TITLE_MAX_LENGTH)
    return t("answer.problem.documentTooLong", { max: DOCUMENT_TITLE_MAX_LENGTH, dateMax: DOCUMENT_DATE_MAX_LENGTH });
  if ([...date].length > DOCUMENT_DATE_MAX_LENGTH)
    return t("answer.problem.documentTooLong", { max: DOCUMENT_TITLE_MAX_LENGTH, dateMax: DOCUMENT_DATE_MAX_LENGTH });
  if (!title && (date || place)) return t("answer.problem.documentTitleMissing");
  return undefined;
}

/**
 * The answer's Nachweise and status after a card for this dimension was sent: the card edits the
 * first Nachweis (further ones, e.g. from an import, stay); cards that do not ask keep what was stored.
 */
export function detailsToStore(
  dimension: DimensionId,
  details: KeptDetails,
  stored: Pick<Answer, "documents" | "status"> = {},
): { documents?: EvidenceDocument[]; status?: ConclusionStatus } {
  let documents = stored.documents;
  if (asksForDocument(dimension)) {
    const { title, date, place } = details.document;
    const fromCard: EvidenceDocument[] = title
      ? [{ title, ...(date ? { date } : {}), ...(place ? { place } : {}) }]
      : [];
    documents = [...fromCard, ...(stored.documents ?? []).slice(1)];
  }
  const status = asksForStatus(dimension) ? details.status || undefined : stored.status;
  return {
    ...(documents && documents.length > 0 ? { documents } : {}),
    ...(status ? { status } : {}),
  };
}

/** Lines for the saved-answer card: each Nachweis, and the status of a Schlussfolgerung. */
export function describeDetails(t: Translate, answer: Pick<Answer, "documents" | "status">): string[] {
  const lines = (answer.documents ?? []).map((document) => {
    const parts = [
      document.title,
      document.date,
      document.place && t("answer.documentFiled", { place: document.place }),
    ];
    return `${t("answer.document")}: ${parts.filter(Boolean).join(" · ")}`;
  });
  if (answer.status) lines.push(t(answer.status === "decided" ? "answer.status.decided" : "answer.status.proposal"));
  return lines;
}
