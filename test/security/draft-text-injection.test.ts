/**
 * Attacks on the drafts through what staff type (issue 20, item 4): each answer is stored the way
 * the bot stores it (the answer schema normalises it) and, to show the writers hold on their own,
 * also handed to the writers raw. Word parts are opened with a strict XML parser, Markdown with a
 * Markdown parser.
 */
import JSZip from "jszip";
import MarkdownIt from "markdown-it";
import { answerSchema } from "../../bot/domain/answer";
import { compileDraft } from "../../bot/drafts/compile-draft";
import type { DraftAnswer } from "../../bot/drafts/draft-input";
import { draftStatements } from "../../bot/drafts/draft-walk";
import { renderMarkdown } from "../../bot/drafts/render-markdown";
import { renderDocx } from "../../bot/drafts/word";
import { answer, draftInput, MEMBERS } from "../unit/drafts/draft-fixture";
import { descendants, parseXml, textOf } from "../unit/drafts/xml-tree";

const markdownParser = new MarkdownIt("default", { html: true, linkify: true });

/** As the answer repository stores it: parsed with the answer schema. */
function stored(draftAnswer: DraftAnswer): DraftAnswer {
  const parsed = answerSchema.parse({
    ...draftAnswer,
    orgId: "org",
    promptInstanceId: "delivery",
    promptId: "lqw-1-rationale-1",
    model: "lqw",
    history: [],
  });
  return { ...draftAnswer, text: parsed.text, ...(parsed.evidence ? { evidence: parsed.evidence } : {}) };
}

function draftOf(text: string, options: { evidence?: string; named?: boolean } = {}) {
  const raw = answer("aad-anna", "leitbild", "rationale", text, "2025-02-01T10:00:00Z", {
    ...(options.evidence ? { evidence: options.evidence } : {}),
  });
  const input = draftInput({ areas: ["leitbild"], ...(options.named ? { attribution: "named" as const } : {}) });
  return {
    raw: compileDraft({ ...input, answers: [raw] }),
    stored: compileDraft({ ...input, answers: [stored(raw)] }),
  };
}

async function documentText(file: Buffer): Promise<string[]> {
  const zip = await JSZip.loadAsync(file);
  for (const name of Object.keys(zip.files).filter((part) => /\.(xml|rels)$/.test(part)))
    parseXml((await zip.file(name)?.async("string")) ?? "");
  const document = parseXml((await zip.file("word/document.xml")?.async("string")) ?? "");
  return descendants(document, "w:p").map(textOf);
}

describe("an answer cannot break or restructure a draft", () => {
  it("U+FFFF and U+FFFE in an answer and its evidence: Word's parts stay well-formed XML and the words stay", async () => {
    const drafts = draftOf("Kurs\uFFFFberichte\uFFFE liegen vor.", { evidence: "Protokoll\uFFFF vom 3.3." });
    for (const draft of [drafts.raw, drafts.stored]) {
      const paragraphs = await documentText(await renderDocx(draft));
      expect(paragraphs).toContain("Kursberichte liegen vor. [A1]");
      expect(paragraphs.some((text) => text.startsWith("Protokoll vom 3.3."))).toBe(true);
    }
    expect([...draftStatements(drafts.stored)][0]?.text).toBe("Kursberichte liegen vor.");
  });

  it('a bare CR cannot make a fake "## Lücken" heading or a list in the Markdown', () => {
    const drafts = draftOf("Alles erledigt.\r## Lücken\r- keine\r1. wirklich keine");
    for (const draft of [drafts.raw, drafts.stored]) {
      const tokens = markdownParser.parse(renderMarkdown(draft), {});
      const headings = tokens
        .map((token, index) => (token.type === "heading_open" ? tokens[index + 1]?.content : undefined))
        .filter((content) => content !== undefined);
      expect(headings.filter((heading) => heading === "Lücken")).toHaveLength(1);
      expect(tokens.filter((token) => token.type === "ordered_list_open")).toHaveLength(0);
      // The only bullet lists are the draft's own: facts, contents, gaps.
      const paragraph = tokens.find((token) => token.type === "inline" && token.content.startsWith("Alles erledigt."));
      expect(paragraph?.children?.filter((child) => child.type === "hardbreak")).toHaveLength(3);
    }
  });

  it("a consented display name that is a Markdown link stays text in a named draft", () => {
    const original = MEMBERS.get("aad-anna");
    MEMBERS.set("aad-anna", {
      ...(original as NonNullable<typeof original>),
      displayName: "[Bitte neu anmelden](https://login.example/)",
    });
    try {
      const { raw } = draftOf("Wir arbeiten mit dem Leitbild.", { named: true });
      const markdown = renderMarkdown(raw);
      const tokens = markdownParser.parse(markdown, {});
      const links = tokens
        .flatMap((token) => token.children ?? [])
        .filter((child) => child.type === "link_open")
        .map((child) => child.attrGet("href"));
      expect(links.every((href) => href?.startsWith("#"))).toBe(true);
      expect(markdown).toContain("\\[Bitte neu anmelden\\](https\\://login\\.example/)");
    } finally {
      if (original) MEMBERS.set("aad-anna", original);
    }
  });
});
