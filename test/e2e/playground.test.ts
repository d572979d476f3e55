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

  it("asks for a prompt, answers it and shows the saved answer in place of the prompt", async () => {
    const messageBox = page.getByRole("textbox").last();
    await messageBox.fill("frage");
    await messageBox.press("Enter");
    const promptCard = page.locator(".ac-adaptiveCard", { hasText: "Absenden" }).last();
    await promptCard.waitFor({ state: "visible" });
    await promptCard.getByText(/LQW · QB \d+/).first().waitFor();
    await promptCard.locator("textarea").first().fill("Wir fragen im Erstgespräch nach den Zielen der Teilnehmenden und notieren sie im Anmeldebogen.");
    await page.screenshot({ path: path.join(RESULTS, "e2e-prompt.png"), fullPage: true });
    await promptCard.getByRole("button", { name: "Absenden" }).click();
    const saved = page.locator(".ac-adaptiveCard", { hasText: "Gespeichert – danke!" }).last();
    await saved.waitFor({ state: "visible" });
    await saved.getByText("Wir fragen im Erstgespräch nach den Zielen der Teilnehmenden").waitFor();
    await saved.getByRole("button", { name: "Bearbeiten" }).waitFor();
    await page.screenshot({ path: path.join(RESULTS, "e2e-saved-answer.png"), fullPage: true });
  });

  it("exports a draft as the demo quality officer and downloads the Markdown file", async () => {
    const messageBox = page.getByRole("textbox").last();
    await messageBox.fill("export");
    await messageBox.press("Enter");
    const requestCard = page.locator(".ac-adaptiveCard", { hasText: "Selbstreport-Entwurf exportieren" }).last();
    await requestCard.waitFor({ state: "visible" });
    await requestCard.getByRole("button", { name: "Entwurf erstellen" }).click();
    const ready = page.locator(".ac-adaptiveCard", { hasText: "Ihr Entwurf ist fertig" }).last();
    await ready.waitFor({ state: "visible" });
    await page.screenshot({ path: path.join(RESULTS, "e2e-export.png"), fullPage: true });
    // The Playground opens Action.OpenUrl with window.open; record the URL instead of a new tab.
    await page.evaluate(() => {
      // Runs in the browser; the project's types have no DOM, so the window is typed by hand.
      const browserWindow = globalThis as unknown as { openedUrls: string[]; open: (url?: string) => null };
      browserWindow.openedUrls = [];
      browserWindow.open = (url?: string) => {
        browserWindow.openedUrls.push(String(url));
        return null;
      };
    });
    await ready.getByText("Markdown herunterladen").click();
    const downloadUrl = await page.waitForFunction(() => (globalThis as unknown as { openedUrls: string[] }).openedUrls[0]);
    const response = await fetch(String(await downloadUrl.jsonValue()));
    expect(response.status).toBe(200);
    const markdown = await response.text();
    expect(markdown).toContain("Entwurf – zur Bearbeitung");
    expect(markdown).toContain("Wir fragen im Erstgespräch nach den Zielen der Teilnehmenden");
  });
});

