import { DIMENSIONS, MODEL_IDS, QUALITY_MODELS, findArea } from "../../../bot/domain/quality-models";

describe("quality models", () => {
  it.each(MODEL_IDS)("%s has the 11 quality areas numbered 1 to 11", (model) => {
    const areas = QUALITY_MODELS[model].areas;
    expect(areas).toHaveLength(11);
    expect(areas.map((area) => area.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(new Set(areas.map((area) => area.id)).size).toBe(11);
    for (const area of areas) {
      expect(area.name.de.trim()).not.toBe("");
      expect(area.name.en.trim()).not.toBe("");
    }
  });

  it("names areas 4 and 5 after what each kind of organisation does", () => {
    for (const area of ["kernprozess", "evaluation"] as const) {
      const names = MODEL_IDS.map((model) => findArea(model, area).name.de);
      expect(new Set(names).size).toBe(3);
    }
    expect(findArea("lqw", "kernprozess").name.de).toBe("Lehr-Lern-Prozess");
    expect(findArea("kqb", "kernprozess").name.de).toBe("Beratungsprozess");
  });

  it("shares the other areas' names across the models", () => {
    expect(findArea("lqw", "leitbild").name).toEqual(findArea("kqs", "leitbild").name);
  });

  it("reflects along five dimensions, named in both languages", () => {
    expect(DIMENSIONS.map((dimension) => dimension.id)).toEqual([
      "rationale",
      "procedures",
      "results",
      "evaluation",
      "conclusions",
    ]);
    for (const dimension of DIMENSIONS) {
      expect(dimension.name.de && dimension.name.en && dimension.meaning.de && dimension.meaning.en).toBeTruthy();
    }
  });
});
