import * as fs from "node:fs";
import * as path from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { isAnswering, startLocalStack, waitUntilGone, type LocalStack } from "../support/local-stack";

const RESULTS = path.resolve(__dirname, "..", "..", "test-results");
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const UI_TIMEOUT_MS = 30_000;

jest.setTimeout(90_000);

describe("npm start: the bot in the Microsoft 365 Agents Playground", () => {
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
    if (stack) {
      // Ctrl-C stops everything: the process exits cleanly and no port stays taken.
      expect(await stack.stop()).toBe(0);
      expect(await isAnswering(`${stack.hostUrl}/api/health`)).toBe(false);
      expect(await waitUntilGone(stack.playgroundUrl, 10_000)).toBe(true);
    }
  });

  it("greets „Hallo“ with the German welcome card", async () => {
    const welcomeCards = page.locator(".ac-adaptiveCard", { hasText: "Willkommen bei lqw-reflect" });
    // Opening the Playground installs the app: the first greeting comes unasked.
    await welcomeCards.first().waitFor({ state: "visible" });
    // The message box is a rich-text editor (role textbox), not a <textarea>; "Type a message..."
    // is a placeholder element beside it.
    await page.getByText("Type a message...").waitFor();
    const messageBox = page.getByRole("textbox").last();
    await messageBox.fill("Hallo");
    await messageBox.press("Enter");
    const welcome = welcomeCards.nth(1);
    await welcome.waitFor({ state: "visible" });
    await welcome.getByText("Wer sieht was?").waitFor();
    await welcome.getByText("Hallo Miriam!").waitFor();
    await page.screenshot({ path: path.join(RESULTS, "e2e-welcome.png"), fullPage: true });
  });

  it("shows the help card when the Hilfe button is clicked", async () => {
    await page.getByRole("button", { name: "Hilfe" }).last().click();
    const helpCard = page.locator(".ac-adaptiveCard", { hasText: "frage – eine neue Reflexionsfrage" }).last();
    await helpCard.waitFor({ state: "visible" });
    // Miriam is the demo organisation's quality officer: she sees her own commands too.
    await helpCard.getByText("Für Qualitätsbeauftragte").waitFor();
    await page.screenshot({ path: path.join(RESULTS, "e2e-help.png"), fullPage: true });
  });
});
