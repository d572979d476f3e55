import { openPlayground, type PlaygroundSession } from "../support/playground-session";

jest.setTimeout(120_000);

describe("npm start: the demo quality officer completes the setup in the Agents Playground", () => {
  let session: PlaygroundSession;

  beforeAll(async () => {
    session = await openPlayground();
  });

  afterAll(async () => {
    if (session) expect(await session.close()).toBe(0);
  });

  // Each step's card is found by its progress line: Action.Execute replaces the card in place.
  it("walks through all seven steps with the prefilled values and finishes", async () => {
    await session.say("einrichtung");

    for (const progress of ["Schritt 1 von 7", "Schritt 2 von 7", "Schritt 3 von 7", "Schritt 4 von 7"]) {
      const card = await session.card(progress);
      await card.getByRole("button", { name: "Weiter" }).click();
    }
    const owners = await session.card("Schritt 5 von 7");
    await owners.getByText("QB 9 · Controlling").waitFor();
    await session.screenshot("e2e-setup-owners.png");
    await owners.getByRole("button", { name: "Weiter" }).click();
    const details = await session.card("Schritt 6 von 7");
    const name = details.getByLabel("Name der Organisation");
    if ((await name.inputValue()) === "") await name.fill("VHS Musterstadt");
    await details.getByRole("button", { name: "Weiter" }).click();

    const summary = await session.card("Schritt 7 von 7");
    await summary.getByText("VHS Musterstadt").first().waitFor();
    await session.screenshot("e2e-setup-summary.png");
    await summary.getByRole("button", { name: "Einrichtung abschließen" }).click();

    await session.card("Einrichtung abgeschlossen");
    await session.screenshot("e2e-setup-done.png");
  });

  it("shows the overview with member counts from the finished setup", async () => {
    const { page } = session;
    await page.getByRole("button", { name: "Übersicht" }).last().click();
    const overview = await session.card("App installiert");
    await overview.getByText("Nächster Versand").waitFor();
    await session.screenshot("e2e-setup-overview.png");
  });
});
