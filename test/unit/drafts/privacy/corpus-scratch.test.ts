import { redactPersonalData } from "../../../../bot/drafts/privacy";
import { CORPUS, CORPUS_CONTEXT } from "./redaction-corpus";
it("prints", () => {
  let bad = 0;
  const lines: string[] = [];
  for (const s of CORPUS) {
    const got = redactPersonalData(s.text, CORPUS_CONTEXT).text;
    if (got !== s.expected) { bad++; lines.push(`[${s.category}] ${s.text}\n   want: ${s.expected}\n   got:  ${got}`); }
  }
  console.log(lines.join("\n") + `\n${bad} of ${CORPUS.length} differ`);
});
