import * as http from "node:http";
import type { AddressInfo } from "node:net";
import type { Page } from "playwright-core";
import { parseDraftBundle } from "../../bot/drafts/bundle/draft-bundle";
import { isAnswering, waitUntilGone } from "../support/local-stack";
import { openPlayground, type PlaygroundSession } from "../support/playground-session";
import { docx, paragraph } from "../support/word-file";

jest.setTimeout(90_000);

/** Runs in the browser; the project's types have no DOM, so the window is typed by hand. */
type BrowserWindow = {
  openedUrls: string[];
  open: (url?: string) => null;
  navigator: { clipboard: { readText(): Promise<string>; writeText(text: string): Promise<void> } };
};

/** The Playground opens Action.OpenUrl with window.open; record the URLs instead of new tabs. */
async function recordOpenedUrls(page: Page): Promise<void> {
  await page.evaluate(() => {
    const browserWindow = globalThis as unknown as BrowserWindow;
    browserWindow.openedUrls = [];
    browserWindow.open = (url?: string) => {
      browserWindow.openedUrls.push(String(url));
      return null;
    };
  });
}

async function firstOpenedUrl(page: Page): Promise<string> {
  const url = await page.waitForFunction(() => (globalThis as unknown as BrowserWindow).openedUrls[0]);
  return String(await url.jsonValue());
}

/** Stands in for the short-lived download URL Teams gives a bot for a file sent in the chat. */
async function serveFile(content: Buffer): Promise<{ url: string; stop(): Promise<void> }> {
  const server = http.createServer((_request, response) => {
    response.writeHead(200, { "content-type": "application/octet-stream", "content-length": content.length });
    response.end(content);
  });
  server.keepAliveTimeout = 0;
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/Selbstreport-2022.docx`,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

describe("npm start: the bot in the Microsoft 365 Agents Playground", () => {
  let session: PlaygroundSession;

  beforeAll(async () => {
    session = await openPlayground();
  });

  afterAll(async () => {
    if (!session) return;
    // Ctrl-C stops everything: the process exits cleanly and no port stays taken.
    expect(await session.close()).toBe(0);
    expect(await isAnswering(`${session.stack.hostUrl}/api/health`)).toBe(false);
    expect(await waitUntilGone(session.stack.playgroundUrl, 10_000)).toBe(true);
  });

  it("greets „Hallo“ with the German welcome card", async () => {
    const { page } = session;
    const welcomeCards = page.locator(".ac-adaptiveCard", { hasText: "Willkommen bei lqw-reflect" });
    // Opening the Playground installs the app: the first greeting comes unasked.
    await welcomeCards.first().waitFor({ state: "visible" });
    await session.say("Hallo");
    const welcome = welcomeCards.nth(1);
    await welcome.waitFor({ state: "visible" });
    await welcome.getByText("Wer sieht was?").waitFor();
    await welcome.getByText("Hallo Miriam!").waitFor();
    await session.screenshot("e2e-welcome.png");
  });

  it("shows the help card when the Hilfe button is clicked", async () => {
    const { page } = session;
    await page.getByRole("button", { name: "Hilfe" }).last().click();
    const helpCard = page.locator(".ac-adaptiveCard", { hasText: "frage – eine neue Reflexionsfrage" }).last();
    await helpCard.waitFor({ state: "visible" });
    // Miriam is the demo organisation's quality officer: she sees her own commands too.
    await helpCard.getByText("Für Qualitätsbeauftragte").waitFor();
    await session.screenshot("e2e-help.png");
  });

  it("asks for a prompt, answers it and shows the saved answer in place of the prompt", async () => {
    const { page } = session;
    await session.say("frage");
    const promptCard = page.locator(".ac-adaptiveCard", { hasText: "Absenden" }).last();
    await promptCard.waitFor({ state: "visible" });
    await promptCard
      .getByText(/LQW · QB \d+/)
      .first()
      .waitFor();
    await promptCard
      .locator("textarea")
      .first()
      .fill("Wir fragen im Erstgespräch nach den Zielen der Teilnehmenden und notieren sie im Anmeldebogen.");
    await session.screenshot("e2e-prompt.png");
    await promptCard.getByRole("button", { name: "Absenden" }).click();
    const saved = page.locator(".ac-adaptiveCard", { hasText: "Gespeichert – danke!" }).last();
    await saved.waitFor({ state: "visible" });
    await saved.getByText("Wir fragen im Erstgespräch nach den Zielen der Teilnehmenden").waitFor();
    await saved.getByRole("button", { name: "Bearbeiten" }).waitFor();
    await session.screenshot("e2e-saved-answer.png");
  });

  it("offers a sentence typed into the chat while a prompt is open as its answer, and saves it on „Speichern“", async () => {
    const { page } = session;
    await session.say("frage");
    const promptCard = page.locator(".ac-adaptiveCard", { hasText: "Absenden" }).last();
    await promptCard.waitFor({ state: "visible" });
    const typed = "Neue Kursleitende hospitieren bei uns zweimal, bevor sie einen eigenen Kurs übernehmen.";
    // Typed into the chat box, not the card: what people used to standup bots do.
    await session.say(typed);
    const offer = page.locator(".ac-adaptiveCard", { hasText: "Als Antwort auf „" }).last();
    await offer.waitFor({ state: "visible" });
    await offer.getByText(typed).waitFor();
    for (const button of ["Speichern", "Bearbeiten", "Nein"])
      await offer.getByRole("button", { name: button }).waitFor();
    await session.screenshot("e2e-typed-answer-offer.png");
    await offer.getByRole("button", { name: "Speichern" }).click();
    const saved = page.locator(".ac-adaptiveCard", { hasText: "Gespeichert – danke!" }).filter({ hasText: typed });
    await saved.last().waitFor({ state: "visible" });
    expect(await saved.count()).toBe(1);
    await session.screenshot("e2e-typed-answer-saved.png");
  });

  it("exports a draft as the demo quality officer and downloads the Markdown file", async () => {
    const { page } = session;
    await session.say("export");
    const requestCard = page.locator(".ac-adaptiveCard", { hasText: "Selbstreport-Entwurf exportieren" }).last();
    await requestCard.waitFor({ state: "visible" });
    await requestCard.getByRole("button", { name: "Dateien erstellen" }).click();
    const ready = page.locator(".ac-adaptiveCard", { hasText: "Ihr Entwurf ist fertig" }).last();
    await ready.waitFor({ state: "visible" });
    await session.screenshot("e2e-export.png");
    await recordOpenedUrls(page);
    await ready.getByText("Markdown herunterladen").click();
    const response = await fetch(await firstOpenedUrl(page));
    expect(response.status).toBe(200);
    const markdown = await response.text();
    expect(markdown).toContain("Entwurf – zur Bearbeitung");
    expect(markdown).toContain("Wir fragen im Erstgespräch nach den Zielen der Teilnehmenden");
  });

  it("offers the Datenpaket on the export card and downloads it pseudonymised, ready for npm run draft", async () => {
    const { page } = session;
    await session.say("export");
    const requestCard = page.locator(".ac-adaptiveCard", { hasText: "Selbstreport-Entwurf exportieren" }).last();
    await requestCard.waitFor({ state: "visible" });
    // The Datenpaket alone: Word and Markdown are ticked by default.
    await requestCard.getByRole("checkbox", { name: /Word \(\.docx/ }).uncheck();
    await requestCard.getByRole("checkbox", { name: /Markdown \(\.md\)/ }).uncheck();
    await requestCard.getByRole("checkbox", { name: /Datenpaket \(\.json\)/ }).check();
    await requestCard.getByText("Datenpaket (.json): alle Antworten des Zeitraums").scrollIntoViewIfNeeded();
    await session.screenshot("e2e-export-card-datenpaket.png");
    await requestCard.getByRole("button", { name: "Dateien erstellen" }).click();
    const ready = page.locator(".ac-adaptiveCard", { hasText: "Ihr Datenpaket ist fertig" }).last();
    await ready.waitFor({ state: "visible" });
    await ready.getByText(/ohne Namen, Teams-IDs und E-Mail-Adressen/).waitFor();
    expect(await ready.getByText("Word herunterladen").count()).toBe(0);
    await session.screenshot("e2e-export-datenpaket-ready.png");
    await recordOpenedUrls(page);
    await ready.getByText("Datenpaket herunterladen").click();
    const response = await fetch(await firstOpenedUrl(page));
    expect(response.status).toBe(200);
    const raw = await response.text();
    const parsed = parseDraftBundle(JSON.parse(raw));
    if (!parsed.ok) throw new Error(parsed.problems.join("\n"));
    expect(parsed.bundle.organisation.name).toBe("VHS Musterstadt");
    // The demo organisation's 54 earlier answers and the ones written in this session.
    expect(parsed.bundle.answers.length).toBeGreaterThan(54);
    expect(raw).toContain("Wir fragen im Erstgespräch nach den Zielen der Teilnehmenden");
    for (const name of ["Miriam", "Köhler", "Anna", "Schneider", "Jonas", "Weber", "29:demo-"])
      expect(raw).not.toContain(name);
  });

  it("reads a previous Selbstreport sent as a .docx through the Playground's custom activity", async () => {
    // The Playground's compose box has no upload button (its Web Chat hides it); "Mock an Activity" →
    // "Custom activity" sends an activity as written: here the file message Teams sends a bot.
    const { page } = session;
    const file = await serveFile(
      await docx(
        [
          paragraph("Selbstreport 2022", "Title"),
          paragraph("QB 2 Bedarfserschließung", "Heading1"),
          paragraph("Wir erfassen Kursanfragen am Infotelefon."),
          paragraph("QB 5 Evaluation der Bildungsprozesse", "Heading1"),
          paragraph("Jeder Kurs wird mit einem Rückmeldebogen ausgewertet."),
        ].join(""),
      ),
    );
    try {
      await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
      await page.getByRole("button", { name: "Mock an Activity" }).click();
      await page.getByRole("menuitem", { name: "Custom activity" }).click();
      const editor = page.locator(".monaco-editor").first();
      await editor.click();
      // The editor holds the Playground's template (who writes, which chat); copy it, add the file, paste it back.
      await page.keyboard.press("ControlOrMeta+A");
      await page.keyboard.press("ControlOrMeta+C");
      const template = JSON.parse(
        await page.evaluate(() => (globalThis as unknown as BrowserWindow).navigator.clipboard.readText()),
      ) as { from: Record<string, unknown>; conversation: { tenantId: string } };
      const activity = {
        ...template,
        type: "message",
        text: "",
        from: { ...template.from, name: "Miriam Köhler" },
        locale: "de-DE",
        channelData: { tenant: { id: template.conversation.tenantId } },
        entities: [{ type: "clientInfo", locale: "de-DE", timezone: "Europe/Berlin" }],
        attachments: [
          {
            contentType: "application/vnd.microsoft.teams.file.download.info",
            name: "Selbstreport 2022.docx",
            contentUrl: file.url,
            content: { downloadUrl: file.url, uniqueId: "1150d938-8870-4044-9f2c-5bbdeba70c9d", fileType: "docx" },
          },
        ],
      };
      await page.evaluate(
        (text) => (globalThis as unknown as BrowserWindow).navigator.clipboard.writeText(text),
        JSON.stringify(activity, null, 2),
      );
      await page.keyboard.press("ControlOrMeta+A");
      await page.keyboard.press("ControlOrMeta+V");
      await session.screenshot("e2e-previous-report-activity.png");
      await page.getByRole("button", { name: "Send activity" }).click();
      const confirmation = page
        .locator(".ac-adaptiveCard", { hasText: "Voriger Selbstreport gespeichert: Selbstreport 2022.docx" })
        .last();
      await confirmation.waitFor({ state: "visible" });
      await confirmation.getByText("5 Absätze gelesen.").waitFor();
      await confirmation.getByText("2 Qualitätsbereiche erkannt: QB 2, QB 5.").waitFor();
      await session.screenshot("e2e-previous-report-file.png");
    } finally {
      await file.stop();
    }
  });
});
