/**
 * "grundlagen" / "report basis": the quality officer pastes the organisation's requirement list
 * ("id; QB; title" per line) and, in a re-certification, the goals agreed at the last
 * Abschlussworkshop, its date, the previous Selbstreport and the Gutachten's notes. Bad lines are
 * named one by one and the card comes back with everything typed; the drafts use what is stored.
 */
import { z } from "zod";
import { cardInputs, renderNoticeCard, renderReportBasisCard, type CardButton } from "../../cards";
import { localDateAt } from "../domain/calendar";
import type { OrgConfig } from "../domain/org-config";
import { AREA_IDS, findArea } from "../domain/quality-models";
import {
  goalLines,
  parseGoalLines,
  parseRequirementLines,
  PASTED_LINES_MAX_LENGTH,
  PREVIOUS_REPORT_MAX_LENGTH,
  requirementLines,
  REVIEW_NOTES_MAX_LENGTH,
  type LineProblem,
  type ReportBasis,
} from "../domain/report-basis";
import { normaliseTypedText } from "../domain/typed-text";
import { isAppError } from "../errors";
import { formatCalendarDate } from "../i18n/format";
import type { MessageKey } from "../i18n/translator";
import { cardResult, textResult, type FlowResult, type TurnScope } from "../turn-scope";
import { readInput } from "./card-input";
import type { FlowDeps } from "./flow-deps";
import type { FlowRoutes } from "./flow-routes";
import { createPreviousReportFileFlow } from "./previous-report-file-flow";
import { recordAudit } from "./audit-entry";

/** A stored text longer than this is not put back into the card (Teams limits a card's size). */
const PREFILL_MAX = 6_000;
const PASTED_FIELDS = ["requirements", "goals", "previousReport", "reviewNotes"] as const;
type PastedField = (typeof PASTED_FIELDS)[number];

const pastedText = z
  .string()
  .max(PREVIOUS_REPORT_MAX_LENGTH * 2)
  .overwrite(normaliseTypedText)
  .optional()
  .default("");
const saveInput = z.object({
  ...cardInputs("report-basis", {
    requirements: pastedText,
    goals: pastedText,
    previousReport: pastedText,
    reviewNotes: pastedText,
    lastWorkshopAt: z.string().max(40).optional().default(""),
  }),
  etag: z.string().max(200).optional().default(""),
  /** Fields the card left empty because the stored text was too long for it: empty keeps that text. */
  keep: z.string().max(200).optional().default(""),
});
type SaveValues = z.infer<typeof saveInput>;

const MAX_LENGTHS: Record<PastedField, number> = {
  requirements: PASTED_LINES_MAX_LENGTH,
  goals: PASTED_LINES_MAX_LENGTH,
  previousReport: PREVIOUS_REPORT_MAX_LENGTH,
  reviewNotes: REVIEW_NOTES_MAX_LENGTH,
};

const PROBLEM_TEXTS: Record<LineProblem["code"], MessageKey> = {
  fieldCount: "reportBasis.problem.fieldCount",
  unknownArea: "reportBasis.problem.unknownArea",
  idTooLong: "reportBasis.problem.idTooLong",
  titleMissing: "reportBasis.problem.titleMissing",
  titleTooLong: "reportBasis.problem.titleTooLong",
  duplicateId: "reportBasis.problem.duplicateId",
  invalidDate: "reportBasis.problem.invalidDate",
  tooMany: "reportBasis.problem.tooMany",
  unknownPrompt: "reportBasis.problem.unknownPrompt",
  promptOfOtherArea: "reportBasis.problem.promptOfOtherArea",
};

interface CardState {
  notice?: string;
  noticeColor?: "Attention" | "Warning";
  problems?: string[];
  /** What was typed: shown instead of the stored values. */
  typed?: SaveValues;
  /** Of the version the card edits (a conflict shows the newer one's). */
  etag?: string;
}

function storedTexts(scope: TurnScope, org: OrgConfig, basis: ReportBasis | undefined): Record<PastedField, string> {
  return {
    requirements: basis ? requirementLines(org.model, basis.requirements, scope.t("reportBasis.promptsLabel")) : "",
    goals: basis ? goalLines(basis.goals) : "",
    previousReport: basis?.previousReportText ?? "",
    reviewNotes: basis?.reviewNotes ?? "",
  };
}

function storedSummary(scope: TurnScope, field: PastedField, basis: ReportBasis | undefined, text: string): string {
  const { t } = scope;
  if (!basis || text === "") return "";
  if (field === "requirements")
    return t("reportBasis.stored.requirements", {
      count: basis.requirements.length,
      areas: new Set(basis.requirements.map((r) => r.area)).size,
    });
  if (field === "goals") return t("reportBasis.stored.goals", { count: basis.goals.length });
  return text.length > PREFILL_MAX ? t("reportBasis.stored.longText", { count: [...text].length }) : "";
}

export function reportBasisRoutes(deps: FlowDeps): FlowRoutes {
  const { repos } = deps;

  async function basisCard(scope: TurnScope, org: OrgConfig, state: CardState = {}): Promise<FlowResult> {
    const { t } = scope;
    const stored = await repos.reportBasis.get(org.orgId);
    const basis = stored?.value;
    const isRecertification = org.cycle.kind === "recertification";
    const texts = storedTexts(scope, org, basis);
    const shown: PastedField[] = isRecertification ? [...PASTED_FIELDS] : ["requirements"];
    const kept: PastedField[] = [];
    const fields = shown.map((id) => {
      const fits = texts[id].length <= PREFILL_MAX;
      if (!fits) kept.push(id);
      return {
        id,
        label: t(`reportBasis.field.${id}`),
        hint: t(`reportBasis.hint.${id}`),
        placeholder: t(`reportBasis.placeholder.${id}`),
        maxLength: MAX_LENGTHS[id],
        value: state.typed ? state.typed[id] : fits ? texts[id] : "",
        stored: storedSummary(scope, id, basis, texts[id]),
      };
    });
    const actions: CardButton[] = [
      {
        title: t("reportBasis.save"),
        verb: "reportBasis.save",
        data: { etag: state.etag ?? stored?.etag ?? "", keep: kept.join(",") },
        style: "positive",
      },
    ];
    return cardResult(
      renderReportBasisCard({
        title: t("reportBasis.title"),
        intro: t(isRecertification ? "reportBasis.intro.recertification" : "reportBasis.intro.first"),
        notice: state.notice ?? "",
        noticeColor: state.noticeColor ?? "Attention",
        problems: state.problems ?? [],
        fields,
        showWorkshopDate: isRecertification,
        workshopLabel: t("reportBasis.field.lastWorkshopAt"),
        workshopHint: t("reportBasis.hint.lastWorkshopAt"),
        lastWorkshopAt: state.typed ? state.typed.lastWorkshopAt : (basis?.lastWorkshopAt ?? ""),
        actions,
      }),
    );
  }

  function problemLines(scope: TurnScope, field: "requirements" | "goals", problems: LineProblem[]): string[] {
    const { t } = scope;
    const fieldName = t(`reportBasis.field.${field}`);
    return problems.map((problem) =>
      t("reportBasis.problem.line", {
        field: fieldName,
        line: problem.line,
        text: problem.text.length > 60 ? `${problem.text.slice(0, 60)} …` : problem.text,
        reason: t(PROBLEM_TEXTS[problem.code], { id: problem.detail ?? "" }),
      }),
    );
  }

  function confirmation(scope: TurnScope, org: OrgConfig, basis: ReportBasis): FlowResult {
    const { t, locale } = scope;
    const isRecertification = org.cycle.kind === "recertification";
    const facts = [
      {
        title: t("reportBasis.fact.requirements"),
        value: t("reportBasis.stored.requirements", {
          count: basis.requirements.length,
          areas: new Set(basis.requirements.map((r) => r.area)).size,
        }),
      },
    ];
    if (isRecertification) {
      facts.push(
        { title: t("reportBasis.fact.goals"), value: t("reportBasis.stored.goals", { count: basis.goals.length }) },
        {
          title: t("reportBasis.fact.lastWorkshopAt"),
          value: basis.lastWorkshopAt ? formatCalendarDate(basis.lastWorkshopAt, locale) : t("reportBasis.none"),
        },
        {
          title: t("reportBasis.fact.previousReport"),
          value: basis.previousReportText
            ? t("reportBasis.characters", { count: [...basis.previousReportText].length })
            : t("reportBasis.none"),
        },
        {
          title: t("reportBasis.fact.reviewNotes"),
          value: basis.reviewNotes
            ? t("reportBasis.characters", { count: [...basis.reviewNotes].length })
            : t("reportBasis.none"),
        },
      );
    }
    const missingAreas = basis.requirements.length > 0 ? areasWithoutRequirements(org, basis) : [];
    return cardResult(
      renderNoticeCard({
        title: t("reportBasis.saved"),
        titleColor: "Good",
        lines: [
          t("reportBasis.savedText"),
          ...(missingAreas.length > 0 ? [t("reportBasis.areasWithout", { areas: missingAreas.join(", ") })] : []),
        ],
        facts,
        actions: [
          { title: t("reportBasis.edit"), verb: "reportBasis.open" },
          { title: t("reportBasis.promptIds"), verb: "reportBasis.prompts", data: { area: AREA_IDS[0] } },
        ],
      }),
    );
  }

  function areasWithoutRequirements(org: OrgConfig, basis: ReportBasis): string[] {
    const covered = new Set(basis.requirements.map((r) => r.area));
    const inUse = new Set(org.groups.flatMap((group) => group.areas));
    return [...inUse]
      .filter((area) => !covered.has(area))
      .map((area) => findArea(org.model, area).number)
      .sort((a, b) => a - b)
      .map((number) => `QB ${number}`);
  }

  async function save(scope: TurnScope, org: OrgConfig, values: SaveValues): Promise<FlowResult> {
    const { t } = scope;
    const today = localDateAt(scope.now, org.schedule.timeZone);
    const current = await repos.reportBasis.get(org.orgId);
    const keep = new Set(values.keep.split(",").filter(Boolean));
    const texts = storedTexts(scope, org, current?.value);
    // A field the card could not fill with its (long) stored text keeps it when left empty.
    const effective = (field: PastedField) =>
      keep.has(field) && values[field].trim() === "" ? texts[field] : values[field];

    const tooLong = PASTED_FIELDS.find((field) => [...values[field]].length > MAX_LENGTHS[field]);
    if (tooLong)
      return basisCard(scope, org, {
        notice: t("reportBasis.problem.tooLong", {
          field: t(`reportBasis.field.${tooLong}`),
          max: MAX_LENGTHS[tooLong].toLocaleString(scope.locale === "de" ? "de-DE" : "en-GB"),
        }),
        typed: values,
        etag: values.etag,
      });
    const requirements = parseRequirementLines(effective("requirements"), org.model);
    const goals = parseGoalLines(effective("goals"), today);
    const workshop = values.lastWorkshopAt.trim();
    const problems = [
      ...problemLines(scope, "requirements", requirements.problems),
      ...problemLines(scope, "goals", goals.problems),
      ...(workshop && !/^\d{4}-\d{2}-\d{2}$/.test(workshop) ? [t("reportBasis.problem.workshopDate")] : []),
    ];
    if (problems.length > 0)
      return basisCard(scope, org, {
        notice: t("reportBasis.problem.summary", { count: problems.length }),
        problems,
        typed: values,
        etag: values.etag,
      });

    const previousReportText = effective("previousReport").trim();
    const reviewNotes = effective("reviewNotes").trim();
    const basis: ReportBasis = {
      orgId: org.orgId,
      requirements: requirements.items,
      goals: goals.items,
      ...(workshop ? { lastWorkshopAt: workshop } : {}),
      ...(previousReportText ? { previousReportText } : {}),
      ...(reviewNotes ? { reviewNotes } : {}),
      updatedAt: scope.now.toISOString(),
      updatedBy: scope.member.memberId,
    };
    try {
      await repos.reportBasis.save(basis, values.etag || undefined);
    } catch (error) {
      if (isAppError(error, "CONFLICT"))
        return basisCard(scope, org, {
          notice: t("reportBasis.conflict"),
          noticeColor: "Warning",
          typed: values,
          etag: (await repos.reportBasis.get(org.orgId))?.etag,
        });
      if (isAppError(error, "STORE_UNAVAILABLE"))
        return basisCard(scope, org, { notice: t("answer.storeUnavailable"), typed: values, etag: values.etag });
      throw error;
    }
    await recordAudit(repos, scope, "config.changed", {
      part: "reportBasis",
      requirements: basis.requirements.length,
      goals: basis.goals.length,
      previousReport: Boolean(basis.previousReportText),
      reviewNotes: Boolean(basis.reviewNotes),
    });
    return confirmation(scope, org, basis);
  }

  const open = (scope: TurnScope): Promise<FlowResult> | FlowResult => {
    if (!scope.org) return textResult(scope.t("prompt.notSetUp"));
    return basisCard(scope, scope.org);
  };

  return {
    commands: { reportBasis: open },
    files: createPreviousReportFileFlow(deps),
    actions: {
      "reportBasis.open": open,
      "reportBasis.save": (scope, input) => {
        if (!scope.org) return textResult(scope.t("prompt.notSetUp"));
        return save(scope, scope.org, readInput(input, saveInput));
      },
    },
  };
}
