import * as fs from "node:fs";
import * as path from "node:path";
import { chromium, type Browser, type Locator, type Page } from "playwright-core";
import { startLocalStack, type LocalStack } from "../support/local-stack";

const RESULTS = path.resolve(__dirname, "..", "..", "test-results");
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const UI_TIMEOUT_MS = 30_000;

jest.setTimeout(120_000);

describe("npm start: the demo quality officer completes the setup in the Agents Playground", () => {
  let stack: LocalStack | undefined;
  let browser: Browser | undefined;
  let page: Page;

  beforeAll(async () => {
    fs.mkdirSync(RESULTS, { recursive: true });
    stack = await startLocalStack();
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    });
    page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: "de-DE" });
    page.setDefaultTimeout(UI_TIMEOUT_MS);
    await page.goto(stack.playgroundUrl);
  });

  afterAll(async () => {
    await browser?.close();
    if (stack) expect(await stack.stop()).toBe(0);
  });

  /** The setup card showing this step; Action.Execute replaces the card in place. */
  const setupCard = async (progress: string): Promise<Locator> => {
    const card = page.locator(".ac-adaptiveCard", { hasText: progress }).last();
    await card.waitFor({ state: "visible" });
    return card;
  };

  it("walks through all six steps with the prefilled values and finishes", async () => {
    // The compose box is a rich-text editor: its "Type a message..." is a sibling span, not a placeholder attribute.
    const messageBox = page.locator('[contenteditable="true"][role="textbox"]').last();
    await messageBox.fill("einrichtung");
    await messageBox.press("Enter");

    for (const progress of ["Schritt 1 von 6", "Schritt 2 von 6", "Schritt 3 von 6", "Schritt 4 von 6"]) {
      const card = await setupCard(progress);
      await card.getByRole("button", { name: "Weiter" }).click();
    }
    const details = await setupCard("Schritt 5 von 6");
    const name = details.getByLabel("Name der Organisation");
    if ((await name.inputValue()) === "") await name.fill("VHS Musterstadt");
    await details.getByRole("button", { name: "Weiter" }).click();

    const summary = await setupCard("Schritt 6 von 6");
    await summary.getByText("VHS Musterstadt").first().waitFor();
    await page.screenshot({ path: path.join(RESULTS, "e2e-setup-summary.png"), fullPage: true });
    await summary.getByRole("button", { name: "Einrichtung abschließen" }).click();

    const done = page.locator(".ac-adaptiveCard", { hasText: "Einrichtung abgeschlossen" }).last();
    await done.waitFor({ state: "visible" });
    await page.screenshot({ path: path.join(RESULTS, "e2e-setup-done.png"), fullPage: true });
  });

  it("shows the overview with member counts from the finished setup", async () => {
    await page.getByRole("button", { name: "Übersicht" }).last().click();
    const overview = page.locator(".ac-adaptiveCard", { hasText: "App installiert" }).last();
    await overview.waitFor({ state: "visible" });
    await overview.getByText("Nächster Versand").waitFor();
    await page.screenshot({ path: path.join(RESULTS, "e2e-setup-overview.png"), fullPage: true });
  });
});
