/**
 * "export" for quality officers: the request card, then the draft — inside the turn for a
 * structured draft that is ready within `drafts.inTurnMs`, after it (with a proactive card) for a
 * larger one and for an LLM draft, which can take minutes. Teams waits 15 s for a turn's answer.
 */
import { createHash } from "node:crypto";
import { z } from "zod";
import { cardInputs, renderExportRequestCard, renderNoticeCard, type AdaptiveCard } from "../../cards";
import {
  asksForDraft,
  DRAFT_VARIANTS,
  draftRequestSchema,
  type DraftFormat,
  type DraftRequest,
} from "../domain/draft-request";
import type { ExportRecord } from "../domain/export-record";
import type { MessageKey } from "../i18n/translator";
import type { OrgConfig } from "../domain/org-config";
import { AREA_IDS, findArea } from "../domain/quality-models";
import { AppError, isAppError } from "../errors";
import type { DraftFiles, DraftJobDeps } from "../exports/draft-job";
import { formatCalendarDate, formatDateTime } from "../i18n/format";
import { translator } from "../i18n/translator";
import { cardResult, textResult, type FlowResult, type TurnScope } from "../turn-scope";
import { readInput } from "./card-input";
import type { FlowDeps } from "./flow-deps";
import type { FlowRoutes } from "./flow-routes";
import { areaName } from "../presenters/prompt-presenter";
import { recordAudit } from "./audit-entry";
import { lazy } from "../lazy";

/** The draft compiler and the Word and Markdown writers: loaded by the first export, not at start. */
const draftJobs = lazy(() => import("../exports/draft-job"));

async function compileDraftJob(drafts: DraftJobDeps, job: ExportRecord, now: Date): Promise<DraftFiles> {
  return (await draftJobs()).compileDraftJob(drafts, job, now);
}

/** How long one worker may hold a draft job before another takes it over. */
export const DRAFT_JOB_LEASE_MS = 15 * 60 * 1000;

const requestInput = z.object(
  cardInputs("export-request", {
    areas: z.string().max(400).optional().default(""),
    period: z.enum(["cycle", "range"]).optional().default("cycle"),
    from: z.string().max(10).optional().default(""),
    to: z.string().max(10).optional().default(""),
    formats: z.string().max(40).optional().default("docx"),
    attribution: z.enum(["pseudonymous", "named"]).optional().default("pseudonymous"),
    variant: z.enum(DRAFT_VARIANTS).optional().default("working"),
    mode: z.enum(["structured", "llm"]).optional().default("structured"),
    language: z.enum(["de", "en"]).optional().default("de"),
  }),
);

export function exportRoutes(deps: FlowDeps): FlowRoutes {
  const requestCard = (
    scope: TurnScope,
    org: OrgConfig,
    notice = "",
    values?: z.infer<typeof requestInput>,
  ): FlowResult => {
    const { t } = scope;
    const isLlmAvailable = deps.drafts.isLlmConfigured;
    return cardResult(
      renderExportRequestCard({
        title: t("export.title"),
        intro: t("export.intro"),
        notice,
        areasLabel: t("export.areas"),
        areasRequired: t("export.areasRequired"),
        areas: values?.areas ?? AREA_IDS.join(","),
        areaChoices: AREA_IDS.map((id) => ({
          title: `QB ${findArea(org.model, id).number} ${areaName(scope, org, id)}`,
          value: id,
        })),
        periodLabel: t("export.period"),
        period: values?.period ?? "cycle",
        periodChoices: [
          {
            title: t("export.period.cycle", {
              from: formatCalendarDate(org.cycle.start, scope.locale),
              to: formatCalendarDate(org.cycle.selfReportDue, scope.locale),
            }),
            value: "cycle",
          },
          { title: t("export.period.range"), value: "range" },
        ],
        fromLabel: t("export.from"),
        toLabel: t("export.to"),
        from: values?.from ?? org.cycle.start,
        to: values?.to ?? scope.now.toISOString().slice(0, 10),
        rangeHint: t("export.rangeHint"),
        formatLabel: t("export.format"),
        formatRequired: t("export.formatRequired"),
        formats: values?.formats ?? "docx,markdown",
        formatChoices: [
          { title: t("export.format.docx"), value: "docx" },
          { title: t("export.format.markdown"), value: "markdown" },
          { title: t("export.format.bundle"), value: "bundle" },
        ],
        variantLabel: t("export.variant"),
        variant: values?.variant ?? "working",
        variantChoices: [
          { title: t("export.variant.working"), value: "working" },
          { title: t("export.variant.reviewer"), value: "reviewer" },
        ],
        attributionLabel: t("export.attribution"),
        attribution: values?.attribution ?? "pseudonymous",
        attributionChoices: [
          { title: t("export.attribution.pseudonymous"), value: "pseudonymous" },
          { title: t("export.attribution.named"), value: "named" },
        ],
        modeLabel: t("export.mode"),
        mode: isLlmAvailable ? (values?.mode ?? "structured") : "structured",
        modeChoices: [
          { title: t("export.mode.structured"), value: "structured" },
          ...(isLlmAvailable ? [{ title: t("export.mode.llm"), value: "llm" }] : []),
        ],
        modeHint: isLlmAvailable ? "" : t("export.mode.llmUnavailable"),
        languageLabel: t("export.language"),
        language: values?.language ?? scope.locale,
        languageChoices: [
          { title: t("language.option.de"), value: "de" },
          { title: t("language.option.en"), value: "en" },
        ],
        createTitle: t("export.create"),
      }),
    );
  };

  return {
    commands: {
      export: (scope) => {
        if (!scope.org) return textResult(scope.t("prompt.notSetUp"));
        return requestCard(scope, scope.org);
      },
    },
    actions: {
      "export.create": async (scope, input) => {
        const org = scope.org;
        if (!org) return textResult(scope.t("prompt.notSetUp"));
        const values = readInput(input, requestInput);
        const request = toDraftRequest(scope, org, values, deps.drafts.isLlmConfigured);
        if (!request) {
          const problem = !values.areas
            ? "export.areasRequired"
            : !values.formats
              ? "export.formatRequired"
              : "export.badPeriod";
          return requestCard(scope, org, scope.t(problem), values);
        }

        // Teams redelivers an activity whose answer was slow or lost: the job is keyed by it, so
        // a redelivery finds the job the first delivery made instead of compiling a second one.
        const exportId = draftJobIdFor(org.orgId, scope.member.memberId, scope.activityId);
        const earlier = await deps.repos.exports.get(org.orgId, exportId);
        if (earlier) return redeliveredJob(deps, scope, earlier);
        let job: ExportRecord;
        try {
          job = await deps.repos.exports.save({
            exportId,
            orgId: org.orgId,
            requestedBy: scope.member.memberId,
            kind: "draft",
            format: recordFormatOf(request.formats[0] ?? "docx"),
            status: "pending",
            fileName: "draft-job",
            contentType: "application/json",
            request,
            createdAt: scope.now.toISOString(),
          });
        } catch (error) {
          // Two deliveries at once: the other one created it a moment ago.
          const raced = isAppError(error, "CONFLICT") ? await deps.repos.exports.get(org.orgId, exportId) : undefined;
          if (!raced) throw error;
          return redeliveredJob(deps, scope, raced);
        }
        await recordAudit(deps.repos, scope, "export.created", {
          exportId: job.exportId,
          areas: request.areas.length,
          formats: request.formats.join("+"),
          mode: request.mode,
          attribution: request.attribution,
          variant: request.variant ?? "working",
        });
        if (request.mode === "structured") {
          const claimed = await deps.repos.exports.claimJob(org.orgId, job.exportId, scope.now, DRAFT_JOB_LEASE_MS);
          if (!claimed) throw new AppError("CONFLICT", "draft job taken by another worker");
          return compileWithinTurn(deps, scope, claimed);
        }
        // An LLM draft takes minutes: answer now, finish after the turn, say so when done.
        void runDraftJobInBackground(deps, org.orgId, job.exportId);
        return textResult(scope.t("export.started"));
      },
    },
  };
}

/** The Datenpaket is stored as a JSON file; the drafts under their own format. */
function recordFormatOf(format: DraftFormat): ExportRecord["format"] {
  return format === "bundle" ? "json" : format;
}

const DOWNLOAD_TITLES: Record<ExportRecord["format"], MessageKey> = {
  docx: "export.download.docx",
  markdown: "export.download.markdown",
  json: "export.download.bundle",
};

/** The job's id: one per member and activity, so a redelivered request names the job the first delivery made. */
function draftJobIdFor(orgId: string, memberId: string, activityId: string): string {
  const digest = createHash("sha256").update(`${orgId}\n${memberId}\n${activityId}`).digest("hex");
  return `draft-${digest.slice(0, 32)}`;
}

/**
 * What a redelivered request is answered with: the ready card again (same files, same links),
 * the failure, or — while the first delivery still compiles — that it is on its way.
 */
async function redeliveredJob(deps: FlowDeps, scope: TurnScope, job: ExportRecord): Promise<FlowResult> {
  const request = job.request;
  if (job.status === "failed")
    return cardResult(
      renderNoticeCard({ title: scope.t("export.failed", { correlationId: job.exportId.slice(6, 14) }) }),
    );
  if (job.status === "ready" && request) {
    const files = await Promise.all((job.fileIds ?? []).map((id) => deps.repos.exports.get(job.orgId, id)));
    const ready = files.filter((file): file is ExportRecord => file?.status === "ready");
    const result = {
      job,
      files: ready,
      answerCount: job.answerCount ?? 0,
      gapCount: job.gapCount ?? 0,
      notes: job.notes ?? [],
    };
    return cardResult(readyCard(deps, result, request.timeZone));
  }
  if (request?.mode === "llm") return textResult(scope.t("export.started"));
  // The first delivery's process died before it took the job: this one compiles it.
  const claimed = await deps.repos.exports.claimJob(job.orgId, job.exportId, scope.now, DRAFT_JOB_LEASE_MS);
  if (!claimed) return textResult(scope.t("export.inProgress"));
  return compileWithinTurn(deps, scope, claimed);
}

/**
 * Compiles a claimed structured job: the ready card in the turn when it is done within
 * `drafts.inTurnMs`, else a note now and the card in the chat when it is done, so a large
 * organisation's draft never runs into Teams' 15 s and shows the user an error.
 */
async function compileWithinTurn(deps: FlowDeps, scope: TurnScope, claimed: ExportRecord): Promise<FlowResult> {
  const compiling = compileDraftJob(deps.drafts, claimed, scope.now);
  const inTime = await settledWithin(compiling, deps.drafts.inTurnMs);
  if (inTime) return cardResult(readyCard(deps, inTime, scope.timeZone));
  void sendWhenCompiled(deps, claimed, compiling, scope.now).catch(() =>
    deps.logger.error("export.unsent", { reason: claimed.exportId }),
  );
  return textResult(scope.t("export.continuing"));
}

/** The work's result if it is done within `ms` (its failure is thrown), else undefined; 0 does not wait. */
async function settledWithin<T>(work: Promise<T>, ms: number): Promise<T | undefined> {
  if (ms <= 0) return undefined;
  let timer: NodeJS.Timeout | undefined;
  const timeUp = new Promise<undefined>((resolve) => {
    timer = setTimeout(resolve, ms, undefined);
  });
  try {
    return await Promise.race([work, timeUp]);
  } finally {
    clearTimeout(timer);
  }
}

/** Runs a pending job and sends the result to the person who asked; the export worker retries it if this process dies. */
export async function runDraftJobInBackground(deps: FlowDeps, orgId: string, exportId: string): Promise<void> {
  const now = deps.clock.now();
  const job = await deps.repos.exports.claimJob(orgId, exportId, now, DRAFT_JOB_LEASE_MS).catch(() => undefined);
  if (!job?.request) return;
  await sendWhenCompiled(deps, job, compileDraftJob(deps.drafts, job, now), now);
}

/** Sends the ready card to the person who asked, or after the last attempt the failure; an earlier failed attempt is retried by housekeeping. */
async function sendWhenCompiled(
  deps: FlowDeps,
  job: ExportRecord,
  compiling: Promise<DraftFiles>,
  now: Date,
): Promise<void> {
  const request = job.request as DraftRequest;
  const { orgId, exportId } = job;
  try {
    const result = await compiling;
    await deps.notifier.sendCard(request.conversation, readyCard(deps, result, request.timeZone));
  } catch (error) {
    const code = error instanceof AppError ? error.code : "INTERNAL";
    deps.logger.error("export.failed", { code, reason: job.exportId });
    if ((job.attempts ?? 1) >= MAX_DRAFT_ATTEMPTS) {
      await deps.repos.exports.update(orgId, exportId, (current) => ({
        ...current,
        status: "failed",
        failure: code,
        updatedAt: now.toISOString(),
      }));
      const t = translator(request.locale);
      await deps.notifier.sendCard(
        request.conversation,
        renderNoticeCard({ title: t("export.failed", { correlationId: job.exportId.slice(6, 14) }) }),
      );
    }
  }
}

const MAX_DRAFT_ATTEMPTS = 3;

function readyCard(deps: FlowDeps, result: DraftFiles, timeZone: string): AdaptiveCard {
  const request = result.job.request as DraftRequest;
  const t = translator(request.locale);
  const links = result.files.map((file) => ({
    file,
    link: deps.links.create(file.orgId, file.exportId, new Date(file.expiresAt)),
  }));
  const expires = links[0]?.link.expiresAt ?? new Date(result.job.expiresAt);
  const isDraft = asksForDraft(request);
  const summary = {
    answers: result.answerCount,
    areas: request.areas.length,
    date: formatDateTime(expires, request.locale, timeZone),
  };
  return renderNoticeCard({
    title: t(isDraft ? "export.ready.title" : "export.ready.bundleTitle"),
    titleColor: "Good",
    lines: [
      t(isDraft ? "export.ready.text" : "export.ready.bundleText", summary),
      ...(isDraft && request.formats.includes("bundle") ? [t("export.ready.bundleIncluded")] : []),
      ...(result.gapCount > 0 ? [t("export.ready.gaps", { count: result.gapCount })] : []),
      ...result.notes.slice(0, 5),
    ],
    links: links.map(({ file, link }) => ({ title: t(DOWNLOAD_TITLES[file.format]), url: link.url })),
  });
}

function toDraftRequest(
  scope: TurnScope,
  org: OrgConfig,
  values: z.infer<typeof requestInput>,
  isLlmConfigured: boolean,
): DraftRequest | undefined {
  const period =
    values.period === "cycle"
      ? {
          from: org.cycle.start,
          to:
            scope.now.toISOString().slice(0, 10) > org.cycle.selfReportDue
              ? scope.now.toISOString().slice(0, 10)
              : org.cycle.selfReportDue,
        }
      : { from: values.from, to: values.to };
  const formats = [...new Set(values.formats.split(",").filter(Boolean))];
  // The Datenpaket alone: every area, and nothing for an LLM to write.
  const isBundleOnly = formats.length > 0 && formats.every((format) => format === "bundle");
  const parsed = draftRequestSchema.safeParse({
    areas: isBundleOnly ? [...AREA_IDS] : values.areas.split(",").filter(Boolean),
    ...period,
    formats,
    attribution: values.attribution,
    variant: values.variant,
    mode: isLlmConfigured && !isBundleOnly ? values.mode : "structured",
    locale: values.language,
    conversation: scope.member.conversation,
    timeZone: scope.timeZone,
  });
  return parsed.success ? parsed.data : undefined;
}
