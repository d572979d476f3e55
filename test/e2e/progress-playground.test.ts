import { openPlayground, type PlaygroundSession } from "../support/playground-session";

jest.setTimeout(90_000);

describe("npm start: the demo manager asks for the progress summary in the Agents Playground", () => {
  let session: PlaygroundSession;

  beforeAll(async () => {
    session = await openPlayground({ args: ["--as=jonas"] });
  });

  afterAll(async () => {
    if (session) expect(await session.close()).toBe(0);
  });

  it("shows the summary with the countdown to the Selbstreport and no names", async () => {
    const { page } = session;
    await session.say("fortschritt");
    const summary = page.locator(".ac-adaptiveCard", { hasText: "Selbstreport" }).last();
    await summary.waitFor({ state: "visible" });
    await summary.getByText(/Tage/).first().waitFor();
    const text = await summary.innerText();
    for (const name of ["Anna Schneider", "Miriam Köhler", "Lukas Becker"]) expect(text).not.toContain(name);
    expect(text).toMatch(/Stand: \d+\. \w+ \d{4}\. Neue Antworten zählen erst nach Ende einer Fragerunde/);
    await session.screenshot("e2e-progress.png");
  });

  it("opens an area: numbers where five people or more answered, „unter 5 Personen“ without a date elsewhere", async () => {
    const { page } = session;
    await page
      .getByRole("button", { name: /Details zu QB 1 Leitbild/ })
      .last()
      .click();
    const area = page.locator(".ac-adaptiveCard", { hasText: "Dimensionen" }).last();
    await area.getByText("Zurück zur Übersicht").first().waitFor();
    const text = await area.innerText();
    expect(text).toMatch(/Antworten von 6 Personen · zuletzt ergänzt bis/);
    expect(text).toContain("Antworten von weniger als 5 Personen oder noch keine");
    expect(text).not.toMatch(/heute|gestern|vor \d+ Tag/);
    await session.screenshot("e2e-progress-area.png");
  });
});
