/** Data-subject rights inside Teams: download all my data, delete all my answers (with confirmation). */
import { randomUUID } from "node:crypto";
import { renderNoticeCard } from "../../cards";
import { formatDate, formatDateTime } from "../i18n/format";
import { collectPersonalData, eraseAnswers } from "../personal-data/personal-data";
import { cardResult, type FlowResult, type TurnScope } from "../turn-scope";
import type { FlowDeps } from "./flow-deps";

export function createMyDataFlow(deps: FlowDeps) {
  const { repos } = deps;

  async function countAnswers(scope: TurnScope): Promise<number> {
    let count = 0;
    let continuationToken: string | undefined;
    do {
      const page = await repos.answers.listForMember(scope.member.orgId, scope.member.memberId, {
        pageSize: 100,
        continuationToken,
      });
      count += page.answers.length;
      continuationToken = page.continuationToken;
    } while (continuationToken);
    return count;
  }

  return {
    async exportMine(scope: TurnScope): Promise<FlowResult> {
      const { member } = scope;
      const data = await collectPersonalData(repos, member.orgId, member.memberId);
      const exportId = `data-${randomUUID()}`;
      const saved = await repos.exports.save({
        exportId,
        orgId: member.orgId,
        requestedBy: member.memberId,
        kind: "personalData",
        format: "json",
        status: "ready",
        fileName: scope.t("myData.fileName", { date: scope.now.toISOString().slice(0, 10) }),
        contentType: "application/json; charset=utf-8",
        content: Buffer.from(JSON.stringify(data, null, 2), "utf8").toString("base64"),
        createdAt: scope.now.toISOString(),
        updatedAt: scope.now.toISOString(),
      });
      const link = deps.links.create(member.orgId, exportId, new Date(saved.expiresAt));
      await repos.audit.record({
        orgId: member.orgId,
        at: scope.now.toISOString(),
        actorMemberId: member.memberId,
        action: "data.exported",
        details: { exportId },
      });
      return cardResult(
        renderNoticeCard({
          title: scope.t("myData.title"),
          lines: [scope.t("myData.ready", { date: formatDateTime(link.expiresAt, scope.locale, scope.timeZone) })],
          links: [{ title: scope.t("myData.download"), url: link.url }],
        }),
      );
    },

    async confirmDeleteAll(scope: TurnScope): Promise<FlowResult> {
      const { member } = scope;
      const [count, drafts] = await Promise.all([
        countAnswers(scope),
        repos.exports.listDraftsCiting(member.orgId, member.memberId, scope.now),
      ]);
      const lines = [scope.t("deleteAll.text", { count })];
      // Drafts already compiled are the quality officers' documents: said before, not changed after.
      if (drafts.length > 0) {
        const days = [...new Set(drafts.map((draft) => formatDate(draft.createdAt, scope.locale, scope.timeZone)))];
        lines.push(scope.t("deleteAll.citedInDrafts", { count: drafts.length, dates: days.join(", ") }));
      }
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
      await repos.audit.record({
        orgId: member.orgId,
        at: scope.now.toISOString(),
        actorMemberId: member.memberId,
        action: "data.deleted",
        details: { answers: erased.answers, dataExports: erased.dataExports },
      });
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
