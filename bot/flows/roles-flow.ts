/**
 * Roles ("rollen"): quality officers find members who installed the bot by name and give or take
 * the manager and quality-officer roles. Whoever asks is checked on the server (scope.roles);
 * the card only names the member and the role. The last quality officer stays, and every change
 * is audited.
 */
import { z } from "zod";
import { cardInputs, renderSetupCard, type CardButton, type SetupCardSection } from "../../cards";
import { roleSchema, type Member, type Role } from "../domain/member";
import type { MessageKey, Translate } from "../i18n/translator";
import { isBootstrapOfficer as isListedOfficer } from "../roles";
import type { CardActionInput } from "./card-input";
import { cardResult, type FlowResult, type TurnScope } from "../turn-scope";
import { idSchema, readInput } from "./card-input";
import type { FlowDeps } from "./flow-deps";
import { spellOutUmlauts } from "../domain/german-letters";
import { recordAudit } from "./audit-entry";

/** Enough to find a person; a longer list would not fit a Teams card. */
const MAX_RESULTS = 15;
const MAX_QUERY_LENGTH = 100;

const searchInput = z.object(
  cardInputs("setup-card", { query: z.string().max(MAX_QUERY_LENGTH).optional().default("") }),
);
const changeInput = z.object({
  memberId: idSchema,
  role: roleSchema,
  change: z.enum(["add", "remove"]),
  query: z.string().max(MAX_QUERY_LENGTH).optional().default(""),
});

const ROLE_NAMES: Record<Role, MessageKey> = {
  manager: "roles.role.manager",
  qualityOfficer: "roles.role.qualityOfficer",
};

/** Case- and accent-tolerant enough for names typed from memory ("koehler" finds "Köhler"). */
function nameKey(text: string): string {
  return spellOutUmlauts(text.toLocaleLowerCase("de"))
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/\s+/g, " ")
    .trim();
}

export function createRolesFlow(deps: FlowDeps) {
  const { repos } = deps;
  const bootstrap = deps.bootstrapQualityOfficers ?? [];

  const isBootstrapOfficer = (member: Pick<Member, "orgId" | "aadObjectId">) => isListedOfficer(member, bootstrap);
  const isOfficer = (member: Member) => member.roles.includes("qualityOfficer") || isBootstrapOfficer(member);

  /** Members whose name contains the query (or, without a query, those holding a role), sorted by name. */
  async function find(orgId: string, query: string): Promise<{ members: Member[]; total: number }> {
    const key = nameKey(query);
    const matches: Member[] = [];
    for await (const page of repos.members.listByOrg(orgId)) {
      for (const member of page) {
        const isMatch = key
          ? nameKey(member.name).includes(key)
          : member.roles.length > 0 || isBootstrapOfficer(member);
        if (isMatch) matches.push(member);
      }
    }
    matches.sort((a, b) => a.name.localeCompare(b.name, "de"));
    return { members: matches.slice(0, MAX_RESULTS), total: matches.length };
  }

  function roleLine(t: Translate, scope: TurnScope, member: Member): string {
    const parts: string[] = member.roles.map((role) => t(ROLE_NAMES[role]));
    if (isBootstrapOfficer(member) && !member.roles.includes("qualityOfficer")) parts.push(t("roles.viaConfiguration"));
    if (parts.length === 0) parts.push(t("roles.staffOnly"));
    if (!member.isInstalled) parts.push(t("roles.notInstalled"));
    if (member.memberId === scope.member.memberId) parts.push(t("roles.you"));
    return parts.join(" · ");
  }

  function memberSection(scope: TurnScope, member: Member, query: string): SetupCardSection {
    const { t } = scope;
    const button = (role: Role): CardButton => {
      const has = member.roles.includes(role);
      const titles: Record<Role, [MessageKey, MessageKey]> = {
        manager: ["roles.addManager", "roles.removeManager"],
        qualityOfficer: ["roles.addQualityOfficer", "roles.removeQualityOfficer"],
      };
      return {
        title: t(titles[role][has ? 1 : 0]),
        verb: "roles.change",
        data: { memberId: member.memberId, role, change: has ? "remove" : "add", query },
        style: has ? "destructive" : "default",
      };
    };
    return {
      heading: member.name || member.memberId,
      lines: [roleLine(t, scope, member)],
      // A configured officer's role is changed in the configuration only.
      buttons: isBootstrapOfficer(member) ? [button("manager")] : [button("manager"), button("qualityOfficer")],
    };
  }

  async function card(scope: TurnScope, query: string, notices: string[] = []): Promise<FlowResult> {
    const { t } = scope;
    const { members, total } = await find(scope.member.orgId, query);
    const heading = query ? t("roles.results", { query }) : t("roles.currentHolders");
    const empty = query ? t("roles.noResults") : t("roles.noHolders");
    const lines =
      members.length === 0
        ? [empty]
        : total > members.length
          ? [t("roles.more", { count: total - members.length })]
          : [];
    return cardResult(
      renderSetupCard({
        title: t("roles.title"),
        intro: t("roles.intro"),
        notices,
        sections: [
          {
            fields: [
              {
                kind: "text",
                id: "query",
                label: t("roles.searchLabel"),
                value: query,
                placeholder: t("roles.searchPlaceholder"),
                maxLength: MAX_QUERY_LENGTH,
              },
            ],
            buttons: [{ title: t("roles.search"), verb: "roles.search", style: "positive" }],
          },
          { heading, lines },
          ...members.map((member) => memberSection(scope, member, query)),
        ],
      }),
    );
  }

  async function change(scope: TurnScope, input: CardActionInput): Promise<FlowResult> {
    const { t } = scope;
    const request = readInput(input, changeInput);
    const orgId = scope.member.orgId;
    const target = await repos.members.get(orgId, request.memberId);
    if (!target) return card(scope, request.query, [t("roles.memberNotFound")]);
    const name = target.name || target.memberId;
    const role = t(ROLE_NAMES[request.role]);
    const has = target.roles.includes(request.role);
    if (request.change === "add" && has) return card(scope, request.query, [t("roles.alreadyAdded", { name, role })]);
    // The configuration makes a bootstrap officer, whatever is stored: one message, nothing changed.
    if (request.change === "remove" && request.role === "qualityOfficer" && isBootstrapOfficer(target))
      return card(scope, request.query, [t("roles.stillViaConfiguration", { name })]);
    if (request.change === "remove" && !has)
      return card(scope, request.query, [t("roles.alreadyRemoved", { name, role })]);
    const changed = (member: Member): Member => ({
      ...member,
      roles:
        request.change === "add"
          ? [...new Set([...member.roles, request.role])]
          : member.roles.filter((existing) => existing !== request.role),
      updatedAt: scope.now.toISOString(),
    });
    if (request.change === "remove" && request.role === "qualityOfficer") {
      // Checked and written atomically: two officers removing each other at once leave one.
      const removed = await repos.members.changeRolesGuarded(orgId, target.memberId, (member, members) =>
        members.some((other) => other.memberId !== member.memberId && other.isInstalled && isOfficer(other))
          ? changed(member)
          : undefined,
      );
      if (!removed) return card(scope, request.query, [t("roles.lastOfficer", { name })]);
    } else await repos.members.update(orgId, target.memberId, changed);
    await recordAudit(repos, scope, "roles.changed", {
      targetMemberId: target.memberId,
      role: request.role,
      change: request.change === "add" ? "added" : "removed",
    });
    return card(scope, request.query, [t(request.change === "add" ? "roles.added" : "roles.removed", { name, role })]);
  }

  return {
    open: (scope: TurnScope) => card(scope, ""),
    /** "rollen weber" searches right away. */
    fromCommand: (scope: TurnScope, args: string) => card(scope, args.slice(0, MAX_QUERY_LENGTH).trim()),
    search: (scope: TurnScope, input: CardActionInput) => card(scope, readInput(input, searchInput).query.trim()),
    change: (scope: TurnScope, input: CardActionInput) => change(scope, input),
  };
}
