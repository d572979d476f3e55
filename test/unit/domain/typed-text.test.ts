import fc from "fast-check";
import { answerSchema } from "../../../bot/domain/answer";
import { memberSchema } from "../../../bot/domain/member";
import { isNormalisedTypedText, normaliseTypedLine, normaliseTypedText } from "../../../bot/domain/typed-text";
import { assertProperty } from "../../support/property-runs";

/** Characters XML 1.0 cannot carry at all, even escaped. */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

describe("normaliseTypedText", () => {
  it("removes the non-characters U+FFFF and U+FFFE that make Word's XML invalid", () => {
    expect(normaliseTypedText("Kurs\uFFFFberichte\uFFFE liegen vor.")).toBe("Kursberichte liegen vor.");
  });

  it("turns a bare CR (and CR LF) into a line break, so it cannot hide a line from one reader and show it to another", () => {
    expect(normaliseTypedText("Alles gut.\r## Lücken\r\nkeine")).toBe("Alles gut.\n## Lücken\nkeine");
  });

  it("keeps tabs, line breaks, umlauts, emoji and right-to-left text", () => {
    const text = "Punkte:\n1.\tAnmeldung\n2.\tBeratung 😀 – مرحبا – Größe";
    expect(normaliseTypedText(text)).toBe(text);
  });

  it("removes other controls, DEL, C1 controls, zero-width spaces and byte-order marks", () => {
    expect(normaliseTypedText("\uFEFFGute\u0007 Erfahrung\u200B\u007F\u0090 mit dem Kurs.\u0000")).toBe(
      "Gute Erfahrung mit dem Kurs.",
    );
  });

  it("replaces a lone surrogate with U+FFFD, drops non-characters of other planes, keeps surrogate pairs", () => {
    expect(normaliseTypedText("a\uD800b\uDC00c")).toBe("a\uFFFDb\uFFFDc");
    expect(normaliseTypedText("x\uD83F\uDFFFy\u{1F600}")).toBe("xy\u{1F600}");
    expect(normaliseTypedText("\uFDD0frei")).toBe("frei");
  });

  it("composes umlauts typed as base letter plus accent (NFC)", () => {
    expect(normaliseTypedText("Bedarfserschlie\u00DFung fu\u0308r alle")).toBe("Bedarfserschließung für alle");
  });

  it("yields text XML can carry, with only \\n line breaks, and is idempotent (property)", () => {
    const anyText = fc.string({ unit: "binary", maxLength: 80 });
    const nasty = fc.array(
      fc.constantFrom("\r", "\uFFFF", "\uFFFE", "\uD800", "\uDFFF", "\u0000", "\u0085", "\u2028", "a", "\n", "\t"),
      { maxLength: 30 },
    );
    assertProperty(
      fc.property(
        fc.oneof(
          anyText,
          nasty.map((parts) => parts.join("")),
        ),
        (text) => {
          const normalised = normaliseTypedText(text);
          expect(normalised).not.toMatch(NOT_XML);
          expect(normalised).not.toMatch(LONE_SURROGATE);
          expect(normalised).not.toMatch(/[\r\u0085\u2028\u2029]/);
          expect(isNormalisedTypedText(normalised)).toBe(true);
        },
      ),
      { numRuns: 600 },
    );
  });
});

describe("normaliseTypedLine", () => {
  it("puts a display name on one line with single spaces", () => {
    expect(normaliseTypedLine("  Anna\r\n\tSchneider\u0000 ")).toBe("Anna Schneider");
  });
});

describe("stored documents", () => {
  const answer = {
    orgId: "org",
    answerId: "a1",
    promptInstanceId: "p1",
    memberId: "m1",
    promptId: "lqw-2-results-1",
    model: "lqw",
    area: "bedarfserschliessung",
    dimension: "results",
    createdAt: "2026-01-01T00:00:00.000Z",
    updatedAt: "2026-01-01T00:00:00.000Z",
  } as const;

  it("normalise an answer's text, evidence and history where they are parsed (written or read)", () => {
    const parsed = answerSchema.parse({
      ...answer,
      text: "Neu\uFFFF\rText",
      evidence: "Protokoll\uFFFE",
      history: [{ text: "Alt\u0000", replacedAt: "2026-01-02T00:00:00.000Z" }],
    });
    expect(parsed.text).toBe("Neu\nText");
    expect(parsed.evidence).toBe("Protokoll");
    expect(parsed.history[0]?.text).toBe("Alt");
  });

  it("refuse an answer that is nothing but control characters", () => {
    expect(answerSchema.safeParse({ ...answer, text: "\u0000\uFFFF" }).success).toBe(false);
  });

  it("keep a member's display name on one line", () => {
    const member = memberSchema.parse({
      orgId: "org",
      memberId: "m1",
      userId: "29:m1",
      name: "Anna\r\n# Schneider",
      conversation: {
        channelId: "msteams",
        serviceUrl: "https://x.example/",
        conversationId: "a:1",
        tenantId: "t",
        botId: "28:bot",
      },
      createdAt: "2026-01-01T00:00:00.000Z",
      updatedAt: "2026-01-01T00:00:00.000Z",
    });
    expect(member.name).toBe("Anna # Schneider");
  });
});
