/** Writes the Musterstadt draft as .docx and .md to a folder, to look at it as a user would (LibreOffice, a viewer). */
import * as fs from "node:fs";
import * as path from "node:path";
import { compileDraft } from "../../bot/drafts/compile-draft";
import { renderMarkdown } from "../../bot/drafts/render-markdown";
import { renderDocx } from "../../bot/drafts/word";
import { musterstadtInput } from "../../test/fixtures/vhs-musterstadt";

async function main(): Promise<void> {
  const out = process.argv[2] ?? ".";
  const draft = compileDraft(musterstadtInput());
  const section = draft.sections[1];
  // One point to clarify, so that its comments show on both statements.
  const statements = section ? section.parts[0]?.topics[0]?.blocks[2]?.paragraphs.flatMap((p) => p.statements) : [];
  if (section && statements && statements.length >= 2) {
    const [first, second] = statements as [NonNullable<(typeof statements)[0]>, NonNullable<(typeof statements)[0]>];
    section.clarifications.push({
      id: "K1",
      kind: "differingValues",
      summary: "Unterschiedliche Zahlen für dieselbe Auswertung",
      sides: [
        { text: first.text, sourceKeys: first.sourceKeys },
        { text: second.text, sourceKeys: second.sourceKeys },
      ],
    });
    first.clarificationIds = ["K1"];
    second.clarificationIds = ["K1"];
  }
  fs.writeFileSync(path.join(out, "draft.docx"), await renderDocx(draft));
  fs.writeFileSync(path.join(out, "draft-reviewer.docx"), await renderDocx(draft, { variant: "reviewer" }));
  fs.writeFileSync(path.join(out, "draft.md"), renderMarkdown(draft));
}

void main();
