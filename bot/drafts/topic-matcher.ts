/**
 * Which requirement (or, in QB 11a, which agreed goal) an answer belongs to: the one the answer
 * carries (stored from its prompt's tags when it was saved, or a bundle's `requirementIds`), else
 * the one whose tags name its prompt now, else the one whose title's words the answer uses most,
 * else none ("ohne Zuordnung").
 */
import { contentWordStem, MIN_WORD_LENGTH } from "./analysis/content-words";
import { wordsOfPlain, type PlainWords } from "./plain-words";
import { normaliseText } from "./text-similarity";
import { rememberPerWord } from "./word-memory";

export interface MatchableTopic {
  id: string;
  title: string;
  /** Catalog prompts tagged with this topic: their answers belong to it. */
  promptIds?: readonly string[];
}

export interface TopicMatcher {
  /** `words`: the text's plain words when the caller has split it already (see ./plain-words). */
  match(text: string, explicitIds?: readonly string[], promptId?: string, words?: PlainWords): string | undefined;
}

/** Shorter stems match only whole words: "kurs" should not find "kursleitend". */
const MIN_PREFIX = 6;
const NO_TOPIC_WORDS: readonly number[] = [];

interface IndexedTopic {
  id: string;
  /** Its title's content words, as numbers into the matcher's list of title words, in title order. */
  words: readonly number[];
}

export function createTopicMatcher(topics: readonly MatchableTopic[]): TopicMatcher {
  // Title words as numbers: an answer marks the ones it uses in an array rather than a Set per answer.
  const topicWordIds = new Map<string, number>();
  const indexed: IndexedTopic[] = topics.map((topic) => ({
    id: topic.id,
    words: [...new Set(titleWords(topic.title))].map((word) => {
      const known = topicWordIds.get(word);
      if (known !== undefined) return known;
      topicWordIds.set(word, topicWordIds.size);
      return topicWordIds.size - 1;
    }),
  }));
  const ids = new Set(topics.map((topic) => topic.id));
  // The first topic whose tags name a prompt, as the quality officer listed them.
  const byPrompt = new Map<string, string>();
  for (const topic of topics)
    for (const promptId of topic.promptIds ?? []) if (!byPrompt.has(promptId)) byPrompt.set(promptId, topic.id);
  // How many topics use a word: a word in every title tells them apart less than a word in one.
  const topicsWith = new Int32Array(topicWordIds.size);
  for (const topic of indexed) for (const word of topic.words) topicsWith[word] = (topicsWith[word] as number) + 1;
  const weights = Float64Array.from(topicsWith, (count) => Math.log(1 + indexed.length / count));
  // Which title words a word of an answer counts as, worked out once per word as written
  // (normalised): answers share their words, and most are stop words or match no title.
  const allTopicWords = [...topicWordIds];
  const topicWordsOf = rememberPerWord((word): readonly number[] => {
    const stem = contentWordStem(word);
    if (stem === undefined) return NO_TOPIC_WORDS;
    const matching = allTopicWords.filter(([topicWord]) => sameWord(stem, topicWord)).map(([, id]) => id);
    return matching.length > 0 ? matching : NO_TOPIC_WORDS;
  });
  // A plain text's words as written: in lower case they are its normalised words (./plain-words).
  const topicWordsOfWritten = rememberPerWord((word) => topicWordsOf(word.toLowerCase()));
  // found[word] === stamp: the answer being matched uses that title word (no clearing between answers).
  const found = new Uint32Array(topicWordIds.size);
  let stamp = 0;
  let foundAny = false;
  const markFound = (topicWords: readonly number[]) => {
    for (const topicWord of topicWords) {
      found[topicWord] = stamp;
      foundAny = true;
    }
  };

  return {
    match(text, explicitIds = [], promptId, words) {
      const named = explicitIds.find((id) => ids.has(id));
      if (named) return named;
      if (indexed.length === 0) return undefined;
      const tagged = promptId === undefined ? undefined : byPrompt.get(promptId);
      if (tagged) return tagged;
      stamp += 1;
      foundAny = false;
      // A short word has no stem: no look-up of it (about a third of the words).
      const plainWords = wordsOfPlain(text, words);
      if (plainWords !== undefined) {
        for (const word of plainWords) if (word.length >= MIN_WORD_LENGTH) markFound(topicWordsOfWritten(word));
      } else {
        // Normalised here rather than taken from the answer's skeleton, which is made only when its area is compiled.
        const words = normaliseText(text);
        for (let start = 0; start < words.length;) {
          let end = words.indexOf(" ", start);
          if (end === -1) end = words.length;
          if (end - start >= MIN_WORD_LENGTH) markFound(topicWordsOf(words.slice(start, end)));
          start = end + 1;
        }
      }
      if (!foundAny) return undefined;
      let best: { id: string; score: number; shared: number } | undefined;
      for (const topic of indexed) {
        let score = 0;
        let shared = 0;
        for (const topicWord of topic.words) {
          if (found[topicWord] !== stamp) continue;
          score += weights[topicWord] as number;
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

function titleWords(title: string): string[] {
  const words: string[] = [];
  for (const word of normaliseText(title).split(" ")) {
    const stem = contentWordStem(word);
    if (stem !== undefined) words.push(stem);
  }
  return words;
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
