/**
 * The `npm start` stack opened in headless Chromium: the Agents Playground as a person sees it.
 * Shared by the e2e tests; screenshots go to test-results/.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { chromium, type Browser, type Locator, type Page } from "playwright-core";
import { chromiumPath } from "./chromium-path";
import { startLocalStack, type LocalStack } from "./local-stack";

const RESULTS = path.resolve(__dirname, "..", "..", "test-results");
const UI_TIMEOUT_MS = 30_000;
/** The greeting every demo user gets when the Playground installs the app. */
const WELCOME = "Willkommen bei lqw-reflect";

export interface PlaygroundSession {
  stack: LocalStack;
  page: Page;
  /** Types a message into the chat and sends it. */
  say(text: string): Promise<void>;
  /**
   * The newest card showing `text`, once visible. When it does not come, the error carries the
   * chat as shown and the app's last log lines, so a failure on a CI machine says what happened.
   */
  card(text: string): Promise<Locator>;
  screenshot(name: string): Promise<void>;
  /** Closes the browser and stops the stack as Ctrl-C would; resolves with its exit code. */
  close(): Promise<number | null>;
}

export async function openPlayground(options: { args?: string[] } = {}): Promise<PlaygroundSession> {
  fs.mkdirSync(RESULTS, { recursive: true });
  const stack = await startLocalStack(options);
  let browser: Browser | undefined;
  try {
    browser = await chromium.launch({
      executablePath: await chromiumPath(),
      headless: true,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    });
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: "de-DE" });
    page.setDefaultTimeout(UI_TIMEOUT_MS);
    await page.goto(stack.playgroundUrl);
    // Opening the Playground installs the app and the bot greets unasked: once that card is shown,
    // the chat is connected, so a message typed next cannot go out before the conversation exists.
    await page.locator(".ac-adaptiveCard", { hasText: WELCOME }).first().waitFor({ state: "visible" });
    const openedBrowser = browser;
    return {
      stack,
      page,
      async say(text) {
        // The compose box is a rich-text editor (role textbox); "Type a message..." is a sibling element.
        await page.getByText("Type a message...").waitFor();
        const box = page.locator('[contenteditable="true"][role="textbox"]').last();
        await box.fill(text);
        await box.press("Enter");
        // Sent once the editor is empty again; a test then waits for the reply, not for a lost message.
        await box.filter({ hasText: /^$/ }).waitFor();
      },
      async card(text) {
        const card = page.locator(".ac-adaptiveCard", { hasText: text }).last();
        try {
          await card.waitFor({ state: "visible" });
        } catch (error) {
          const chat = await page
            .locator("body")
            .innerText({ timeout: 5_000 })
            .catch(() => "(page unreadable)");
          const log = stack.output().split("\n").slice(-40).join("\n");
          throw new Error(`no card with „${text}“: ${String(error)}\n--- chat ---\n${chat}\n--- app log ---\n${log}`);
        }
        return card;
      },
      screenshot: async (name) => void (await page.screenshot({ path: path.join(RESULTS, name), fullPage: true })),
      async close() {
        await openedBrowser.close();
        return stack.stop();
      },
    };
  } catch (error) {
    await browser?.close();
    await stack.stop();
    throw error;
  }
}
