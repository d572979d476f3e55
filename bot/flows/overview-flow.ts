/**
 * The quality officers' overview ("übersicht"): the configuration at a glance with a button to
 * each setup step, member counts (never names) and when the next prompts go out.
 */
import { renderSetupCard } from "../../cards";
import { localDateAt } from "../domain/calendar";
import type { Member } from "../domain/member";
import type { OrgConfig } from "../domain/org-config";
import { isAwayOn } from "../domain/working-calendar";
import { rolesOf, type BootstrapOfficer } from "../roles";
import { formatCalendarDate, formatDateTime } from "../i18n/format";
import { cardResult, textResult, type FlowResult, type TurnScope } from "../turn-scope";
import type { FlowDeps } from "./flow-deps";
import { nextRunOf } from "./next-run";
import { configSections } from "./setup-describe";

interface MemberCounts {
  installed: number;
  reachable: number;
  pausedOrOnVacation: number;
  withoutGroup: number;
  managers: number;
  qualityOfficers: number;
}

/**
 * Counts over installed members; roles over every member who holds one, as "rollen" lists them
 * (the stored roles and the configured quality officers). `today` is the organisation's local date.
 */
function countMembers(
  members: Iterable<Member>,
  config: Pick<OrgConfig, "groups">,
  today: string,
  bootstrap: readonly BootstrapOfficer[],
  counts = emptyCounts(),
): MemberCounts {
  const groupIds = new Set(config.groups.map((group) => group.id));
  for (const member of members) {
    const roles = rolesOf(member, bootstrap);
    if (roles.has("manager")) counts.managers++;
    if (roles.has("qualityOfficer")) counts.qualityOfficers++;
    if (!member.isInstalled) continue;
    counts.installed++;
    if (member.isReachable) counts.reachable++;
    if (isAwayOn(member, today)) counts.pausedOrOnVacation++;
    if (!member.group || !groupIds.has(member.group)) counts.withoutGroup++;
  }
  return counts;
}

function emptyCounts(): MemberCounts {
  return { installed: 0, reachable: 0, pausedOrOnVacation: 0, withoutGroup: 0, managers: 0, qualityOfficers: 0 };
}

export function createOverviewFlow(deps: FlowDeps) {
  return {
    async open(scope: TurnScope): Promise<FlowResult> {
      const { t, locale, org } = scope;
      // Before setup the gate answers the typed command; a stale card lands here.
      if (!org) return textResult(t("prompt.notSetUp"));
      const zone = org.schedule.timeZone;
      const today = localDateAt(scope.now, zone);
      const counts = emptyCounts();
      // Names only to say who owns an area's fact questions.
      const people: { memberId: string; name: string }[] = [];
      for await (const page of deps.repos.members.listByOrg(org.orgId)) {
        countMembers(page, org, today, deps.bootstrapQualityOfficers ?? [], counts);
        for (const member of page) people.push({ memberId: member.memberId, name: member.name });
      }
      const next = await nextRunOf(deps.repos, org, scope.now);
      const sections = configSections(scope, org, {
        today,
        nextRun: next ? formatDateTime(next, locale, zone) : t("setup.done.noNextRun"),
        editTitle: "overview.edit",
        people,
      });
      sections.push({
        heading: t("overview.section.members"),
        facts: [
          { title: t("overview.members.installed"), value: String(counts.installed) },
          { title: t("overview.members.reachable"), value: String(counts.reachable) },
          { title: t("overview.members.pausedOrVacation"), value: String(counts.pausedOrOnVacation) },
          { title: t("overview.members.withoutGroup"), value: String(counts.withoutGroup) },
          { title: t("overview.members.managers"), value: String(counts.managers) },
          { title: t("overview.members.qualityOfficers"), value: String(counts.qualityOfficers) },
        ],
        lines: [t("overview.members.note")],
        buttons: [{ title: t("overview.roles"), verb: "roles.open" }],
      });
      return cardResult(
        renderSetupCard({
          title: t("overview.title"),
          intro: t("overview.intro", { name: org.name || org.orgId, date: formatCalendarDate(today, locale) }),
          sections,
        }),
      );
    },
  };
}
