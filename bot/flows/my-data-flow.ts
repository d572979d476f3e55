/** Data-subject rights inside Teams: download all my data, delete all my answers (with confirmation). */
import { randomUUID } from "node:crypto";
import { renderNoticeCard } from "../../cards";
import { asksForDraft } from "../domain/draft-request";
import { formatDate, formatDateTime } from "../i18n/format";
import { collectPersonalData, eraseAnswers } from "../personal-data/personal-data";
import { cardResult, type FlowResult, type TurnScope } from "../turn-scope";
import type { ExportCiting } from "../store";
import type { FlowDeps } from "./flow-deps";
import { personalCopy, personalCopyMarkdown } from "./my-data-copy";
import { recordAudit } from "./audit-entry";

export function createMyDataFlow(deps: FlowDeps) {
  const { repos } = deps;

  async function countAnswers(scope: TurnScope): Promise<number> {
    let count = 0;
    for await (const page of repos.answers.streamForMember(scope.member.orgId, scope.member.memberId, 100))
      count += page.length;
    return count;
  }

  return {
    async exportMine(scope: TurnScope): Promise<FlowResult> {
      const { member } = scope;
      const data = await collectPersonalData(repos, member.orgId, member.memberId);
      const copy = personalCopy(data, scope, scope.org, scope.now);
      const exportId = `data-${randomUUID()}`;
      const date = scope.now.toISOString().slice(0, 10);
      const files = [
        {
          exportId,
          format: "markdown" as const,
          fileName: scope.t("myData.fileName", { date }),
          contentType: "text/markdown; charset=utf-8",
          text: personalCopyMarkdown(copy, scope),
        },
        {
          exportId: `${exportId}-json`,
          format: "json" as const,
          fileName: scope.t("myData.jsonFileName", { date }),
          contentType: "application/json; charset=utf-8",
          text: JSON.stringify(copy, null, 2),
        },
      ];
      const links = [];
      for (const file of files) {
        const saved = await repos.exports.save({
          exportId: file.exportId,
          orgId: member.orgId,
          requestedBy: member.memberId,
          kind: "personalData",
          format: file.format,
          status: "ready",
          fileName: file.fileName,
          contentType: file.contentType,
          content: Buffer.from(file.text, "utf8").toString("base64"),
          createdAt: scope.now.toISOString(),
          updatedAt: scope.now.toISOString(),
        });
        links.push(deps.links.create(member.orgId, file.exportId, new Date(saved.expiresAt)));
      }
      await recordAudit(repos, scope, "data.exported", { exportId });
      const [readable, json] = links as [(typeof links)[number], (typeof links)[number]];
      return cardResult(
        renderNoticeCard({
          title: scope.t("myData.title"),
          lines: [scope.t("myData.ready", { date: formatDateTime(readable.expiresAt, scope.locale, scope.timeZone) })],
          links: [
            { title: scope.t("myData.download"), url: readable.url },
            { title: scope.t("myData.downloadJson"), url: json.url },
          ],
        }),
      );
    },

    async confirmDeleteAll(scope: TurnScope): Promise<FlowResult> {
      const { member } = scope;
      const [count, kept] = await Promise.all([
        countAnswers(scope),
        repos.exports.listExportsCiting(member.orgId, member.memberId, scope.now),
      ]);
      // Files already compiled are the quality officers' documents: said before, not changed after.
      const lines = [
        scope.t("deleteAll.text", { count }),
        ...keptFilesLine(scope, "deleteAll.citedInDrafts", kept.filter(asksForDraft)),
        ...keptFilesLine(
          scope,
          "deleteAll.inDataPackages",
          kept.filter(({ formats }) => formats.includes("bundle")),
        ),
      ];
      return cardResult(
        renderNoticeCard({
          title: scope.t("deleteAll.title"),
          titleColor: "Attention",
          lines,
          actions: [
            { title: scope.t("deleteAll.yes"), verb: "data.deleteAll", style: "destructive" },
            { title: scope.t("deleteAll.no"), verb: "data.deleteAllCancel" },
          ],
        }),
      );
    },

    async deleteAll(scope: TurnScope): Promise<FlowResult> {
      const { member } = scope;
      const erased = await eraseAnswers(repos, member.orgId, member.memberId);
      await recordAudit(repos, scope, "data.deleted", { answers: erased.answers, dataExports: erased.dataExports });
      return cardResult(
        renderNoticeCard({
          title: scope.t("deleteAll.done", { count: erased.answers }),
          titleColor: "Good",
          lines: erased.dataExports > 0 ? [scope.t("deleteAll.linksStopped")] : [],
        }),
      );
    },

    cancelDeleteAll: (scope: TurnScope): FlowResult =>
      cardResult(renderNoticeCard({ title: scope.t("deleteAll.cancelled") })),
  };
}

/** One line naming the kept files of a kind and their days, or none when there are none. */
function keptFilesLine(
  scope: TurnScope,
  key: "deleteAll.citedInDrafts" | "deleteAll.inDataPackages",
  files: readonly ExportCiting[],
): string[] {
  if (files.length === 0) return [];
  const days = [...new Set(files.map((file) => formatDate(file.createdAt, scope.locale, scope.timeZone)))];
  return [scope.t(key, { count: files.length, dates: days.join(", ") })];
}
