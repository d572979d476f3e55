/**
 * `GET /api/exports/{orgId}/{exportId}?exp=…&sig=…`: downloads a draft or a personal data
 * export through a signed link that expires. A tampered, expired or other-organisation link,
 * or an export that is gone, answers 403 with one plain message that reveals nothing else.
 */
import type { HttpRequest, HttpResponseInit, InvocationContext } from "@azure/functions";
import { translator } from "../bot/i18n/translator";
import { checkSignedLink } from "../bot/signed-links";
import { getServices } from "./composition-root";

/** A link carries no language: German first, then English. */
const forbidden: HttpResponseInit = {
  status: 403,
  body: `${translator("de")("download.invalidLink")}\n${translator("en")("download.invalidLink")}\n`,
  headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" },
};

export async function exportsHandler(request: HttpRequest, _context: InvocationContext): Promise<HttpResponseInit> {
  const orgId = request.params.orgId ?? "";
  const exportId = request.params.exportId ?? "";
  const expiresAt = Number(request.query.get("exp"));
  const signature = request.query.get("sig") ?? "";
  if (!orgId || !exportId || !Number.isSafeInteger(expiresAt) || !signature) return forbidden;

  const { config, repos, clock } = await getServices();
  const check = checkSignedLink(
    config.exportSigningKey,
    { orgId, exportId, expiresAt },
    signature,
    Math.floor(clock.now().getTime() / 1000),
  );
  if (check !== "valid") return forbidden;

  const record = await repos.exports.get(orgId, exportId);
  if (!record || record.status !== "ready" || !record.content || new Date(record.expiresAt) < clock.now())
    return forbidden;
  return {
    status: 200,
    body: Buffer.from(record.content, "base64"),
    headers: {
      "content-type": record.contentType,
      "content-disposition": `attachment; filename="${record.fileName.replace(/[^\w.-]/g, "_")}"`,
      "cache-control": "no-store",
      "x-content-type-options": "nosniff",
    },
  };
}
