/**
 * Card input ids are declared once (cards/card-inputs.ts): a template may name only declared
 * inputs, and every declared input is on a card, so a handler reading one through `cardInputs`
 * (which only accepts declared ids, checked by the type check) reads an input a card sends.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { z } from "zod";
import {
  CARD_INPUTS,
  REPORT_BASIS_TEXT_INPUTS,
  SETUP_INPUT_PREFIXES,
  cardInputs,
  type CardTemplate,
} from "../../cards/card-inputs";
import { QUALITY_MODELS } from "../../bot/domain/quality-models";
import { memberSchema } from "../../bot/domain/member";
import { newSetupDraft, SETUP_STEPS, type SetupDraft } from "../../bot/domain/setup-draft";
import { createRolesFlow } from "../../bot/flows/roles-flow";
import { renderSetupStep } from "../../bot/flows/setup-step-card";
import type { FlowDeps } from "../../bot/flows/flow-deps";
import { translator } from "../../bot/i18n/translator";
import type { FlowResult, TurnScope } from "../../bot/turn-scope";

const TEMPLATES = path.resolve(__dirname, "..", "..", "cards", "templates");
/** Templates whose input ids come from the card's data (`"id": "${id}"`), typed by its schema. */
const DATA_BOUND: readonly string[] = ["report-basis", "setup-card"];

/** The input ids a template writes itself, and whether it binds others from data. */
function templateInputs(): { template: string; ids: string[]; isBound: boolean }[] {
  const collect = (node: unknown, ids: string[]) => {
    if (Array.isArray(node)) for (const child of node) collect(child, ids);
    else if (node !== null && typeof node === "object") {
      const element = node as Record<string, unknown>;
      if (typeof element.type === "string" && element.type.startsWith("Input.")) ids.push(String(element.id));
      for (const child of Object.values(element)) collect(child, ids);
    }
  };
  return fs
    .readdirSync(TEMPLATES)
    .filter((file) => file.endsWith(".json"))
    .map((file) => {
      const ids: string[] = [];
      collect(JSON.parse(fs.readFileSync(path.join(TEMPLATES, file), "utf8")), ids);
      return {
        template: file.replace(/\.json$/, ""),
        ids: ids.filter((id) => !id.startsWith("${")),
        isBound: ids.some((id) => id.startsWith("${")),
      };
    })
    .filter(({ ids, isBound }) => ids.length > 0 || isBound);
}

const NOW = new Date("2026-11-25T09:00:00.000Z");
const scope: TurnScope = {
  member: memberSchema.parse({
    orgId: "org-1",
    memberId: "aad-officer",
    userId: "29:officer",
    aadObjectId: "aad-officer",
    name: "Miriam Köhler",
    locale: "de",
    conversation: {
      channelId: "msteams",
      serviceUrl: "https://smba.example/",
      conversationId: "a:1",
      tenantId: "org-1",
      botId: "28:bot",
    },
    createdAt: NOW.toISOString(),
    updatedAt: NOW.toISOString(),
  }),
  roles: new Set(["qualityOfficer"]),
  org: undefined,
  locale: "de",
  timeZone: "Europe/Berlin",
  t: translator("de"),
  now: NOW,
  activityId: "f:1",
};

function inputIdsOf(result: FlowResult): string[] {
  if (result.kind !== "card") throw new Error(result.text);
  return [...JSON.stringify(result.card).matchAll(/"type":"Input\.[A-Za-z]+","id":"([^"]+)"/g)].map(
    (match) => match[1] ?? "",
  );
}

/** Every input id the administration card shows: each setup step (with a quiet period to remove) and the roles search. */
async function administrationInputs(): Promise<string[]> {
  const draft: SetupDraft = {
    ...newSetupDraft("org-1", "2026-11-25", "aad-officer", NOW),
    quietPeriods: [{ id: "q-1", label: "Sommerferien", from: "2027-07-01", to: "2027-08-10" }],
  };
  const context = { today: "2026-11-25", base: undefined, people: [] };
  const steps = SETUP_STEPS.flatMap((step) => inputIdsOf(renderSetupStep(scope, draft, step, context)));
  const members = { listByOrg: async function* () {} };
  const roles = createRolesFlow({ repos: { members } } as unknown as FlowDeps);
  return [...steps, ...inputIdsOf(await roles.open(scope))];
}

describe("card input ids", () => {
  it("lets templates name only declared inputs, and declares no input a template does not have", () => {
    const found = templateInputs();
    expect(found.map(({ template }) => template).sort()).toEqual(Object.keys(CARD_INPUTS).sort());
    for (const { template, ids, isBound } of found) {
      const declared: readonly string[] = CARD_INPUTS[template as CardTemplate];
      expect({ template, undeclared: ids.filter((id) => !declared.includes(id)) }).toEqual({
        template,
        undeclared: [],
      });
      expect({ template, isBound }).toEqual({ template, isBound: DATA_BOUND.includes(template) });
      if (!isBound) expect({ template, ids: [...ids].sort() }).toEqual({ template, ids: [...declared].sort() });
    }
  });

  it("has the report basis card bind exactly its declared text inputs", () => {
    const literal = templateInputs().find(({ template }) => template === "report-basis")?.ids ?? [];
    expect([...literal, ...REPORT_BASIS_TEXT_INPUTS].sort()).toEqual([...CARD_INPUTS["report-basis"]].sort());
  });

  it("shows every declared administration input on a setup step or the roles card, and no other", async () => {
    const shown = await administrationInputs();
    const fixed = shown.filter((id) => !SETUP_INPUT_PREFIXES.some((prefix) => id.startsWith(prefix)));
    expect(new Set(fixed)).toEqual(new Set(CARD_INPUTS["setup-card"]));
    // The repeated inputs: one per group of the default draft, one owner per quality area.
    const draft = newSetupDraft("org-1", "2026-11-25", "aad-officer", NOW);
    const areas = QUALITY_MODELS[draft.model].areas.map((area) => `owner_${area.id}`);
    const groups = draft.groups.flatMap((group) =>
      ["Name", "Areas", "Audiences"].map((kind) => `group${kind}_${group.id}`),
    );
    expect(shown.filter((id) => !fixed.includes(id)).sort()).toEqual([...areas, ...groups].sort());
  });

  it("lets a handler read only inputs its card has (a misspelt id does not compile)", () => {
    const shape = cardInputs("prompt", { answer: z.string() });
    expect(Object.keys(shape)).toEqual(["answer"]);
    // @ts-expect-error "answr" is on no prompt card: `npm run typecheck` fails if this compiles.
    cardInputs("prompt", { answr: z.string() });
    // @ts-expect-error the setup card's inputs are not the prompt card's.
    cardInputs("prompt", { modelVersion: z.string() });
  });
});
