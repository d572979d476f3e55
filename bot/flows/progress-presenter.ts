/**
 * Turns a progress summary into card data in the member's language: deadline, participation,
 * groups, the coverage map, the gaps and the per-area drill-down. Only what the summary holds
 * reaches the card, so the privacy rules of the domain hold on the card too.
 */
import type { ProgressAreaCardData, ProgressCardData } from "../../cards";
import type { PeopleCount } from "../domain/anonymity";
import { daysBetween, localDateAt } from "../domain/calendar";
import type { CoverageStatus } from "../domain/coverage-types";
import { areaNameOverride, type OrgConfig } from "../domain/org-config";
import { ratePercent } from "../domain/progress";
import type { ProgressPeriod } from "../domain/progress-period";
import {
  ALL_GROUPS,
  type AreaProgress,
  type ParticipationFigure,
  type ProgressGap,
  type ProgressNote,
  type ProgressSummary,
} from "../domain/progress-types";
import { DIMENSION_IDS, findArea, findDimension, type AreaId, type DimensionId } from "../domain/quality-models";
import { formatCalendarDate } from "../i18n/format";
import type { MessageKey } from "../i18n/translator";
import type { TurnScope } from "../turn-scope";

type Scope = Pick<TurnScope, "t" | "locale">;

const SYMBOLS: Record<CoverageStatus, { symbol: "●" | "◐" | "○"; color: "Good" | "Warning" | "Attention" }> = {
  enough: { symbol: "●", color: "Good" },
  thin: { symbol: "◐", color: "Warning" },
  none: { symbol: "○", color: "Attention" },
};

const STATUS_KEY: Record<CoverageStatus, MessageKey> = {
  enough: "progress.status.enough",
  thin: "progress.status.thin",
  none: "progress.status.none",
};

const DIMENSION_SHORT: Record<DimensionId, MessageKey> = {
  rationale: "progress.dimensionShort.rationale",
  procedures: "progress.dimensionShort.procedures",
  results: "progress.dimensionShort.results",
  evaluation: "progress.dimensionShort.evaluation",
  conclusions: "progress.dimensionShort.conclusions",
};

const GAP_WHAT: Record<DimensionId, MessageKey> = {
  rationale: "progress.gapWhat.rationale",
  procedures: "progress.gapWhat.procedures",
  results: "progress.gapWhat.results",
  evaluation: "progress.gapWhat.evaluation",
  conclusions: "progress.gapWhat.conclusions",
};

/** Long model names shortened for a phone-wide row; the drill-down shows the full name. */
const AREA_SHORT: Partial<Record<AreaId, MessageKey>> = {
  evaluation: "progress.areaShort.evaluation",
  strategische_entwicklungsziele: "progress.areaShort.strategische_entwicklungsziele",
};

const PERIOD_KEY: Record<Exclude<ProgressPeriod, "current">, MessageKey> = {
  fourWeeks: "progress.period.fourWeeks",
  cycle: "progress.period.cycle",
};
const CURRENT_PERIOD_KEY: Record<OrgConfig["schedule"]["frequency"], MessageKey> = {
  weekly: "progress.period.current.weekly",
  biweekly: "progress.period.current.biweekly",
  monthly: "progress.period.current.monthly",
};

function areaName(config: OrgConfig, area: AreaId, scope: Scope, isShort: boolean): string {
  const override = areaNameOverride(config, area)?.[scope.locale];
  if (override) return override;
  const short = isShort ? AREA_SHORT[area] : undefined;
  return short ? scope.t(short) : findArea(config.model, area).name[scope.locale];
}

function areaLabel(config: OrgConfig, area: AreaId, scope: Scope, isShort = true): string {
  return scope.t("progress.coverage.areaLabel", {
    number: findArea(config.model, area).number,
    name: areaName(config, area, scope, isShort),
  });
}

function periodName(period: ProgressPeriod, config: OrgConfig, scope: Scope): string {
  return scope.t(period === "current" ? CURRENT_PERIOD_KEY[config.schedule.frequency] : PERIOD_KEY[period]);
}

function groupName(config: OrgConfig, groupId: string, scope: Scope): string {
  return groupId === ALL_GROUPS
    ? scope.t("progress.group.all")
    : (config.groups.find((group) => group.id === groupId)?.name ?? groupId);
}

function subtitle(summary: ProgressSummary, config: OrgConfig, scope: Scope): string {
  const zone = config.schedule.timeZone;
  const from = formatCalendarDate(localDateAt(new Date(summary.range.from), zone), scope.locale);
  const to = formatCalendarDate(summary.cycle.today, scope.locale);
  return scope.t("progress.subtitle", {
    org: config.name ? `${config.name} · ` : "",
    period: periodName(summary.filters.period, config, scope),
    range: from === to ? to : `${from} – ${to}`,
    group: groupName(config, summary.filters.group, scope),
  });
}

function deadline(
  summary: ProgressSummary,
  config: OrgConfig,
  scope: Scope,
): Pick<ProgressCardData, "deadline" | "deadlineColor" | "deadlineFacts"> {
  const { cycle } = summary;
  const date = formatCalendarDate(config.cycle.selfReportDue, scope.locale);
  const days = cycle.daysUntilReportDue;
  const text = {
    "not-started": () =>
      scope.t("progress.deadline.notStarted", {
        start: formatCalendarDate(config.cycle.start, scope.locale),
        date,
        count: days,
      }),
    development: () =>
      scope.t("progress.deadline.development", { date, count: days, percent: Math.round(cycle.progress * 100) }),
    "report-due-soon": () =>
      days === 0
        ? scope.t("progress.deadline.dueToday", { date })
        : scope.t("progress.deadline.dueSoon", { date, count: days }),
    "report-overdue": () => scope.t("progress.deadline.overdue", { date }),
  }[cycle.phase]();
  const color =
    cycle.phase === "report-overdue" ? "Attention" : cycle.phase === "report-due-soon" ? "Warning" : "Default";
  const deadlineFacts = cycle.reminders
    .filter((reminder) => reminder.daysUntil >= 0)
    .map((reminder) => ({
      title: scope.t(
        reminder.kind === "registration" ? "progress.reminder.registration" : "progress.reminder.selfReport",
      ),
      value: scope.t("progress.reminder.value", {
        date: formatCalendarDate(reminder.date, scope.locale),
        count: reminder.daysUntil,
      }),
    }));
  return { deadline: text, deadlineColor: color, deadlineFacts };
}

function noteText(note: ProgressNote, config: OrgConfig, scope: Scope): string | undefined {
  const names = (ids: readonly string[]) => ids.map((id) => groupName(config, id, scope)).join(", ");
  switch (note.kind) {
    case "tooFewRespondents":
      return scope.t("progress.note.tooFewRespondents", { threshold: note.threshold });
    case "groupTooSmall":
      return scope.t("progress.note.groupTooSmall", {
        group: groupName(config, note.groupId, scope),
        threshold: note.threshold,
      });
    case "groupOnlyCombined":
      return scope.t("progress.note.groupOnlyCombined", {
        group: groupName(config, note.groupId, scope),
        threshold: note.threshold,
      });
    case "groupsCombined":
      return scope.t("progress.note.groupsCombined", { groups: names(note.groupIds), threshold: note.threshold });
    case "groupsOmitted":
      return scope.t("progress.note.groupsOmitted", { groups: names(note.groupIds), threshold: note.threshold });
    case "unknownGroup":
      return scope.t("progress.note.unknownGroup");
    case "noComparison":
      return undefined; // shown as the trend line
  }
}

/** A change as "+3", "−2" or "±0": the sign, and the size that picks the plural form. */
function change(value: number): { sign: string; count: number } {
  return { sign: value > 0 ? "+" : value < 0 ? "−" : "±", count: Math.abs(value) };
}

function participationFacts(summary: ProgressSummary, scope: Scope): { title: string; value: string }[] {
  const figures = summary.figures;
  if (!figures) return [];
  const { participation: now, trend } = figures;
  const facts = [
    { title: scope.t("progress.participation.people"), value: peopleValue(now, scope) },
    {
      title: scope.t("progress.participation.answers"),
      value: scope.t("progress.participation.answersValue", { answers: now.answers, count: now.promptsAsked }),
    },
  ];
  const missing = summary.notes.find((note) => note.kind === "noComparison");
  const trendText = trend
    ? scope.t("progress.trend.value", {
        arrow: trend.answersDelta > 0 ? "▲" : trend.answersDelta < 0 ? "▼" : "►",
        answers: scope.t("progress.trend.answers", change(trend.answersDelta)),
        points: scope.t("progress.trend.points", change(trend.ratePointsDelta)),
        previousAnswers: answersText(trend.previous.answers, scope),
        previousPeople: scope.t("progress.people.count", { count: trend.previous.people }),
      })
    : missing?.kind === "noComparison"
      ? scope.t(`progress.trend.${missing.reason}`, { threshold: summary.threshold })
      : undefined;
  if (trendText) facts.push({ title: scope.t("progress.trend.label"), value: trendText });
  return facts;
}

function peopleValue(figure: ParticipationFigure, scope: Scope): string {
  return scope.t("progress.participation.peopleValue", {
    people: figure.people,
    count: figure.asked,
    percent: Math.round(ratePercent(figure.people, figure.asked)),
  });
}

function groupFacts(summary: ProgressSummary, config: OrgConfig, scope: Scope): { title: string; value: string }[] {
  return (summary.figures?.groups ?? []).map((figure) => ({
    title: figure.kind === "group" ? groupName(config, figure.groupId, scope) : scope.t("progress.groups.others"),
    value: scope.t("progress.groups.value", {
      people: figure.participation.people,
      count: figure.participation.asked,
      answers: answersText(figure.participation.answers, scope),
    }),
  }));
}

function gapText(gap: ProgressGap, config: OrgConfig, scope: Scope): string {
  const what = scope.t(GAP_WHAT[gap.dimension]);
  const area = areaName(config, gap.area, scope, true);
  const number = findArea(config.model, gap.area).number;
  const lack = scope.t(`progress.gap.${gap.lack}`, { number, area, what });
  return `${lack}${scope.t(`progress.gapNext.${gap.nextStep}`)}`;
}

function filterData(summary: ProgressSummary) {
  return { period: summary.filters.period, group: summary.filters.group };
}

export function progressCardData(summary: ProgressSummary, config: OrgConfig, scope: Scope): ProgressCardData {
  const { t } = scope;
  const figures = summary.figures;
  const statusWord = (status: CoverageStatus) => t(STATUS_KEY[status]);
  return {
    title: t("progress.title"),
    subtitle: subtitle(summary, config, scope),
    ...deadline(summary, config, scope),
    notes: summary.notes
      .map((note) => noteText(note, config, scope))
      .filter((text): text is string => text !== undefined),
    participationTitle: t("progress.participation.title"),
    participation: participationFacts(summary, scope),
    groupsTitle: t("progress.groups.title"),
    groups: groupFacts(summary, config, scope),
    coverageTitle: t("progress.coverage.title"),
    coverageHint: t("progress.coverage.hint"),
    legendStatus: (["enough", "thin", "none"] as const)
      .map((status) => `${SYMBOLS[status].symbol} ${statusWord(status)}`)
      .join(" · "),
    legendDimensions: DIMENSION_IDS.map(
      (dimension) => `${t(DIMENSION_SHORT[dimension])} ${findDimension(dimension).name[scope.locale]}`,
    ).join(" · "),
    areaHeader: t("progress.coverage.area"),
    dimensionHeaders: DIMENSION_IDS.map((dimension) => t(DIMENSION_SHORT[dimension])),
    areas: (figures?.areas ?? []).map((area) => ({
      label: areaLabel(config, area.area, scope),
      accessibleLabel: t("progress.coverage.rowAction", {
        number: findArea(config.model, area.area).number,
        name: areaName(config, area.area, scope, true),
        cells: area.cells
          .map((cell) => `${findDimension(cell.dimension).name[scope.locale]} ${statusWord(cell.status)}`)
          .join(", "),
      }),
      cells: area.cells.map((cell) => SYMBOLS[cell.status]),
      action: { verb: "progress.area", area: area.area, ...filterData(summary) },
    })),
    gapsTitle: t("progress.gaps.title"),
    gaps: figures
      ? figures.gaps.length > 0
        ? figures.gaps.map((gap) => gapText(gap, config, scope))
        : [t("progress.gaps.empty")]
      : [],
    periodLabel: t("progress.filter.period"),
    period: summary.filters.period,
    periodChoices: (["current", "fourWeeks", "cycle"] as const).map((period) => ({
      title: periodName(period, config, scope),
      value: period,
    })),
    groupLabel: t("progress.filter.group"),
    group: summary.filters.group,
    groupChoices: [
      { title: t("progress.group.all"), value: ALL_GROUPS },
      ...config.groups.map((group) => ({ title: group.name, value: group.id })),
    ],
    applyTitle: t("progress.filter.apply"),
    privacy: t("progress.privacy", { threshold: summary.threshold }),
  };
}

function answersText(count: number, scope: Scope): string {
  return scope.t("progress.answers", { count });
}

function peopleText(count: PeopleCount, scope: Scope): string {
  return count.kind === "count"
    ? scope.t("progress.people.count", { count: count.value })
    : scope.t("progress.people.fewerThan", { threshold: count.threshold });
}

/** "vor 3 Wochen": how long ago, in the organisation's calendar days. */
export function freshness(newestAt: string, today: string, timeZone: string, scope: Scope): string {
  const days = Math.max(0, daysBetween(localDateAt(new Date(newestAt), timeZone), today));
  if (days === 0) return scope.t("progress.fresh.today");
  if (days === 1) return scope.t("progress.fresh.yesterday");
  if (days < 7) return scope.t("progress.fresh.days", { count: days });
  if (days < 30) return scope.t("progress.fresh.weeks", { count: Math.floor(days / 7) });
  return scope.t("progress.fresh.months", { count: Math.floor(days / 30) });
}

export function progressAreaCardData(
  summary: ProgressSummary,
  area: AreaProgress,
  config: OrgConfig,
  scope: Scope,
): ProgressAreaCardData {
  const { t } = scope;
  const zone = config.schedule.timeZone;
  const today = summary.cycle.today;
  return {
    title: areaLabel(config, area.area, scope, false),
    subtitle: subtitle(summary, config, scope),
    summary: area.newestAnswerAt
      ? t("progress.area.summary", {
          answers: answersText(area.answers, scope),
          people: peopleText(area.contributors, scope),
          freshness: freshness(area.newestAnswerAt, today, zone, scope),
        })
      : t("progress.area.summaryEmpty"),
    dimensions: area.cells.map((cell) => ({
      name: findDimension(cell.dimension).name[scope.locale],
      status: `${SYMBOLS[cell.status].symbol} ${t(STATUS_KEY[cell.status])}`,
      color: SYMBOLS[cell.status].color,
      detail: cell.newestAnswerAt
        ? t("progress.area.cell", {
            answers: answersText(cell.answers, scope),
            people: peopleText(cell.contributors, scope),
            freshness: freshness(cell.newestAnswerAt, today, zone, scope),
          })
        : t("progress.area.cellEmpty"),
    })),
    privacy: t("progress.area.privacy", { threshold: summary.threshold }),
    actions: [{ title: t("progress.area.back"), verb: "progress.show", data: filterData(summary) }],
  };
}
