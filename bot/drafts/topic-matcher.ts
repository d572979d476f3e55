/**
 * Which requirement (or, in QB 11a, which agreed goal) an answer belongs to: the one the answer
 * carries (stored from its prompt's tags when it was saved, or a bundle's `requirementIds`), else
 * the one whose tags name its prompt now, else the one whose title's words the answer uses most,
 * else none ("ohne Zuordnung").
 */
import { contentWords } from "./analysis/content-words";
import { rememberPerWord } from "./word-memory";

export interface MatchableTopic {
  id: string;
  title: string;
  /** Catalog prompts tagged with this topic: their answers belong to it. */
  promptIds?: readonly string[];
}

export interface TopicMatcher {
  match(text: string, explicitIds?: readonly string[], promptId?: string): string | undefined;
}

/** Shorter stems match only whole words: "kurs" should not find "kursleitend". */
const MIN_PREFIX = 6;

interface IndexedTopic {
  id: string;
  words: Set<string>;
}

export function createTopicMatcher(topics: readonly MatchableTopic[]): TopicMatcher {
  const indexed: IndexedTopic[] = topics.map((topic) => ({
    id: topic.id,
    words: new Set(contentWords(topic.title)),
  }));
  const ids = new Set(topics.map((topic) => topic.id));
  // The first topic whose tags name a prompt, as the quality officer listed them.
  const byPrompt = new Map<string, string>();
  for (const topic of topics)
    for (const promptId of topic.promptIds ?? []) if (!byPrompt.has(promptId)) byPrompt.set(promptId, topic.id);
  // How many topics use a word: a word in every title tells them apart less than a word in one.
  const topicsWith = new Map<string, number>();
  for (const topic of indexed) for (const word of topic.words) topicsWith.set(word, (topicsWith.get(word) ?? 0) + 1);
  const weight = (word: string) => Math.log(1 + indexed.length / (topicsWith.get(word) ?? indexed.length));
  // Which title words a word of an answer counts as, worked out once per word: answers share their words.
  const allTopicWords = [...topicsWith.keys()];
  const topicWordsOf = rememberPerWord((word): readonly string[] =>
    allTopicWords.filter((topicWord) => sameWord(word, topicWord)),
  );

  return {
    match(text, explicitIds = [], promptId) {
      const named = explicitIds.find((id) => ids.has(id));
      if (named) return named;
      if (indexed.length === 0) return undefined;
      const tagged = promptId === undefined ? undefined : byPrompt.get(promptId);
      if (tagged) return tagged;
      let best: { id: string; score: number; shared: number } | undefined;
      const found = new Set<string>();
      for (const word of contentWords(text)) for (const topicWord of topicWordsOf(word)) found.add(topicWord);
      for (const topic of indexed) {
        let score = 0;
        let shared = 0;
        for (const topicWord of topic.words) {
          if (!found.has(topicWord)) continue;
          score += weight(topicWord);
          shared += 1;
        }
        if (shared > 0 && (!best || score > best.score)) best = { id: topic.id, score, shared };
      }
      // One shared word counts when it is distinctive (in this title only); otherwise two are needed.
      if (!best) return undefined;
      const distinctive = Math.log(1 + indexed.length);
      return best.shared >= 2 || best.score >= distinctive - 1e-9 ? best.id : undefined;
    },
  };
}

/**
 * The same stem, or one is the first or last part of a compound made with the other
 * ("beschwerd" / "beschwerdemanagement", "auswertung" / "zwischenauswertung").
 */
function sameWord(word: string, topicWord: string): boolean {
  if (word === topicWord) return true;
  const [short, long] = word.length < topicWord.length ? [word, topicWord] : [topicWord, word];
  return short.length >= MIN_PREFIX && (long.startsWith(short) || long.endsWith(short));
}
