import { rememberPerWord } from "../../../bot/drafts/word-memory";

describe("rememberPerWord", () => {
  it("works a word out once and gives the same result again, including undefined and false", () => {
    const asked: string[] = [];
    const lookUp = rememberPerWord((word) => {
      asked.push(word);
      return word === "leer" ? undefined : word.length > 3;
    });
    expect([lookUp("Kurs"), lookUp("Kurs"), lookUp("leer"), lookUp("leer"), lookUp("ja"), lookUp("ja")]).toEqual([
      true,
      true,
      undefined,
      undefined,
      false,
      false,
    ]);
    expect(asked).toEqual(["Kurs", "leer", "ja"]);
  });

  it("forgets everything once its bound is reached, so strange words cannot grow it without end", () => {
    let calls = 0;
    const double = rememberPerWord((word) => {
      calls++;
      return word + word;
    });
    for (let i = 0; i <= 50_000; i++) double(`w${i}`);
    expect(calls).toBe(50_001);
    expect(double("w1")).toBe("w1w1");
    expect(calls).toBe(50_002);
  });
});
