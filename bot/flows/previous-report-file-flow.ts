/**
 * The previous Selbstreport sent as a Word file in the personal chat (issue 15 item 8): a quality
 * officer sends the .docx, the bot downloads it from Teams, reads its text with the same reader
 * `npm run draft --previous` uses, stores it where the pasted text goes (the `grundlagen` basis)
 * and confirms with the file's name, its paragraphs and the QB chapters it found. Anyone else,
 * and any other kind of file, gets a clear answer; nothing of the file is kept then.
 */
import { renderNoticeCard } from "../../cards";
import { PREVIOUS_REPORT_MAX_LENGTH, type ReportBasis } from "../domain/report-basis";
import type { DocxTextProblem } from "../drafts";
import { isAppError } from "../errors";
import type { MessageKey } from "../i18n/translator";
import { downloadTeamsFile, filesOf, type FileDownload, type TeamsFile } from "../teams-file";
import { cardResult, textResult, type FlowResult, type TurnScope } from "../turn-scope";
import type { FlowDeps } from "./flow-deps";
import { recordAudit } from "./audit-entry";
import { lazy } from "../lazy";

/** The .docx reader (and its zip and XML parsers): loaded by the first file a quality officer sends. */
const docxReading = lazy(() => import("../drafts"));

/** Teams gives a turn 15 s; the download must leave time to read and store the file. */
const DOWNLOAD_TIMEOUT_MS = 8_000;

const READ_PROBLEMS: Record<DocxTextProblem, MessageKey> = {
  tooLarge: "previousReportFile.problem.tooLarge",
  notZip: "previousReportFile.problem.notDocx",
  notDocx: "previousReportFile.problem.notDocx",
  unsafeName: "previousReportFile.problem.unsafe",
  badXml: "previousReportFile.problem.unreadable",
  noText: "previousReportFile.problem.noText",
};

const DOWNLOAD_PROBLEMS: Record<Exclude<FileDownload, { ok: true }>["problem"], MessageKey> = {
  refusedUrl: "previousReportFile.problem.download",
  failed: "previousReportFile.problem.download",
  timeout: "previousReportFile.problem.download",
  tooLarge: "previousReportFile.problem.tooLarge",
};

export function createPreviousReportFileFlow(deps: FlowDeps) {
  const { repos } = deps;

  async function problem(scope: TurnScope, file: TeamsFile, key: MessageKey): Promise<FlowResult> {
    const maxMegabytes = (await docxReading()).DOCX_TEXT_LIMITS.maxFileBytes / 1024 / 1024;
    return textResult(scope.t(key, { name: file.name, max: maxMegabytes }));
  }

  async function store(scope: TurnScope, text: string): Promise<{ replaced: boolean }> {
    const orgId = scope.org?.orgId ?? scope.member.orgId;
    // Another officer saving the basis at the same moment: read again and write once more.
    for (let attempt = 0; ; attempt++) {
      const current = await repos.reportBasis.get(orgId);
      const basis: ReportBasis = {
        ...(current?.value ?? { orgId, requirements: [], goals: [] }),
        previousReportText: text,
        updatedAt: scope.now.toISOString(),
        updatedBy: scope.member.memberId,
      };
      try {
        await repos.reportBasis.save(basis, current?.etag);
        return { replaced: Boolean(current?.value.previousReportText) };
      } catch (error) {
        if (!isAppError(error, "CONFLICT") || attempt >= 2) throw error;
      }
    }
  }

  async function confirmation(scope: TurnScope, file: TeamsFile, text: string, replaced: boolean): Promise<FlowResult> {
    const { t } = scope;
    const chapters = (await docxReading()).previousReportChapters(text);
    const paragraphs = text.split("\n").filter((line) => line.trim() !== "").length;
    const lines = [
      t("previousReportFile.paragraphs", { count: paragraphs }),
      chapters.length > 0
        ? t("previousReportFile.chapters", {
            count: chapters.length,
            areas: chapters.map((number) => `QB ${number}`).join(", "),
          })
        : t("previousReportFile.noChapters"),
      ...(replaced ? [t("previousReportFile.replaced")] : []),
      ...(scope.org?.cycle.kind === "recertification" ? [] : [t("previousReportFile.firstCertification")]),
    ];
    return cardResult(
      renderNoticeCard({
        title: t("previousReportFile.saved", { name: file.name }),
        titleColor: "Good",
        lines,
        actions: [{ title: t("previousReportFile.openBasis"), verb: "reportBasis.open" }],
      }),
    );
  }

  return async function receiveFiles(scope: TurnScope, attachments: unknown): Promise<FlowResult> {
    const { t } = scope;
    if (!scope.roles.has("qualityOfficer")) return textResult(t("previousReportFile.onlyOfficers"));
    if (!scope.org) return textResult(t("prompt.notSetUp"));
    const { files } = filesOf(attachments);
    const [file] = files;
    if (!file) return textResult(t("previousReportFile.unreadableAttachment"));
    if (files.length > 1) return textResult(t("previousReportFile.oneAtATime", { count: files.length }));
    if (file.fileType !== "docx") return problem(scope, file, "previousReportFile.onlyDocx");

    const { DOCX_TEXT_LIMITS, readDocxText } = await docxReading();
    const download = await downloadTeamsFile(file.downloadUrl, {
      maxBytes: DOCX_TEXT_LIMITS.maxFileBytes,
      timeoutMs: DOWNLOAD_TIMEOUT_MS,
      allowsLoopbackHttp: deps.isLocalMode === true,
    });
    if (!download.ok) {
      deps.logger.warn("previous_report_file.download_failed", { reason: download.problem });
      return problem(scope, file, DOWNLOAD_PROBLEMS[download.problem]);
    }
    const read = await readDocxText(download.content);
    if (!read.ok) return problem(scope, file, READ_PROBLEMS[read.problem]);
    const length = [...read.text].length;
    if (length > PREVIOUS_REPORT_MAX_LENGTH)
      return textResult(
        t("previousReportFile.problem.tooLong", {
          name: file.name,
          count: length,
          max: PREVIOUS_REPORT_MAX_LENGTH.toLocaleString(scope.locale === "de" ? "de-DE" : "en-GB"),
        }),
      );

    let replaced: boolean;
    try {
      ({ replaced } = await store(scope, read.text));
    } catch (error) {
      if (isAppError(error, "STORE_UNAVAILABLE") || isAppError(error, "CONFLICT"))
        return problem(scope, file, "previousReportFile.problem.notStored");
      throw error;
    }
    await recordAudit(repos, scope, "config.changed", { part: "reportBasis", previousReport: true, source: "file" });
    return confirmation(scope, file, read.text, replaced);
  };
}
