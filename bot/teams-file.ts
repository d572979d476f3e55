/**
 * Files a member sends in the personal chat (the manifest's `supportsFiles`): Teams delivers each
 * as an attachment `application/vnd.microsoft.teams.file.download.info` with a short-lived,
 * pre-authenticated `downloadUrl`. The attachment is validated with zod; the download accepts
 * https only (plain http to loopback in local mode, for the emulator and tests), follows at most a
 * few redirects under the same rule, stops at a size limit and a timeout.
 */
import { z } from "zod";

export const FILE_DOWNLOAD_INFO = "application/vnd.microsoft.teams.file.download.info";

const fileAttachmentSchema = z.object({
  contentType: z.literal(FILE_DOWNLOAD_INFO),
  name: z.string().trim().min(1).max(255),
  content: z.object({
    downloadUrl: z.string().min(1).max(4000),
    fileType: z.string().max(20).optional(),
    uniqueId: z.string().max(200).optional(),
  }),
});

export interface TeamsFile {
  name: string;
  downloadUrl: string;
  /** Lower case, without the dot: "docx", "pdf"; from Teams, else from the name. */
  fileType: string;
}

/** The files of a message (a message may also carry its text as an HTML attachment, which is no file). */
export function filesOf(attachments: unknown): { files: TeamsFile[]; malformed: number } {
  const list = Array.isArray(attachments) ? (attachments as unknown[]) : [];
  const files: TeamsFile[] = [];
  let malformed = 0;
  for (const attachment of list) {
    if ((attachment as { contentType?: unknown } | null)?.contentType !== FILE_DOWNLOAD_INFO) continue;
    const parsed = fileAttachmentSchema.safeParse(attachment);
    if (!parsed.success) {
      malformed += 1;
      continue;
    }
    const { name, content } = parsed.data;
    const fromName = /\.([A-Za-z0-9]{1,10})$/.exec(name)?.[1] ?? "";
    files.push({ name, downloadUrl: content.downloadUrl, fileType: (content.fileType || fromName).toLowerCase() });
  }
  return { files, malformed };
}

/** True when the message carries a file Teams offers for download (not a card, not its own HTML body). */
export function carriesFiles(attachments: unknown): boolean {
  const { files, malformed } = filesOf(attachments);
  return files.length > 0 || malformed > 0;
}

export interface FileDownloadLimits {
  maxBytes: number;
  timeoutMs: number;
  /** Local mode: http to 127.0.0.1, ::1 or localhost is allowed too. */
  allowsLoopbackHttp: boolean;
}

export type FileDownload =
  { ok: true; content: Buffer } | { ok: false; problem: "refusedUrl" | "tooLarge" | "failed" | "timeout" };

const MAX_REDIRECTS = 3;
const LOOPBACK_HOSTS = new Set(["127.0.0.1", "[::1]", "localhost"]);

function isAllowedUrl(url: URL, limits: FileDownloadLimits): boolean {
  if (url.username || url.password) return false;
  if (url.protocol === "https:") return true;
  return url.protocol === "http:" && limits.allowsLoopbackHttp && LOOPBACK_HOSTS.has(url.hostname);
}

function parseUrl(text: string, base?: string): URL | undefined {
  try {
    return new URL(text, base);
  } catch {
    return undefined;
  }
}

export async function downloadTeamsFile(downloadUrl: string, limits: FileDownloadLimits): Promise<FileDownload> {
  const signal = AbortSignal.timeout(limits.timeoutMs);
  let url = parseUrl(downloadUrl);
  try {
    for (let redirects = 0; ; redirects++) {
      if (!url || !isAllowedUrl(url, limits)) return { ok: false, problem: "refusedUrl" };
      const response = await fetch(url, { redirect: "manual", signal });
      const location = response.headers.get("location");
      if (response.status >= 300 && response.status < 400 && location && redirects < MAX_REDIRECTS) {
        await response.body?.cancel();
        url = parseUrl(location, url.href);
        continue;
      }
      if (!response.ok || !response.body) {
        await response.body?.cancel();
        return { ok: false, problem: "failed" };
      }
      const declared = Number(response.headers.get("content-length") ?? "0");
      if (declared > limits.maxBytes) {
        await response.body.cancel();
        return { ok: false, problem: "tooLarge" };
      }
      return await readAtMost(response.body, limits.maxBytes);
    }
  } catch {
    return { ok: false, problem: signal.aborted ? "timeout" : "failed" };
  }
}

/** The body, or "tooLarge" as soon as it grows past the limit (a lying or missing Content-Length). */
async function readAtMost(body: ReadableStream<Uint8Array>, maxBytes: number): Promise<FileDownload> {
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      return { ok: false, problem: "tooLarge" };
    }
    chunks.push(value);
  }
  return { ok: true, content: Buffer.concat(chunks) };
}
