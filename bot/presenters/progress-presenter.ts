/**
 * Turns a progress summary into card data in the member's language: deadline, participation,
 * groups, the coverage map, the gaps and the per-area drill-down. Only what the summary holds
 * reaches the card, so the privacy rules of the domain hold on the card too; where a figure is
 * missing, a note says why.
 */
import type { ProgressAreaCardData, ProgressCardData } from "../../cards";
import { areaNameIn, areaNameOverride, type OrgConfig } from "../domain/org-config";
import { ratePercent } from "../domain/progress";
import { PROGRESS_PERIODS, type ProgressPeriod } from "../domain/progress-period";
import {
  ALL_GROUPS,
  type AreaProgress,
  type FigureGroup,
  type ParticipationFigure,
  type ProgressCell,
  type ProgressGap,
  type ProgressNote,
  type ProgressStatus,
  type ProgressSummary,
} from "../domain/progress-types";
import { DIMENSION_IDS, findArea, findDimension, type AreaId, type DimensionId } from "../domain/quality-models";
import { formatCalendarDate } from "../i18n/format";
import type { MessageKey } from "../i18n/translator";
import type { TurnScope } from "../turn-scope";

/** A progress card needs the reader's language only. */
type Scope = Pick<TurnScope, "t" | "locale">;

const SYMBOLS: Record<ProgressStatus, { symbol: "●" | "◐" | "○"; color: "Good" | "Warning" | "Attention" }> = {
  enough: { symbol: "●", color: "Good" },
  thin: { symbol: "◐", color: "Warning" },
  fewerThan: { symbol: "○", color: "Attention" },
};

function statusWord(status: ProgressStatus, threshold: number, scope: Scope): string {
  if (status === "fewerThan") return scope.t("progress.status.fewerThan", { threshold });
  return scope.t(status === "enough" ? "progress.status.enough" : "progress.status.thin");
}

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

const PERIOD_KEY: Record<ProgressPeriod, MessageKey> = {
  fourWeeks: "progress.period.fourWeeks",
  cycle: "progress.period.cycle",
};
const ROUND_KEY: Record<OrgConfig["schedule"]["frequency"], MessageKey> = {
  weekly: "progress.round.weekly",
  biweekly: "progress.round.biweekly",
  monthly: "progress.round.monthly",
};

function areaName(config: OrgConfig, area: AreaId, scope: Scope, isShort: boolean): string {
  // The short name stands for the model's name only: an organisation's own name is kept.
  const short = isShort && !areaNameOverride(config, area) ? AREA_SHORT[area] : undefined;
  return short ? scope.t(short) : areaNameIn(config, area, scope.locale);
}

function areaLabel(config: OrgConfig, area: AreaId, scope: Scope, isShort = true): string {
  return scope.t("progress.coverage.areaLabel", {
    number: findArea(config.model, area).number,
    name: areaName(config, area, scope, isShort),
  });
}

function periodName(period: ProgressPeriod, scope: Scope): string {
  return scope.t(PERIOD_KEY[period]);
}

function groupName(config: OrgConfig, groupId: string, scope: Scope): string {
  return groupId === ALL_GROUPS
    ? scope.t("progress.group.all")
    : (config.groups.find((group) => group.id === groupId)?.name ?? groupId);
}

function figureGroupName(config: OrgConfig, group: FigureGroup, scope: Scope): string {
  return group.kind === "group" ? groupName(config, group.groupId, scope) : scope.t("progress.groups.others");
}

function orgPrefix(config: OrgConfig): string {
  return config.name ? `${config.name} · ` : "";
}

function subtitle(summary: ProgressSummary, config: OrgConfig, scope: Scope): string {
  const from = formatCalendarDate(summary.range.firstDate, scope.locale);
  const to = formatCalendarDate(summary.range.lastDate, scope.locale);
  // Before the first figures there is no range to speak of.
  const range = !summary.figures ? "" : from === to ? ` (${to})` : ` (${from} – ${to})`;
  return scope.t("progress.subtitle", {
    org: orgPrefix(config),
    period: periodName(summary.filters.period, scope),
    range,
    group: groupName(config, summary.filters.group, scope),
  });
}

/** When the figures stand and why new answers wait: the time rule in plain words. */
function releaseText(summary: ProgressSummary, config: OrgConfig, scope: Scope): string {
  const round = scope.t(ROUND_KEY[config.schedule.frequency]);
  return summary.figures
    ? scope.t("progress.release", {
        date: formatCalendarDate(summary.range.lastDate, scope.locale),
        round,
        threshold: summary.threshold,
      })
    : scope.t("progress.release.none", { round, threshold: summary.threshold });
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
    case "groupCombined": {
      const group = groupName(config, note.groupId, scope);
      if (note.reason === "protectsOthers")
        return scope.t("progress.note.groupProtectsOthers", { group, threshold: note.threshold });
      return scope.t("progress.note.groupFewMembers", {
        group,
        members: scope.t("progress.note.groupMembers", { count: note.members }),
        threshold: note.threshold,
      });
    }
    case "groupsCombined":
      return scope.t("progress.note.groupsCombined", { groups: names(note.groupIds), threshold: note.threshold });
    case "allCombined":
      return scope.t("progress.note.allCombined", { threshold: note.threshold });
    case "withoutFigures":
      return scope.t("progress.note.withoutFigures", {
        groups: note.groups.map((group) => figureGroupName(config, group, scope)).join(", "),
        threshold: note.threshold,
      });
    case "behind":
      return scope.t("progress.note.behind", {
        group: figureGroupName(config, note.group, scope),
        date: formatCalendarDate(note.through, scope.locale),
        threshold: note.threshold,
      });
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
  const now = summary.figures?.participation;
  if (!now) return [];
  const trend = summary.figures?.trend;
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

function gapText(gap: ProgressGap, summary: ProgressSummary, config: OrgConfig, scope: Scope): string {
  const what = scope.t(GAP_WHAT[gap.dimension]);
  const area = areaName(config, gap.area, scope, true);
  const number = findArea(config.model, gap.area).number;
  const lack = scope.t(`progress.gap.${gap.lack}`, { number, area, what, threshold: summary.threshold });
  return `${lack}${scope.t(`progress.gapNext.${gap.nextStep}`)}`;
}

function filterData(summary: ProgressSummary) {
  return { period: summary.filters.period, group: summary.filters.group };
}

export function progressCardData(summary: ProgressSummary, config: OrgConfig, scope: Scope): ProgressCardData {
  const { t } = scope;
  const figures = summary.figures;
  const word = (status: ProgressStatus) => statusWord(status, summary.threshold, scope);
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
    legendStatus: (["enough", "thin", "fewerThan"] as const)
      .map((status) => `${SYMBOLS[status].symbol} ${word(status)}`)
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
          .map((cell) => `${findDimension(cell.dimension).name[scope.locale]} ${word(cell.status)}`)
          .join(", "),
      }),
      cells: area.cells.map((cell) => SYMBOLS[cell.status]),
      action: { verb: "progress.area", area: area.area, ...filterData(summary) },
    })),
    gapsTitle: t("progress.gaps.title"),
    gaps: figures
      ? figures.gaps.length > 0
        ? figures.gaps.map((gap) => gapText(gap, summary, config, scope))
        : [t("progress.gaps.empty")]
      : [],
    periodLabel: t("progress.filter.period"),
    period: summary.filters.period,
    periodChoices: PROGRESS_PERIODS.map((period) => ({ title: periodName(period, scope), value: period })),
    groupLabel: t("progress.filter.group"),
    group: summary.filters.group,
    groupChoices: [
      { title: t("progress.group.all"), value: ALL_GROUPS },
      ...config.groups.map((group) => ({ title: group.name, value: group.id })),
    ],
    applyTitle: t("progress.filter.apply"),
    privacy: `${t("progress.privacy", { threshold: summary.threshold })} ${releaseText(summary, config, scope)}`,
  };
}

function answersText(count: number, scope: Scope): string {
  return scope.t("progress.answers", { count });
}

function cellDetail(cell: ProgressCell, threshold: number, scope: Scope): string {
  const date = cell.updatedThrough ? formatCalendarDate(cell.updatedThrough, scope.locale) : "";
  switch (cell.counts.kind) {
    case "shown":
      return scope.t("progress.area.shown", {
        answers: answersText(cell.counts.answers, scope),
        people: scope.t("progress.people.count", { count: cell.counts.people }),
        date,
      });
    case "withheld":
      return scope.t("progress.area.withheld", { threshold, date });
    case "fewerThan":
      return scope.t("progress.area.fewerThan", { threshold });
  }
}

export function progressAreaCardData(
  summary: ProgressSummary,
  area: AreaProgress,
  config: OrgConfig,
  scope: Scope,
): ProgressAreaCardData {
  const { t } = scope;
  const threshold = summary.threshold;
  return {
    title: areaLabel(config, area.area, scope, false),
    subtitle: t("progress.area.subtitle", {
      org: orgPrefix(config),
      date: formatCalendarDate(summary.range.lastDate, scope.locale),
    }),
    summary: t("progress.area.summary", { count: area.cells.filter((cell) => cell.status === "enough").length }),
    dimensions: area.cells.map((cell) => ({
      name: findDimension(cell.dimension).name[scope.locale],
      status: `${SYMBOLS[cell.status].symbol} ${statusWord(cell.status, threshold, scope)}`,
      color: SYMBOLS[cell.status].color,
      detail: cellDetail(cell, threshold, scope),
    })),
    privacy: t("progress.area.privacy", { threshold }),
    actions: [{ title: t("progress.area.back"), verb: "progress.show", data: filterData(summary) }],
  };
}
