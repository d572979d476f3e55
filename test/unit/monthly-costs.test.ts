import * as fs from "node:fs";
import * as path from "node:path";
import { monthlyCost, renderCostTable } from "../../infra/scripts/monthly-costs";

const ROOT = path.resolve(__dirname, "..", "..");

describe("monthly costs in docs/operations.md", () => {
  it("shows the table `npm run costs` computes from the benchmark figures and the stated assumptions", () => {
    const docs = fs.readFileSync(path.join(ROOT, "docs", "operations.md"), "utf8");
    const block = /<!-- costs:start -->\n([\s\S]*?)\n<!-- costs:end -->/.exec(docs)?.[1];
    // Out of date: run `npm run costs` and paste its output between the markers.
    expect(block).toBe(renderCostTable(ROOT));
  });

  it("grows with staff and is dominated by the store for large organisations", () => {
    const [small, large] = [monthlyCost(50, 12_000), monthlyCost(5_000, 12_000)];
    expect(large.total).toBeGreaterThan(small.total * 10);
    expect(large.cosmos).toBeGreaterThan(large.total / 2);
    expect(small.functions).toBeLessThan(5);
  });
});
