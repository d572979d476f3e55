/**
 * Which requirement an answer is filed under in the draft: the requirement stored on the answer
 * (from its prompt's tags when it was saved), else the requirement whose tags name its prompt,
 * else the one whose title's words it uses, else "Ohne Zuordnung zu einer Anforderung".
 */
import { compileDraft } from "../../../bot/drafts/compile-draft";
import type { Draft } from "../../../bot/drafts/draft";
import type { DraftRequirement } from "../../../bot/drafts/draft-input";
import { createTopicMatcher } from "../../../bot/drafts/topic-matcher";
import { answer, draftInput } from "./draft-fixture";

const REQUIREMENTS: DraftRequirement[] = [
  { id: "2.1", area: "bedarfserschliessung", title: "Kursanfragen erfassen" },
  {
    id: "2.2",
    area: "bedarfserschliessung",
    title: "Angebotsplanung im Fachbereich",
    promptIds: ["bedarfserschliessung.procedures.all.1"],
  },
  {
    id: "2.3",
    area: "bedarfserschliessung",
    title: "Wartelisten auswerten",
    promptIds: ["bedarfserschliessung.procedures.all.1", "bedarfserschliessung.results.all.1"],
  },
];

describe("attributing answers to requirements", () => {
  const matcher = createTopicMatcher(REQUIREMENTS);
  const aboutRequests = "Wir erfassen jede Kursanfrage am Infotelefon in einer Liste.";

  it("prefers the requirement stored on the answer, then the prompt's tag, then the title's words", () => {
    expect(matcher.match(aboutRequests, ["2.3"], "bedarfserschliessung.procedures.all.1")).toBe("2.3");
    expect(matcher.match(aboutRequests, [], "bedarfserschliessung.procedures.all.1")).toBe("2.2");
    expect(matcher.match(aboutRequests, [], "bedarfserschliessung.results.all.1")).toBe("2.3");
    expect(matcher.match(aboutRequests, [], "bedarfserschliessung.rationale.all.1")).toBe("2.1");
    expect(matcher.match(aboutRequests)).toBe("2.1");
  });

  it("skips a stored requirement that is no longer on the list and falls back to the tags", () => {
    expect(matcher.match(aboutRequests, ["9.9"], "bedarfserschliessung.results.all.1")).toBe("2.3");
  });

  it("leaves an answer without a stored requirement, tag or shared word unassigned", () => {
    expect(matcher.match("Das Team trifft sich jeden Montag.", [], "bedarfserschliessung.rationale.all.1")).toBe(
      undefined,
    );
  });

  function topicOf(draft: Draft, text: string): string | undefined {
    for (const section of draft.sections)
      for (const part of section.parts)
        for (const topic of part.topics)
          for (const block of topic.blocks)
            for (const paragraph of block.paragraphs)
              if (paragraph.statements.some((statement) => statement.text.includes(text)))
                return topic.id ?? topic.kind;
    return undefined;
  }

  it("files each answer of a compiled draft under its requirement, the untagged wordless one as unassigned", () => {
    const input = draftInput();
    const draft = compileDraft({
      ...input,
      organisation: { ...input.organisation, requirements: REQUIREMENTS },
      answers: [
        answer("aad-anna", "bedarfserschliessung", "procedures", aboutRequests, "2025-03-11T09:12:00Z", {
          promptId: "bedarfserschliessung.procedures.all.1",
        }),
        answer(
          "aad-bernd",
          "bedarfserschliessung",
          "results",
          "Im Herbst kamen 40 Anfragen für Englisch am Abend.",
          "2025-04-01T09:00:00Z",
          { promptId: "bedarfserschliessung.results.all.2", requirementIds: ["2.3"] },
        ),
        answer(
          "aad-dieter",
          "bedarfserschliessung",
          "rationale",
          "Das Team trifft sich jeden Montag.",
          "2025-05-06T09:00:00Z",
          { promptId: "bedarfserschliessung.rationale.all.1" },
        ),
      ],
    });
    expect(topicOf(draft, "Kursanfrage am Infotelefon")).toBe("2.2");
    expect(topicOf(draft, "40 Anfragen")).toBe("2.3");
    expect(topicOf(draft, "jeden Montag")).toBe("unassigned");
    const topics = draft.sections.find((s) => s.area === "bedarfserschliessung")?.parts[0]?.topics ?? [];
    // 2.1 got no answer: it is listed as not started.
    expect(topics.find((topic) => topic.id === "2.1")?.isNotStarted).toBe(true);
  });
});
