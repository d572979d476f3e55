import { isAnswering, waitUntilGone } from "../support/local-stack";
import { openPlayground, type PlaygroundSession } from "../support/playground-session";

jest.setTimeout(90_000);

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
    await requestCard.getByRole("button", { name: "Entwurf erstellen" }).click();
    const ready = page.locator(".ac-adaptiveCard", { hasText: "Ihr Entwurf ist fertig" }).last();
    await ready.waitFor({ state: "visible" });
    await session.screenshot("e2e-export.png");
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
    const downloadUrl = await page.waitForFunction(
      () => (globalThis as unknown as { openedUrls: string[] }).openedUrls[0],
    );
    const response = await fetch(String(await downloadUrl.jsonValue()));
    expect(response.status).toBe(200);
    const markdown = await response.text();
    expect(markdown).toContain("Entwurf – zur Bearbeitung");
    expect(markdown).toContain("Wir fragen im Erstgespräch nach den Zielen der Teilnehmenden");
  });
});
