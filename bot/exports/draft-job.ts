/**
 * Compiles one draft job: loads the period's answers page by page, the members (for pseudonyms
 * and consented names) and the coverage, lets the drafter write, renders Word and Markdown,
 * writes the Datenpaket when asked for, and stores each file as a download that expires. Runs inside the turn (structured drafts) or
 * after it (LLM drafts), and again from the export worker if a process died mid-job.
 */
import { setImmediate } from "node:timers/promises";
import type { Answer } from "../domain/answer";
import { computeCoverage } from "../domain/coverage";
import type { CellCoverage } from "../domain/coverage-types";
import { asksForDraft, type DraftRequest } from "../domain/draft-request";
import type { OrgConfig } from "../domain/org-config";
import type { ExportRecord } from "../domain/export-record";
import type { ReportBasis } from "../domain/report-basis";

import type { DraftAnswer, DraftOrganisation, Drafter, DraftResult } from "../drafts";
import { renderDocx, renderMarkdownBuffer } from "../drafts";
import { AppError } from "../errors";
import { translator } from "../i18n/translator";
import type { NewExport, Repositories } from "../store";
import { draftBundleFromStore } from "./draft-bundle-from-store";
import { attributeMembers } from "./member-attributions";

export interface DraftFiles {
  job: ExportRecord;
  files: ExportRecord[];
  answerCount: number;
  gapCount: number;
  notes: string[];
}

export interface DraftJobDeps {
  repos: Repositories;
  /** The drafter for a mode; "llm" falls back to the structured one when no LLM is configured. */
  drafterFor(mode: DraftRequest["mode"]): Promise<Drafter>;
}

const CONTENT_TYPES = {
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  markdown: "text/markdown; charset=utf-8",
} as const;
const EXTENSIONS = { docx: "docx", markdown: "md" } as const;
/**
 * Pages as large as one response holds (Cosmos DB caps it at 4 MB, the embedded store too) rather
 * than a fixed count: fewer round trips for the same request units. The job reads every page, so
 * the next one is asked for while the drafter reads this one.
 */
export const DRAFT_ANSWER_PAGES = { pageSize: -1, readAhead: true } as const;

export async function compileDraftJob(deps: DraftJobDeps, job: ExportRecord, now: Date): Promise<DraftFiles> {
  const request = job.request;
  if (!request) throw new AppError("INVALID_INPUT", "export without a draft request");
  const { repos } = deps;
  const org = await repos.orgs.get(job.orgId);
  if (!org) throw new AppError("NOT_SET_UP", "organisation not set up");

  const drafted = asksForDraft(request) ? await writeDraftFiles(deps, org, job, now) : undefined;
  const bundled = request.formats.includes("bundle") ? await writeBundleFile(repos, org, job, now) : undefined;
  const files = [...(drafted?.files ?? []), ...(bundled ? [bundled.file] : [])];
  const answerCount = drafted?.answerCount ?? bundled?.answerCount ?? 0;
  const gapCount = drafted?.gapCount ?? 0;
  const notes = drafted?.notes ?? [];
  const citedMemberIds = [...new Set([...(drafted?.citedMemberIds ?? []), ...(bundled?.citedMemberIds ?? [])])];
  const finished = await repos.exports.update(org.orgId, job.exportId, (current) => ({
    ...current,
    status: "ready",
    fileIds: files.map((file) => file.exportId),
    citedMemberIds,
    notes: notes.slice(0, 30),
    answerCount,
    gapCount,
    updatedAt: now.toISOString(),
  }));
  return { job: finished, files, answerCount, gapCount, notes };
}

interface WrittenFiles {
  files: ExportRecord[];
  answerCount: number;
  gapCount: number;
  notes: string[];
  citedMemberIds: string[];
}

/** The draft in each format asked for (Word, Markdown), compiled once. */
async function writeDraftFiles(
  deps: DraftJobDeps,
  org: OrgConfig,
  job: ExportRecord,
  now: Date,
): Promise<WrittenFiles> {
  const request = job.request as DraftRequest;
  // In a function of its own so that the answers are released once the draft is written.
  const { draft, answerCount, coverage, citedMemberIds } = await draftFromStore(deps, org, request, now);
  const files: ExportRecord[] = [];
  const day = now.toISOString().slice(0, 10);
  for (const format of request.formats) {
    if (format === "bundle") continue;
    const writerOptions = { variant: request.variant };
    const content =
      format === "docx" ? await renderDocx(draft, writerOptions) : renderMarkdownBuffer(draft, writerOptions);
    files.push(
      await saveFile(deps.repos, {
        exportId: `${job.exportId}-${EXTENSIONS[format]}`,
        orgId: org.orgId,
        requestedBy: job.requestedBy,
        kind: "draft",
        format,
        status: "ready",
        fileName: translator(request.locale)(
          request.variant === "reviewer" ? "export.fileNameReviewer" : "export.fileName",
          { date: day, extension: EXTENSIONS[format] },
        ),
        contentType: CONTENT_TYPES[format],
        content: content.toString("base64"),
        createdAt: now.toISOString(),
        expiresAt: job.expiresAt,
      }),
    );
  }
  const gapCount = coverage.filter((cell) => cell.status !== "enough").length;
  return { files, answerCount, gapCount, notes: draft.notes, citedMemberIds };
}

/**
 * The Datenpaket: the period's answers of every area, pseudonymised (draft-bundle-from-store.ts),
 * as the JSON `npm run draft` reads. A large one is stored in parts like a large draft.
 */
async function writeBundleFile(
  repos: Repositories,
  org: OrgConfig,
  job: ExportRecord,
  now: Date,
): Promise<{ file: ExportRecord; answerCount: number; citedMemberIds: string[] }> {
  const request = job.request as DraftRequest;
  const { bundle, citedMemberIds } = await draftBundleFromStore(repos, org, { from: request.from, to: request.to });
  const content = Buffer.from(`${JSON.stringify(bundle, null, 2)}\n`, "utf8");
  const file = await saveFile(repos, {
    exportId: `${job.exportId}-json`,
    orgId: org.orgId,
    requestedBy: job.requestedBy,
    kind: "draft",
    format: "json",
    status: "ready",
    fileName: translator(request.locale)("export.fileNameBundle", { date: now.toISOString().slice(0, 10) }),
    contentType: "application/json; charset=utf-8",
    content: content.toString("base64"),
    createdAt: now.toISOString(),
    expiresAt: job.expiresAt,
  });
  return { file, answerCount: bundle.answers.length, citedMemberIds };
}

interface StoreDraft {
  draft: DraftResult;
  answerCount: number;
  coverage: CellCoverage[];
  /** Whose answers the draft was compiled from: "alles löschen" tells them it exists. */
  citedMemberIds: string[];
}

/**
 * Streams the period's answers from the store, keeping of each page only what the draft needs, and
 * lets the drafter write. A drafter that reads answer by answer (the structured one) reads each page
 * while the store fetches the next, so that waiting for the store and compiling overlap.
 */
async function draftFromStore(
  deps: DraftJobDeps,
  org: OrgConfig,
  request: DraftRequest,
  now: Date,
): Promise<StoreDraft> {
  const { repos } = deps;
  const { attributions, knownNames, groupSizes } = await attributeMembers(repos, org.orgId, request.attribution);
  const drafter = await deps.drafterFor(request.mode);
  const basis = (await repos.reportBasis.get(org.orgId))?.value;
  const options = {
    organisation: {
      name: org.name,
      model: org.model,
      modelVersion: org.modelVersion,
      cycleKind: org.cycle.kind,
      successDefinition: org.successDefinition,
      areaNames: org.overrides.areaNames,
      groupNames: Object.fromEntries(org.groups.map((group) => [group.id, group.name])),
      groupSizes,
      anonymityThreshold: org.anonymityThreshold,
      ...draftBasis(org, basis),
    },
    period: { from: request.from, to: request.to },
    areas: request.areas,
    locale: request.locale,
    attribution: request.attribution,
    members: attributions,
    generatedAt: now,
    knownNames,
    timeZone: request.timeZone,
  };
  const session = drafter.begin?.(options);
  const answers: DraftAnswer[] = [];
  const toDraftAnswer = createDraftAnswerCopier();
  for await (const page of repos.answers.streamForOrg(org.orgId, {
    from: request.from,
    to: request.to,
    ...DRAFT_ANSWER_PAGES,
  })) {
    // The request for the next page (read ahead) goes out in callbacks that would otherwise wait
    // until this whole page is read: let them run first, so that the store works meanwhile.
    if (session) await setImmediate();
    for (const answer of page) {
      if (!request.areas.includes(answer.area)) continue;
      const copy = toDraftAnswer(answer);
      answers.push(copy);
      session?.add(copy);
    }
  }
  // A draft answer carries every field coverage reads: no copies of 100,000 facts.
  const coverage = computeCoverage(answers, org.coverageThresholds, request.areas);
  const draft = session ? await session.finish(coverage) : await drafter.compile({ ...options, answers, coverage });
  const citedMemberIds = [...new Set(answers.map((answer) => answer.memberId))];
  return { draft, answerCount: answers.length, coverage, citedMemberIds };
}

/**
 * A resumed job finds the files an earlier attempt wrote before its process died: they are
 * written again with this attempt's content (parts included) rather than failing the job for good.
 */
async function saveFile(repos: Repositories, file: NewExport): Promise<ExportRecord> {
  return repos.exports.save(file, { replace: true });
}

/**
 * Copies what a draft needs of an answer. Each answer arrives with its own copy of the member id,
 * area, dimension and group: one shared string for each value keeps 100,000 answers some 20 MB smaller.
 */
function createDraftAnswerCopier(): (answer: Answer) => DraftAnswer {
  const known = new Map<string, string>();
  const shared = <T extends string>(value: T): T => {
    const existing = known.get(value) as T | undefined;
    if (existing !== undefined) return existing;
    known.set(value, value);
    return value;
  };
  return ({
    answerId,
    memberId,
    promptId,
    area,
    dimension,
    part,
    group,
    text,
    evidence,
    documents,
    status,
    requirementIds,
    createdAt,
    updatedAt,
  }) => ({
    answerId,
    promptId: shared(promptId),
    memberId: shared(memberId),
    area: shared(area),
    dimension: shared(dimension),
    part,
    group: group === undefined ? undefined : shared(group),
    text,
    evidence,
    documents,
    status,
    ...(requirementIds ? { requirementIds } : {}),
    createdAt,
    updatedAt: updatedAt === createdAt ? createdAt : updatedAt,
  });
}

/**
 * What the quality officer gave the drafts (the `grundlagen` card): the requirement list always,
 * goals, the last workshop and the previous report only in a re-certification.
 */
function draftBasis(
  org: OrgConfig,
  basis: ReportBasis | undefined,
): Pick<DraftOrganisation, "requirements" | "goals" | "lastWorkshopAt" | "previousReport"> {
  if (!basis) return {};
  const requirements = basis.requirements.length > 0 ? { requirements: basis.requirements } : {};
  if (org.cycle.kind !== "recertification") return requirements;
  const previousReport = {
    ...(basis.previousReportText ? { selfReportText: basis.previousReportText } : {}),
    ...(basis.reviewNotes ? { reviewNotes: basis.reviewNotes } : {}),
  };
  return {
    ...requirements,
    ...(basis.goals.length > 0 ? { goals: basis.goals } : {}),
    ...(basis.lastWorkshopAt ? { lastWorkshopAt: basis.lastWorkshopAt } : {}),
    ...(Object.keys(previousReport).length > 0 ? { previousReport } : {}),
  };
}
