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
    await session.screenshot("e2e-progress.png");
  });
});
