/** A member's own choices: pause, vacation, resume, language, and the settings card (also used for onboarding). */
import { z } from "zod";
import { renderSettingsCard } from "../../cards";
import type { Member } from "../domain/member";
import { localDate, parseUserDate } from "../domain/user-date";
import { formatCalendarDate, weekdayName } from "../i18n/format";
import { translator } from "../i18n/translator";
import type { CardActionInput } from "../reflection-bot";
import { cardResult, textResult, type FlowResult, type TurnScope } from "../turn-scope";
import { readInput } from "./card-input";
import type { FlowDeps } from "./flow-deps";

const MAX_PAUSE_DAYS = 366;

const settingsInput = z.object({
  group: z.string().max(40).optional().default(""),
  preferredTime: z.string().max(10).optional().default(""),
  language: z.enum(["de", "en"]).optional(),
  namedAttribution: z.enum(["true", "false"]).optional(),
});

export function createPreferencesFlow(deps: FlowDeps) {
  const update = (scope: TurnScope, mutate: (member: Member) => Member) =>
    deps.repos.members.update(scope.member.orgId, scope.member.memberId, (m) => ({
      ...mutate(m),
      updatedAt: scope.now.toISOString(),
    }));

  async function pauseUntil(
    scope: TurnScope,
    args: string,
    field: "pausedUntil" | "vacationUntil",
  ): Promise<FlowResult> {
    const today = localDate(scope.now, scope.timeZone);
    const parsed = parseUserDate(args, today);
    if (parsed.kind === "invalid") return textResult(scope.t("pause.badDate", { example: scope.t("pause.example") }));
    if (parsed.isoDate < today) return textResult(scope.t("pause.pastDate"));
    const limit = new Date(scope.now.getTime() + MAX_PAUSE_DAYS * 86_400_000).toISOString().slice(0, 10);
    if (parsed.isoDate > limit) return textResult(scope.t("pause.tooFar"));
    await update(scope, (m) => ({ ...m, [field]: parsed.isoDate }));
    const date = formatCalendarDate(parsed.isoDate, scope.locale);
    return textResult(scope.t(field === "pausedUntil" ? "pause.set" : "vacation.set", { date }));
  }

  function settingsCard(scope: TurnScope, title: string, notice = ""): FlowResult {
    const { t, org, member } = scope;
    if (!org) return textResult(t("settings.notSetUp"));
    return cardResult(
      renderSettingsCard({
        title,
        intro: t("settings.intro"),
        notice,
        groupLabel: t("settings.group"),
        groupRequired: t("settings.groupRequired"),
        group: member.group ?? org.groups[0]?.id ?? "",
        groupChoices: org.groups.map((group) => ({ title: group.name, value: group.id })),
        timeLabel: t("settings.time"),
        timeHint: t("settings.timeHint", {
          weekday: weekdayName(org.schedule.weekday, scope.locale),
          time: org.schedule.time,
        }),
        preferredTime: member.preferredTime ?? org.schedule.time,
        languageLabel: t("settings.language"),
        language: scope.locale,
        languageChoices: [
          { title: t("language.option.de"), value: "de" },
          { title: t("language.option.en"), value: "en" },
        ],
        consentLabel: t("settings.consent"),
        consentHint: t("settings.consentHint"),
        namedAttribution: member.consentsToNamedAttribution ? "true" : "false",
        saveTitle: t("settings.save"),
      }),
    );
  }

  return {
    pause: (scope: TurnScope, args: string) => pauseUntil(scope, args, "pausedUntil"),
    vacation: (scope: TurnScope, args: string) => pauseUntil(scope, args, "vacationUntil"),

    async resume(scope: TurnScope): Promise<FlowResult> {
      await update(scope, ({ pausedUntil: _p, vacationUntil: _v, ...rest }) => rest);
      return textResult(scope.t("pause.resumed"));
    },

    async language(scope: TurnScope, args: string): Promise<FlowResult> {
      const choice = args.trim().slice(0, 2);
      if (choice !== "de" && choice !== "en") return textResult(scope.t("language.unknown"));
      await update(scope, (m) => ({ ...m, chosenLocale: choice }));
      return textResult(translator(choice)("language.set"));
    },

    show: (scope: TurnScope) => settingsCard(scope, scope.t("settings.title")),
    /** Shown once after install, when the organisation is set up. */
    onboarding: (scope: TurnScope) => settingsCard(scope, scope.t("settings.onboardingTitle")),

    async save(scope: TurnScope, input: CardActionInput): Promise<FlowResult> {
      const org = scope.org;
      if (!org) return textResult(scope.t("settings.notSetUp"));
      const values = readInput(input, settingsInput);
      if (!org.groups.some((group) => group.id === values.group))
        return settingsCard(scope, scope.t("settings.title"), scope.t("settings.unknownGroup"));
      const time = values.preferredTime.slice(0, 5);
      if (time && !/^([01]\d|2[0-3]):[0-5]\d$/.test(time))
        return settingsCard(scope, scope.t("settings.title"), scope.t("settings.badTime"));
      const member = await update(scope, (m) => ({
        ...m,
        group: values.group,
        ...(time ? { preferredTime: time } : {}),
        ...(values.language ? { chosenLocale: values.language } : {}),
        ...(values.namedAttribution ? { consentsToNamedAttribution: values.namedAttribution === "true" } : {}),
        onboardedAt: m.onboardedAt ?? scope.now.toISOString(),
      }));
      return textResult(translator(member.chosenLocale ?? scope.locale)("settings.saved"));
    },
  };
}
