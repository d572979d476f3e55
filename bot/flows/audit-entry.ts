/** The organisation's audit log, written by the member whose turn this is, at the turn's time. */
import type { AuditEntry, Repositories } from "../store";
import type { TurnScope } from "../turn-scope";

export function recordAudit(
  repos: Pick<Repositories, "audit">,
  scope: TurnScope,
  action: AuditEntry["action"],
  details: AuditEntry["details"],
) {
  return repos.audit.record({
    orgId: scope.member.orgId,
    at: scope.now.toISOString(),
    actorMemberId: scope.member.memberId,
    action,
    details,
  });
}
