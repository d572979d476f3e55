/**
 * Files sent in the chat: which attachments count as files, and the download's limits (https
 * only, loopback http only in local mode, redirects under the same rule, size, a server that
 * never answers) against a local server.
 */
import * as http from "node:http";
import type { AddressInfo } from "node:net";
import { carriesFiles, downloadTeamsFile, filesOf, FILE_DOWNLOAD_INFO } from "../../bot/teams-file";

const LOCAL = { maxBytes: 1024, timeoutMs: 10_000, allowsLoopbackHttp: true };

describe("files in a Teams message", () => {
  it("reads the file attachments, counts a malformed one, and ignores cards and the HTML body", () => {
    const attachments = [
      { contentType: "text/html", content: "<p>Hier der Bericht</p>" },
      { contentType: "application/vnd.microsoft.card.adaptive", content: {} },
      {
        contentType: FILE_DOWNLOAD_INFO,
        name: "Selbstreport 2022.DOCX",
        content: { downloadUrl: "https://contoso.sharepoint.com/x", uniqueId: "1" },
      },
      { contentType: FILE_DOWNLOAD_INFO, name: "ohne-url.docx", content: {} },
    ];
    expect(filesOf(attachments)).toEqual({
      files: [{ name: "Selbstreport 2022.DOCX", downloadUrl: "https://contoso.sharepoint.com/x", fileType: "docx" }],
      malformed: 1,
    });
    expect(carriesFiles(attachments)).toBe(true);
    expect(carriesFiles([attachments[0], attachments[1]])).toBe(false);
    expect(carriesFiles(undefined)).toBe(false);
    expect(carriesFiles("nonsense")).toBe(false);
  });
});

describe("downloading a file Teams offers", () => {
  let server: http.Server;
  let base: string;
  const requests: string[] = [];

  beforeAll(async () => {
    server = http.createServer((request, response) => {
      const path = request.url ?? "";
      requests.push(path);
      if (path === "/small") response.end("klein");
      else if (path === "/declared-large") response.writeHead(200, { "content-length": "5000" }).end("x".repeat(5000));
      else if (path === "/to-small") response.writeHead(302, { location: "/small" }).end();
      else if (path === "/to-plain-http") response.writeHead(302, { location: "http://files.example.org/x" }).end();
      else if (path === "/loop") response.writeHead(302, { location: "/loop" }).end();
      else if (path === "/silent") {
        // Never answers: the download must give up on its own.
      } else response.writeHead(404).end();
    });
    server.keepAliveTimeout = 0;
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  it("loads a small file over loopback http in local mode and follows a redirect", async () => {
    const direct = await downloadTeamsFile(`${base}/small`, LOCAL);
    expect(direct.ok && direct.content.toString()).toBe("klein");
    const redirected = await downloadTeamsFile(`${base}/to-small`, LOCAL);
    expect(redirected.ok && redirected.content.toString()).toBe("klein");
  });

  it("refuses plain http outside local mode, other schemes, credentials in the URL and a redirect to plain http", async () => {
    const before = requests.length;
    const remote = { ...LOCAL, allowsLoopbackHttp: false };
    expect(await downloadTeamsFile(`${base}/small`, remote)).toEqual({ ok: false, problem: "refusedUrl" });
    expect(await downloadTeamsFile("file:///etc/passwd", LOCAL)).toEqual({ ok: false, problem: "refusedUrl" });
    expect(await downloadTeamsFile("not a url", LOCAL)).toEqual({ ok: false, problem: "refusedUrl" });
    expect(await downloadTeamsFile(`http://user:pw@127.0.0.1:1/x`, LOCAL)).toEqual({
      ok: false,
      problem: "refusedUrl",
    });
    expect(requests.length).toBe(before);
    expect(await downloadTeamsFile(`${base}/to-plain-http`, LOCAL)).toEqual({ ok: false, problem: "refusedUrl" });
  });

  it("stops at the size limit, whether the server declares the size or not, and after a few redirects", async () => {
    expect(await downloadTeamsFile(`${base}/declared-large`, LOCAL)).toEqual({ ok: false, problem: "tooLarge" });
    expect(await downloadTeamsFile(`${base}/small`, { ...LOCAL, maxBytes: 3 })).toEqual({
      ok: false,
      problem: "tooLarge",
    });
    expect(await downloadTeamsFile(`${base}/loop`, LOCAL)).toEqual({ ok: false, problem: "failed" });
    expect(await downloadTeamsFile(`${base}/missing`, LOCAL)).toEqual({ ok: false, problem: "failed" });
  });

  it("gives up on a server that never answers", async () => {
    // The only thing this server does is not answer: any timeout ends in "timeout", however busy the machine.
    expect(await downloadTeamsFile(`${base}/silent`, { ...LOCAL, timeoutMs: 300 })).toEqual({
      ok: false,
      problem: "timeout",
    });
  });
});
