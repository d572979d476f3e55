/** A member's own choices: pause, vacation, resume, language, and the settings card (also used for onboarding). */
import { z } from "zod";
import { cardInputs, renderSettingsCard } from "../../cards";
import type { Member, Vacation } from "../domain/member";
import { addDays, localDateAt } from "../domain/calendar";
import { parseUserDateSpan } from "../domain/user-date";
import { isAwayOn } from "../domain/working-calendar";
import { formatCalendarDate, formatDateTime, weekdayName } from "../i18n/format";
import { translator } from "../i18n/translator";
import type { CardActionInput } from "./card-input";
import { cardResult, textResult, type FlowResult, type TurnScope } from "../turn-scope";
import { readInput } from "./card-input";
import { commandDateExamples } from "./welcome-flow";
import type { FlowDeps } from "./flow-deps";
import { nextSendOf } from "./next-run";

const MAX_PAUSE_DAYS = 366;
const MAX_VACATIONS = 20;

/** A member's holidays with one more: past ones dropped, the same one stored once, the earliest first. */
function withVacation(vacations: readonly Vacation[], added: Vacation, today: string): Vacation[] {
  const kept = vacations.filter((v) => v.to >= today && !(v.from === added.from && v.to === added.to));
  return [...kept, added].sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0)).slice(-MAX_VACATIONS);
}

function exampleCommand(scope: TurnScope, kind: "pause" | "vacation", dates: Record<"until" | "from" | "to", string>) {
  return scope.t(kind === "pause" ? "pause.example" : "vacation.example", dates);
}

const settingsInput = z.object(
  cardInputs("settings", {
    group: z.string().max(40).optional().default(""),
    preferredTime: z.string().max(10).optional().default(""),
    language: z.enum(["de", "en"]).optional(),
    namedAttribution: z.enum(["true", "false"]).optional(),
  }),
);

export function createPreferencesFlow(deps: FlowDeps) {
  const update = (scope: TurnScope, mutate: (member: Member) => Member) =>
    deps.repos.members.update(scope.member.orgId, scope.member.memberId, (m) => ({
      ...mutate(m),
      updatedAt: scope.now.toISOString(),
    }));

  /**
   * "pause bis 1.1.", "pause 2 Wochen", "urlaub bis 15.8.", "urlaub vom 20.07. bis 10.08.": a pause
   * from today, or a holiday (also one ahead; several may be stored). A pause that starts later is
   * a holiday too.
   */
  async function setAway(scope: TurnScope, args: string, kind: "pause" | "vacation"): Promise<FlowResult> {
    const today = localDateAt(scope.now, scope.timeZone);
    const parsed = parseUserDateSpan(args, today);
    const examples = commandDateExamples(scope);
    if (parsed.kind === "invalid") {
      if (kind === "vacation")
        return textResult(
          scope.t("vacation.badDate", { example: exampleCommand(scope, "vacation", examples), until: examples.until }),
        );
      return textResult(scope.t("pause.badDate", { example: exampleCommand(scope, "pause", examples) }));
    }
    if (parsed.to < today) return textResult(scope.t("pause.pastDate"));
    if (parsed.to > addDays(today, MAX_PAUSE_DAYS)) return textResult(scope.t("pause.tooFar"));
    const from = parsed.from !== undefined && parsed.from > today ? parsed.from : undefined;
    const date = (isoDate: string) => formatCalendarDate(isoDate, scope.locale);
    if (kind === "pause" && from === undefined) {
      await update(scope, (m) => ({ ...m, pausedUntil: parsed.to }));
      return textResult(scope.t("pause.set", { date: date(parsed.to) }));
    }
    const vacation = { from: from ?? today, to: parsed.to };
    await update(scope, (m) => ({ ...m, vacations: withVacation(m.vacations, vacation, today) }));
    if (from === undefined) return textResult(scope.t("vacation.set", { date: date(parsed.to) }));
    return textResult(scope.t("vacation.setPeriod", { from: date(vacation.from), to: date(vacation.to) }));
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
    pause: (scope: TurnScope, args: string) => setAway(scope, args, "pause"),
    vacation: (scope: TurnScope, args: string) => setAway(scope, args, "vacation"),

    async resume(scope: TurnScope): Promise<FlowResult> {
      const today = localDateAt(scope.now, scope.timeZone);
      const wasAway = isAwayOn(scope.member, today);
      // Back now: the pause and the current holiday end; holidays ahead stay.
      const member = wasAway
        ? await update(scope, ({ pausedUntil: _p, vacationUntil: _v, ...rest }) => ({
            ...rest,
            vacations: rest.vacations.filter((vacation) => vacation.from > today),
          }))
        : scope.member;
      const next = scope.org ? await nextSendOf(deps.repos, scope.org, member, scope.now) : undefined;
      const nextLine = next
        ? scope.t("pause.nextQuestion", { date: formatDateTime(next, scope.locale, scope.timeZone) })
        : scope.t("pause.noNextQuestion");
      return textResult(`${scope.t(wasAway ? "pause.resumed" : "pause.notPaused")} ${nextLine}`);
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
