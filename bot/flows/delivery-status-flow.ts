/**
 * Quality officers' view of the proactive delivery: how many prompts went out, wait, failed or
 * could not be delivered, and who the bot cannot reach (names for quality officers only). In
 * local mode also "zeitplan jetzt": the scheduler and the worker at once, for a first look.
 */
import { renderNoticeCard } from "../../cards";
import type { Member } from "../domain/member";
import { cardResult, textResult, type FlowResult, type TurnScope } from "../turn-scope";
import type { FlowDeps } from "./flow-deps";
import type { FlowRoutes } from "./flow-routes";

/** Keeps the card well under Teams' size limit; the rest is counted. */
const MAX_LISTED = 60;

export function deliveryStatusRoutes(deps: FlowDeps): FlowRoutes {
  const { repos } = deps;

  async function membersOf(orgId: string): Promise<Member[]> {
    const members: Member[] = [];
    for await (const page of repos.members.listByOrg(orgId)) members.push(...page);
    return members;
  }

  const isOutOfReach = (member: Member) => !member.isInstalled || !member.isReachable;

  async function status(scope: TurnScope): Promise<FlowResult> {
    const { t } = scope;
    const orgId = scope.member.orgId;
    const [counts, members] = await Promise.all([repos.deliveries.countsByState(orgId), membersOf(orgId)]);
    const notInstalled = members.filter((member) => !member.isInstalled).length;
    const unreachable = members.filter((member) => member.isInstalled && !member.isReachable).length;
    const fact = (title: string, value: number) => ({ title, value: String(value) });
    return cardResult(
      renderNoticeCard({
        title: t("delivery.status.title"),
        lines: [t("delivery.status.known", { count: members.length }), t("delivery.status.neverInstalled")],
        facts: [
          fact(t("delivery.status.sent"), counts.sent),
          fact(t("delivery.status.pending"), counts.pending + counts.sending),
          fact(t("delivery.status.failed"), counts.failed),
          fact(t("delivery.status.unreachable"), counts.unreachable),
          fact(t("delivery.status.membersNotInstalled"), notInstalled),
          fact(t("delivery.status.membersUnreachable"), unreachable),
        ],
        actions:
          notInstalled + unreachable > 0
            ? [{ title: t("delivery.status.listButton"), verb: "delivery.listUnreached" }]
            : [],
      }),
    );
  }

  async function listUnreached(scope: TurnScope): Promise<FlowResult> {
    const { t, locale } = scope;
    const missing = (await membersOf(scope.member.orgId))
      .filter(isOutOfReach)
      .sort((a, b) => a.name.localeCompare(b.name, locale === "de" ? "de-DE" : "en-GB"));
    const lines = missing.slice(0, MAX_LISTED).map((member) => {
      const name = member.name.trim() || t("delivery.list.unnamed");
      return member.isInstalled ? t("delivery.list.unreachable", { name }) : t("delivery.list.notInstalled", { name });
    });
    if (missing.length > MAX_LISTED) lines.push(t("delivery.list.more", { count: missing.length - MAX_LISTED }));
    return cardResult(
      renderNoticeCard({
        title: t("delivery.list.title"),
        lines: missing.length > 0 ? [t("delivery.list.intro"), ...lines] : [t("delivery.list.none")],
      }),
    );
  }

  async function runNow(scope: TurnScope): Promise<FlowResult> {
    const { t } = scope;
    if (!deps.isLocalMode) return textResult(t("delivery.runNow.localOnly"));
    if (!scope.org) return textResult(t("delivery.runNow.notSetUp"));
    if (!deps.scheduling) return textResult(t("delivery.runNow.unavailable"));
    const { recorded, sent, reminded, failed } = await deps.scheduling.runNow(scope.org.orgId, scope.now);
    const figures = { recorded, sent, reminded, failed };
    // Another run may have recorded the prompts this one sends: "nothing due" only when nothing happened.
    const didSomething = Object.values(figures).some((count) => count > 0);
    return textResult(didSomething ? t("delivery.runNow.done", figures) : t("delivery.runNow.nothingDue"));
  }

  return {
    commands: {
      deliveryStatus: (scope) => status(scope),
      runSchedule: (scope) => runNow(scope),
    },
    actions: {
      "delivery.listUnreached": (scope) => listUnreached(scope),
    },
  };
}
