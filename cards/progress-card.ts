/**
 * The managers' progress summary: deadline, participation, groups, the coverage map (one row per
 * quality area, five small dimension columns, status by colour and by symbol) and the gaps.
 * Column sets rather than the 1.5 Table: Teams renders tables unevenly (header rows ignored,
 * some clients showing nothing), and a row of columns can carry its own drill-down action.
 */
import { z } from "zod";
import template from "./templates/progress.json";
import { renderCard } from "./render-card";

const fact = z.object({ title: z.string().min(1), value: z.string().min(1) });
const choice = z.object({ title: z.string().min(1), value: z.string().min(1) });

export const coverageSymbolSchema = z.object({
  symbol: z.enum(["●", "◐", "○"]),
  color: z.enum(["Good", "Warning", "Attention"]),
});

const progressCardSchema = z.object({
  title: z.string().min(1),
  subtitle: z.string().min(1),
  deadline: z.string().min(1),
  deadlineColor: z.enum(["Default", "Good", "Warning", "Attention"]).default("Default"),
  deadlineFacts: z.array(fact).default([]),
  notes: z.array(z.string().min(1)).default([]),
  participationTitle: z.string().min(1),
  participation: z.array(fact).default([]),
  groupsTitle: z.string().min(1),
  groups: z.array(fact).default([]),
  coverageTitle: z.string().min(1),
  coverageHint: z.string().min(1),
  legendStatus: z.string().min(1),
  legendDimensions: z.string().min(1),
  areaHeader: z.string().min(1),
  dimensionHeaders: z.array(z.string().min(1)).length(5),
  areas: z
    .array(
      z.object({
        label: z.string().min(1),
        /** What a screen reader announces for the row's drill-down: the area and each dimension's status in words. */
        accessibleLabel: z.string().min(1),
        cells: z.array(coverageSymbolSchema).length(5),
        action: z.record(z.string(), z.string()),
      }),
    )
    .max(11)
    .default([]),
  gapsTitle: z.string().min(1),
  gaps: z.array(z.string().min(1)).max(10).default([]),
  periodLabel: z.string().min(1),
  period: z.string().min(1),
  periodChoices: z.array(choice).min(1),
  groupLabel: z.string().min(1),
  group: z.string().min(1),
  groupChoices: z.array(choice).min(1),
  applyTitle: z.string().min(1),
  privacy: z.string().min(1),
});
export type ProgressCardData = z.input<typeof progressCardSchema>;

export const renderProgressCard = (data: ProgressCardData) => renderCard(template, progressCardSchema, data);
