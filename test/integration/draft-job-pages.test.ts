/**
 * The draft job reads the store's pages as they arrive (issue 18 item 2): each page's answers go
 * to the structured drafter before the job waits for the next page, and the files are the same as
 * when every answer is compiled at once after the last page.
 */
import { AREA_IDS } from "../../bot/domain/quality-models";
import type { ExportRecord } from "../../bot/domain/export-record";
import { createDeterministicDrafter, type Drafter } from "../../bot/drafts";
import { compileDraftJob } from "../../bot/exports/draft-job";
import type { Repositories } from "../../bot/store";
import {
  STAFF,
  answer,
  answerSeries,
  newOrgId,
  orgConfig,
  useContractStore,
} from "../contract/support/contract-fixtures";

const PAGE_SIZE = 3;
const NOW = new Date("2026-04-14T08:00:00.000Z");

/** The real repositories, with the answers handed out in pages of three and each page logged as it is handed out. */
function inSmallPages(repos: Repositories, events: string[]): Repositories {
  return {
    ...repos,
    answers: {
      ...repos.answers,
      async *streamForOrg(orgId, range) {
        const all = [];
        for await (const page of repos.answers.streamForOrg(orgId, range)) all.push(...page);
        for (let start = 0; start < all.length; start += PAGE_SIZE) {
          events.push(`page ${start / PAGE_SIZE + 1}`);
          yield all.slice(start, start + PAGE_SIZE);
        }
      },
    },
  };
}

/** The structured drafter, logging each answer it reads and how it was asked to write. */
function loggingDrafter(events: string[], { answerByAnswer }: { answerByAnswer: boolean }): Drafter {
  const drafter = createDeterministicDrafter();
  const compile: Drafter["compile"] = (input) => {
    events.push("compile");
    return drafter.compile(input);
  };
  if (!answerByAnswer) return { compile };
  return {
    compile,
    begin(options) {
      const session = (drafter.begin as NonNullable<Drafter["begin"]>)(options);
      return {
        add(added) {
          events.push("add");
          session.add(added);
        },
        finish(coverage) {
          events.push("finish");
          return session.finish(coverage);
        },
      };
    },
  };
}

describe("draft job reading the store's pages", () => {
  const context = useContractStore();

  async function seededJob(): Promise<ExportRecord> {
    const orgId = newOrgId();
    const { repos } = context();
    await repos.orgs.save(orgConfig(orgId));
    const answers = [
      ...answerSeries(orgId, STAFF.anna, 6),
      answer({ orgId, memberId: STAFF.jonas, instance: "2026-W020", createdAt: "2026-02-03T09:00:00.000Z" }),
      answer({
        orgId,
        memberId: STAFF.jonas,
        instance: "2026-W021",
        area: "evaluation",
        dimension: "conclusions",
        text: "Wir werten die Rückmeldebögen jedes Semester aus. Das Protokoll der Fachbereichskonferenz vom 12.03.2026 liegt im Intranet.",
        createdAt: "2026-03-12T10:00:00.000Z",
      }),
    ];
    for (const stored of answers) await repos.answers.saveNew(stored);
    return repos.exports.save({
      exportId: `draft-pages-${orgId}`,
      orgId,
      requestedBy: STAFF.anna,
      kind: "draft",
      format: "docx",
      status: "pending",
      fileName: "draft-job",
      contentType: "application/json",
      request: {
        areas: [...AREA_IDS],
        from: "2026-01-01",
        to: "2026-06-30",
        formats: ["docx", "markdown"],
        attribution: "pseudonymous",
        mode: "structured",
        locale: "de",
        conversation: {
          channelId: "msteams",
          serviceUrl: "https://smba.trafficmanager.net/de/",
          conversationId: "a:officer",
          tenantId: orgId,
          botId: "28:bot",
        },
        timeZone: "Europe/Berlin",
      },
      createdAt: NOW.toISOString(),
    });
  }

  it("reads each page's answers before it waits for the next page, and writes the same files as a compile after the last page", async () => {
    const job = await seededJob();
    const { repos } = context();

    const paged: string[] = [];
    const byPage = await compileDraftJob(
      {
        repos: inSmallPages(repos, paged),
        drafterFor: () => Promise.resolve(loggingDrafter(paged, { answerByAnswer: true })),
      },
      job,
      NOW,
    );
    expect(paged).toEqual([
      "page 1",
      "add",
      "add",
      "add",
      "page 2",
      "add",
      "add",
      "add",
      "page 3",
      "add",
      "add",
      "finish",
    ]);

    const atOnce: string[] = [];
    const afterLastPage = await compileDraftJob(
      {
        repos: inSmallPages(repos, atOnce),
        drafterFor: () => Promise.resolve(loggingDrafter(atOnce, { answerByAnswer: false })),
      },
      job,
      NOW,
    );
    expect(atOnce).toEqual(["page 1", "page 2", "page 3", "compile"]);

    expect(byPage.answerCount).toBe(8);
    expect(byPage.gapCount).toBe(afterLastPage.gapCount);
    const contents = (files: ExportRecord[]) => files.map((file) => [file.format, file.content]);
    expect(byPage.files.map((file) => file.format)).toEqual(["docx", "markdown"]);
    expect(contents(byPage.files)).toEqual(contents(afterLastPage.files));
    const markdown = Buffer.from(byPage.files[1]?.content ?? "", "base64").toString("utf8");
    expect(markdown).toContain("Protokoll der Fachbereichskonferenz vom 12.03.2026");
  });
});
