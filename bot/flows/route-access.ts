/**
 * Who may use each command and card verb. ReflectionBot checks it once, before any flow runs or
 * anything the card sent is read; the flows themselves assume it. Both tables are complete by
 * type: a new command or verb does not compile until it says who may use it. Roles come from the
 * server (the stored member and the configured quality officers), never from the card.
 * A file sent in the chat is the one route that answers its own refusal (previous-report-file-flow:
 * staff who send a file are told where answers go, which is more use to them than "only …").
 */
import type { CardVerb } from "../../cards";
import type { CommandId } from "../commands";
import type { Role } from "../domain/member";
import { textResult, type FlowResult, type TurnScope } from "../turn-scope";

export type Access = "everyone" | "qualityOfficer" | "managerOrQualityOfficer";

export const COMMAND_ACCESS: Readonly<Record<CommandId, Access>> = {
  greeting: "everyone",
  help: "everyone",
  prompt: "everyone",
  myAnswers: "everyone",
  pause: "everyone",
  resume: "everyone",
  vacation: "everyone",
  language: "everyone",
  settings: "everyone",
  myData: "everyone",
  deleteAll: "everyone",
  progress: "managerOrQualityOfficer",
  setup: "qualityOfficer",
  roles: "qualityOfficer",
  overview: "qualityOfficer",
  export: "qualityOfficer",
  reportBasis: "qualityOfficer",
  promptIds: "qualityOfficer",
  runSchedule: "qualityOfficer",
  deliveryStatus: "qualityOfficer",
};

export const VERB_ACCESS: Readonly<Record<CardVerb, Access>> = {
  help: "everyone",
  "prompt.new": "everyone",
  "prompt.show": "everyone",
  "prompt.another": "everyone",
  "prompt.skip": "everyone",
  "prompt.snooze": "everyone",
  "prompt.unsnooze": "everyone",
  "prompt.followUp": "everyone",
  "answer.submit": "everyone",
  "answer.open": "everyone",
  "answer.edit": "everyone",
  "answer.saveEdit": "everyone",
  "answer.delete": "everyone",
  "answer.deleteConfirm": "everyone",
  "answers.list": "everyone",
  "typed.offer": "everyone",
  "typed.save": "everyone",
  "typed.edit": "everyone",
  "typed.no": "everyone",
  "settings.save": "everyone",
  "data.deleteAll": "everyone",
  "data.deleteAllCancel": "everyone",
  "progress.show": "managerOrQualityOfficer",
  "progress.area": "managerOrQualityOfficer",
  "overview.open": "qualityOfficer",
  "roles.open": "qualityOfficer",
  "roles.search": "qualityOfficer",
  "roles.change": "qualityOfficer",
  "export.create": "qualityOfficer",
  "reportBasis.open": "qualityOfficer",
  "reportBasis.save": "qualityOfficer",
  "reportBasis.prompts": "qualityOfficer",
  "delivery.listUnreached": "qualityOfficer",
  "setup.open": "qualityOfficer",
  "setup.next": "qualityOfficer",
  "setup.back": "qualityOfficer",
  "setup.discard": "qualityOfficer",
  "setup.finish": "qualityOfficer",
  "setup.groupAdd": "qualityOfficer",
  "setup.groupPage": "qualityOfficer",
  "setup.groupRemove": "qualityOfficer",
  "setup.quietAdd": "qualityOfficer",
  "setup.quietRemove": "qualityOfficer",
};

const ALLOWED: Readonly<Record<Access, readonly Role[] | "all">> = {
  everyone: "all",
  qualityOfficer: ["qualityOfficer"],
  managerOrQualityOfficer: ["manager", "qualityOfficer"],
};

function mayUse(access: Access, roles: ReadonlySet<Role>): boolean {
  const allowed = ALLOWED[access];
  return allowed === "all" || allowed.some((role) => roles.has(role));
}

/**
 * Undefined when the member may; else the one refusal for that access: a plain answer naming
 * who may, not an error (no error id).
 */
export function refusedAccess(access: Access, scope: Pick<TurnScope, "t" | "roles">): FlowResult | undefined {
  if (mayUse(access, scope.roles)) return undefined;
  const role = access === "qualityOfficer" ? "role.qualityOfficer" : "role.managerOrQualityOfficer";
  return textResult(scope.t("access.onlyRole", { role: scope.t(role) }));
}
