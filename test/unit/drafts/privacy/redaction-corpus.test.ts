/**
 * The redaction corpus (issue 20): every sentence must come out as expected, the corpus must stay
 * large and bilingual, the known misses must be what docs/pseudonymisation.md says, and the
 * Musterstadt answers (no personal data in them) must come out unchanged.
 */
import { redactPersonalData } from "../../../../bot/drafts/privacy";
import { draftRedactionContext } from "../../../../bot/drafts/draft-privacy";
import { ANSWERS, LAST_PERIOD_ANSWERS, musterstadtInput } from "../../../fixtures/vhs-musterstadt";
import { CORPUS, CORPUS_CONTEXT, KNOWN_MISSES, type CorpusCategory } from "./redaction-corpus";

const CATEGORIES: readonly CorpusCategory[] = [
  "member",
  "salutation",
  "other person",
  "email",
  "phone",
  "address",
  "birth date",
  "mixed",
  "unchanged",
];

describe("the redaction corpus: sentences as VHS staff write them", () => {
  it("has at least 200 sentences, German and English, in every category", () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(200);
    expect(CORPUS.filter((sentence) => sentence.language === "en").length).toBeGreaterThanOrEqual(30);
    for (const category of CATEGORIES)
      expect(CORPUS.filter((sentence) => sentence.category === category).length).toBeGreaterThanOrEqual(5);
  });

  it.each(CATEGORIES)("redacts every %s sentence as expected", (category) => {
    const wrong = CORPUS.filter((sentence) => sentence.category === category)
      .map((sentence) => ({ ...sentence, actual: redactPersonalData(sentence.text, CORPUS_CONTEXT).text }))
      .filter((sentence) => sentence.actual !== sentence.expected)
      .map(({ text, expected, actual }) => ({ text, expected, actual }));
    expect(wrong).toEqual([]);
  });

  it("reports nothing as replaced in a sentence that must stay unchanged", () => {
    for (const sentence of CORPUS.filter((candidate) => candidate.category === "unchanged"))
      expect(redactPersonalData(sentence.text, CORPUS_CONTEXT).redactions).toEqual([]);
  });

  it("still gets wrong exactly what docs/pseudonymisation.md lists as not caught", () => {
    expect(KNOWN_MISSES.map((miss) => redactPersonalData(miss.text, CORPUS_CONTEXT).text)).toEqual(
      KNOWN_MISSES.map((miss) => miss.actual),
    );
  });

  it("changes no word of the Musterstadt answers, which name nobody", () => {
    const context = draftRedactionContext(musterstadtInput());
    const changed = [...ANSWERS, ...LAST_PERIOD_ANSWERS].flatMap((answer) =>
      [answer.text, answer.evidence ?? ""].filter((text) => redactPersonalData(text, context).redactions.length > 0),
    );
    expect(changed).toEqual([]);
  });
});
