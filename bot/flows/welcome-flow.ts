/** The first conversation: welcome card, help card, and the hint for text we do not understand. */
import { renderHelpCard, renderWelcomeCard } from "../../cards";
import { addDays, localDateAt } from "../domain/calendar";
import type { Frequency } from "../domain/org-config";
import { formatTypedDate } from "../i18n/format";
import type { MessageKey } from "../i18n/translator";
import { cardResult, type FlowResult, type TurnScope } from "../turn-scope";
import type { FlowRoutes } from "./flow-routes";

export const DEFAULT_ANONYMITY_THRESHOLD = 5;

const RHYTHM_TEXTS: Record<Frequency | "unknown", MessageKey> = {
  weekly: "welcome.rhythm.weekly",
  biweekly: "welcome.rhythm.biweekly",
  monthly: "welcome.rhythm.monthly",
  unknown: "welcome.rhythm.unknown",
};

export function welcome(scope: TurnScope, anonymityThreshold: number): FlowResult {
  const { t, roles, member } = scope;
  const roleLines = [t("welcome.role.staff")];
  if (roles.has("manager")) roleLines.push(t("welcome.role.manager"));
  if (roles.has("qualityOfficer")) roleLines.push(t("welcome.role.qualityOfficer"));
  return cardResult(
    renderWelcomeCard({
      title: t("welcome.title"),
      greeting: member.name
        ? t("welcome.greeting", { name: member.name.split(" ")[0] ?? member.name })
        : t("welcome.title"),
      intro: t("welcome.intro", { rhythm: t(RHYTHM_TEXTS[scope.org?.schedule.frequency ?? "unknown"]) }),
      privacyTitle: t("welcome.privacy.title"),
      privacyLines: [
        t("welcome.privacy.own"),
        t("welcome.privacy.officers"),
        t("welcome.privacy.managers", { threshold: anonymityThreshold }),
      ],
      roleTitle: t("welcome.role.title"),
      roleLines,
      actions: [
        { title: t("welcome.action.help"), verb: "help" },
        ...(roles.has("manager") || roles.has("qualityOfficer")
          ? [{ title: t("progress.welcomeButton"), verb: "progress.show" as const }]
          : []),
      ],
    }),
  );
}

const STAFF_COMMANDS: MessageKey[] = [
  "help.command.help",
  "help.command.prompt",
  "help.command.myAnswers",
  "help.command.pause",
  "help.command.vacation",
  "help.command.settings",
  "help.command.language",
  "help.command.myData",
  "help.command.deleteAll",
];
const MANAGER_COMMANDS: MessageKey[] = ["help.command.progress"];
const QUALITY_OFFICER_COMMANDS: MessageKey[] = [
  "help.command.setup",
  "help.command.overview",
  "help.command.roles",
  "help.command.progress",
  "help.command.export",
  "help.command.reportBasis",
  "help.command.promptIds",
  "help.command.deliveryStatus",
];

/** Dates for the pause and holiday examples, from today on, as the member would type them. */
export function commandDateExamples(scope: TurnScope): Record<"until" | "from" | "to", string> {
  const today = localDateAt(scope.now, scope.timeZone);
  const typed = (days: number) => formatTypedDate(addDays(today, days), scope.locale);
  return { until: typed(14), from: typed(28), to: typed(41) };
}

/** `isLocalMode` adds the local-only "zeitplan jetzt" for quality officers. */
export function help(scope: TurnScope, isLocalMode = false): FlowResult {
  const { t, roles } = scope;
  const examples = commandDateExamples(scope);
  const sections = [{ title: t("help.staff.title"), lines: STAFF_COMMANDS.map((key) => t(key, examples)) }];
  if (roles.has("manager"))
    sections.push({ title: t("help.manager.title"), lines: MANAGER_COMMANDS.map((key) => t(key)) });
  if (roles.has("qualityOfficer")) {
    const lines = QUALITY_OFFICER_COMMANDS.map((key) => t(key));
    if (isLocalMode) lines.push(t("help.command.runSchedule"));
    sections.push({ title: t("help.qualityOfficer.title"), lines });
  }
  return cardResult(
    renderHelpCard({ title: t("help.title"), intro: t("help.intro"), sections, privacy: t("help.privacy") }),
  );
}

export function anonymityThresholdOf(scope: TurnScope): number {
  return scope.org?.anonymityThreshold ?? DEFAULT_ANONYMITY_THRESHOLD;
}

export function welcomeRoutes(isLocalMode = false): FlowRoutes {
  return {
    commands: {
      greeting: (scope) => welcome(scope, anonymityThresholdOf(scope)),
      help: (scope) => help(scope, isLocalMode),
    },
    actions: { help: (scope) => help(scope, isLocalMode) },
  };
}
