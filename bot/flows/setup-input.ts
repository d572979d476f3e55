/**
 * What a setup card sent back: the step it showed, the button's own data, and the typed values
 * of that step's inputs as strings. Only these keys are read; everything else on the payload
 * (a forged role, another organisation's id) is ignored.
 */
import { z } from "zod";
import type { SetupInputId } from "../../cards";
import type { Group } from "../domain/org-config";
import type { AreaId } from "../domain/quality-models";
import { SETUP_STEP_COUNT } from "../domain/setup-draft";
import type { CycleForm, DetailsForm, GroupForm, QuietPeriodForm, ScheduleForm } from "../domain/setup-rules";
import type { CardActionInput } from "./card-input";
import { readInput } from "./card-input";

/** Longest value any setup input takes (the success definition), with room for what Teams adds. */
const MAX_VALUE_LENGTH = 5000;

const valueSchema = z.union([z.string().max(MAX_VALUE_LENGTH), z.number(), z.boolean()]).transform(String);

const setupPayloadSchema = z
  .object({
    step: z.coerce.number().int().min(1).max(SETUP_STEP_COUNT).optional(),
    page: z.coerce.number().int().min(0).max(100).optional(),
    /** Set by the groups card that has audience inputs (a card from before them has not). */
    audiences: z.coerce.number().int().optional(),
    toPage: z.coerce.number().int().min(0).max(100).optional(),
    groupId: z.string().max(40).optional(),
  })
  .catchall(z.unknown());

export interface SetupPayload {
  step: number | undefined;
  /** The page of groups the card showed, and the one a paging button asks for. */
  page: number;
  toPage: number | undefined;
  groupId: string | undefined;
  /** Whether the card showed audience inputs for its groups (an unticked multi-select is not sent). */
  hasAudiences: boolean;
  /** The typed value of an input, "" when the card did not send it. */
  value(id: SetupInputId): string;
}

export function readSetupPayload(input: CardActionInput): SetupPayload {
  const payload = readInput(input, setupPayloadSchema);
  return {
    step: payload.step,
    page: payload.page ?? 0,
    toPage: payload.toPage,
    groupId: payload.groupId,
    hasAudiences: payload.audiences === 1,
    value(id) {
      const parsed = valueSchema.safeParse(input.data[id]);
      return parsed.success ? parsed.data : "";
    },
  };
}

/** Whether the card sent this input at all (a stale or forged card may not have it). */
function hasValue(input: CardActionInput, id: SetupInputId): boolean {
  return id in input.data;
}

export const cycleFormOf = (payload: SetupPayload): CycleForm => ({
  model: payload.value("model"),
  modelVersion: payload.value("modelVersion"),
  cycleKind: payload.value("cycleKind"),
  cycleStart: payload.value("cycleStart"),
  selfReportDue: payload.value("selfReportDue"),
  testatExpiry: payload.value("testatExpiry"),
});

export const scheduleFormOf = (payload: SetupPayload): ScheduleForm => ({
  weekday: payload.value("weekday"),
  time: payload.value("time"),
  frequency: payload.value("frequency"),
  timeZone: payload.value("timeZone"),
});

export const quietPeriodFormOf = (payload: SetupPayload): QuietPeriodForm => ({
  quietLabel: payload.value("quietLabel"),
  quietFrom: payload.value("quietFrom"),
  quietTo: payload.value("quietTo"),
});

export const detailsFormOf = (payload: SetupPayload): DetailsForm => ({
  threshold: payload.value("threshold"),
  language: payload.value("language"),
  successDefinition: payload.value("successDefinition"),
  servedTermDe: payload.value("servedTermDe"),
  servedTermEn: payload.value("servedTermEn"),
  orgName: payload.value("orgName"),
});

export const groupNameInput = (groupId: string) => `groupName_${groupId}` as const;
export const groupAreasInput = (groupId: string) => `groupAreas_${groupId}` as const;
export const groupAudiencesInput = (groupId: string) => `groupAudiences_${groupId}` as const;
export const ownerInput = (area: AreaId) => `owner_${area}` as const;

/** The owner chosen per area; an area whose input the card did not carry is left out. */
export function ownersFormOf(input: CardActionInput, payload: SetupPayload, areas: readonly AreaId[]) {
  return Object.fromEntries(
    areas.filter((area) => hasValue(input, ownerInput(area))).map((area) => [area, payload.value(ownerInput(area))]),
  ) as Partial<Record<AreaId, string>>;
}

/**
 * The groups whose inputs the card carried (one page of them). A multi-select with nothing
 * ticked may be left out of the payload: a group on the card without areas has none.
 */
export function groupFormsOf(input: CardActionInput, payload: SetupPayload, groups: readonly Group[]): GroupForm[] {
  return groups
    .filter((group) => hasValue(input, groupNameInput(group.id)))
    .map((group) => ({
      id: group.id,
      name: payload.value(groupNameInput(group.id)),
      areas: payload.value(groupAreasInput(group.id)),
      ...(payload.hasAudiences ? { audiences: payload.value(groupAudiencesInput(group.id)) } : {}),
    }));
}

/** Typed values to show again after a problem, by input id. */
export type TypedValues = Readonly<Record<string, string>>;

export function typedValuesOf(payload: SetupPayload, ids: readonly SetupInputId[]): TypedValues {
  return Object.fromEntries(ids.map((id) => [id, payload.value(id)]));
}
