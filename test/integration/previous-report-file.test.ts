/**
 * The previous Selbstreport sent as a .docx in the personal chat, over the real Bot Framework
 * HTTP protocol, with the file served by a local server standing in for Teams' download URL:
 * a quality officer's file is read and stored where the pasted text goes, and confirmed with its
 * paragraphs and QB chapters; staff, other file types, broken, oversized and unreachable files get
 * a clear answer and nothing is stored.
 */
import * as http from "node:http";
import type { AddressInfo } from "node:net";
import { expectValidCard } from "../support/adaptive-card-validation";
import { cardOf, cardText, startBotHarness, type BotHarness } from "../support/bot-harness";
import { buttonData, inputValues, type InvokeBody } from "../support/card-inspection";
import { seedOrg } from "../support/org-fixture";
import {
  ANNA,
  EMMA,
  MIRIAM,
  TENANT_ID,
  executeAction,
  fileMessage,
  message,
  type TestUser,
} from "../support/teams-activities";
import { docx, paragraph } from "../support/word-file";

/** Stands in for Teams' pre-authorised download URLs. */
async function startFileServer(files: Record<string, Buffer>) {
  const requests: string[] = [];
  const server = http.createServer((request, response) => {
    const path = request.url ?? "";
    requests.push(path);
    if (path === "/moved") {
      response.writeHead(302, { location: "/selbstreport.docx" }).end();
      return;
    }
    if (path === "/huge.docx") {
      // 11 MB sent in pieces without a Content-Length: the limit must hold while reading.
      response.writeHead(200, { "content-type": "application/octet-stream" });
      const piece = Buffer.alloc(1024 * 1024);
      for (let i = 0; i < 11; i++) response.write(piece);
      response.end();
      return;
    }
    const content = files[path];
    if (!content) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { "content-type": "application/octet-stream", "content-length": content.length });
    response.end(content);
  });
  server.keepAliveTimeout = 0;
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { url, requests, stop: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

describe("the previous Selbstreport sent as a .docx in the chat", () => {
  let bot: BotHarness;
  let files: Awaited<ReturnType<typeof startFileServer>>;

  beforeAll(async () => {
    const report = await docx(
      [
        paragraph("Selbstreport 2022", "Title"),
        paragraph("QB 2 Bedarfserschließung", "Heading1"),
        paragraph("Wir erfassen Kursanfragen am Infotelefon."),
        paragraph("Die Programmkonferenz wertet sie zweimal im Jahr aus."),
        paragraph("QB 5 Evaluation der Bildungsprozesse", "Heading1"),
        paragraph("Jeder Kurs wird mit einem Rückmeldebogen ausgewertet."),
      ].join(""),
    );
    files = await startFileServer({
      "/selbstreport.docx": report,
      "/kaputt.docx": Buffer.from("Das ist kein Word-Dokument."),
      "/leer.docx": await docx(paragraph("")),
    });
    bot = await startBotHarness({ BOOTSTRAP_QUALITY_OFFICERS: `${MIRIAM.aadObjectId},${EMMA.aadObjectId}` });
    await seedOrg((await bot.services()).repos, {
      cycle: { kind: "recertification", start: "2026-09-01", selfReportDue: "2027-09-30", testatExpiry: "2028-03-31" },
    });
  });
  afterAll(async () => {
    await bot.stop();
    await files.stop();
  });

  const send = async (user: TestUser, file: { name: string; downloadUrl?: string; fileType?: string }) => {
    bot.clear();
    await bot.post(fileMessage(user, bot.connector.serviceUrl, file));
    const sent = bot.sent();
    expect(sent).toHaveLength(1);
    return cardOf(sent[0]) ?? sent[0]?.text;
  };
  const storedBasis = async () => (await (await bot.services()).repos.reportBasis.get(TENANT_ID))?.value;

  it("reads a quality officer's .docx, keeps the requirement list, and confirms paragraphs and QB chapters", async () => {
    // The requirement list saved earlier stays as it is.
    bot.clear();
    await bot.post(message(MIRIAM, bot.connector.serviceUrl, "grundlagen"));
    const basisCard = cardOf(bot.sent()[0]);
    await bot.post(
      executeAction(MIRIAM, bot.connector.serviceUrl, "reportBasis.save", {
        ...inputValues(basisCard),
        ...buttonData(basisCard, "Speichern"),
        requirements: "2.1; 2; Kursanfragen erfassen",
      }),
    );

    const card = await send(MIRIAM, { name: "Selbstreport 2022.docx", downloadUrl: `${files.url}/selbstreport.docx` });
    expectValidCard(card);
    const text = cardText(card);
    expect(text).toContain("Voriger Selbstreport gespeichert: Selbstreport 2022.docx");
    expect(text).toContain("6 Absätze gelesen.");
    expect(text).toContain("2 Qualitätsbereiche erkannt: QB 2, QB 5.");
    const basis = await storedBasis();
    expect(basis?.previousReportText).toContain(
      "# QB 2 Bedarfserschließung\nWir erfassen Kursanfragen am Infotelefon.",
    );
    expect(basis?.requirements.map((r) => r.id)).toEqual(["2.1"]);
    const audit = await (await bot.services()).repos.audit.list(TENANT_ID, 50);
    const entry = audit.entries.find((e) => e.details.source === "file");
    expect(entry?.details).toMatchObject({ part: "reportBasis", previousReport: true });
    expect(JSON.stringify(audit)).not.toContain("Kursanfragen am Infotelefon");

    // The button opens the basis card, which says the report is stored.
    const response = await bot.post(
      executeAction(MIRIAM, bot.connector.serviceUrl, "reportBasis.open", buttonData(card, "Grundlagen öffnen")),
    );
    expect(cardText((response.body as InvokeBody).value)).toContain("Voriger Selbstreport");
  });

  it("follows a redirect of the download URL, says in English that it replaced the earlier report", async () => {
    const card = await send(EMMA, { name: "self-report.docx", downloadUrl: `${files.url}/moved` });
    expectValidCard(card);
    expect(cardText(card)).toContain("Previous self-report saved: self-report.docx");
    expect(cardText(card)).toContain("It replaces the previous self-report stored before.");
  });

  it("tells staff that only quality officers send files, and stores nothing", async () => {
    const before = await storedBasis();
    const served = files.requests.length;
    const answer = await send(ANNA, { name: "Notizen.docx", downloadUrl: `${files.url}/selbstreport.docx` });
    expect(answer).toContain("Dateien nehme ich nur von Qualitätsbeauftragten an");
    expect(files.requests.length).toBe(served);
    expect((await storedBasis())?.updatedAt).toBe(before?.updatedAt);
  });

  it.each([
    ["a PDF", { name: "Selbstreport.pdf", fileType: "pdf" }, "„Selbstreport.pdf“ ist keine Word-Datei (.docx)"],
    [
      "a file that is no Word document",
      { name: "kaputt.docx", path: "/kaputt.docx" },
      "„kaputt.docx“ lässt sich nicht als Word-Dokument öffnen. Nichts gespeichert.",
    ],
    ["a Word document without text", { name: "leer.docx", path: "/leer.docx" }, "In „leer.docx“ steht kein Text"],
    ["a file over 10 MB", { name: "riesig.docx", path: "/huge.docx" }, "„riesig.docx“ ist zu groß (höchstens 10 MB"],
    [
      "a file Teams no longer serves",
      { name: "weg.docx", path: "/weg.docx" },
      "„weg.docx“ ließ sich nicht aus Teams laden. Nichts gespeichert",
    ],
  ])("answers %s with its reason and keeps the stored report", async (_case, file, expected) => {
    const before = await storedBasis();
    const answer = await send(MIRIAM, {
      name: file.name,
      ...("path" in file
        ? { downloadUrl: `${files.url}${file.path}` }
        : { downloadUrl: `${files.url}/selbstreport.docx` }),
      ...("fileType" in file ? { fileType: file.fileType } : {}),
    });
    expect(answer).toContain(expected);
    expect((await storedBasis())?.previousReportText).toBe(before?.previousReportText);
  });

  it("never downloads from a URL that is not https (outside loopback in local mode) or an attachment without one", async () => {
    const served = files.requests.length;
    expect(await send(MIRIAM, { name: "x.docx", downloadUrl: "http://files.example.org/x.docx" })).toContain(
      "„x.docx“ ließ sich nicht aus Teams laden",
    );
    expect(await send(MIRIAM, { name: "y.docx", downloadUrl: `file:///etc/passwd` })).toContain(
      "„y.docx“ ließ sich nicht aus Teams laden",
    );
    expect(await send(MIRIAM, { name: "z.docx" })).toContain("Teams hat sie ohne Download-Angaben geschickt");
    expect(files.requests.length).toBe(served);
  });
});
