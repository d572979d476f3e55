/**
 * Each organisation's pseudonym key, in the `config` container: 32 random bytes, created once on
 * first use and never changed, so that a person keeps the same pseudonym in every export of the
 * organisation, and nobody without the key can work out whose pseudonym is whose.
 */
import { randomBytes } from "node:crypto";
import type { Container } from "@azure/cosmos";
import { z } from "zod";
import { isAppError } from "../errors";
import { AppError, createDocument, readVersioned, stripSystemFields, type DocumentCodec } from "./versioned-document";

export interface PseudonymKeyRepository {
  /** The organisation's key; the first call creates it. Concurrent first calls agree on one key. */
  getOrCreate(orgId: string): Promise<Buffer>;
}

const KEY_BYTES = 32;

const pseudonymKeySchema = z.object({
  orgId: z.string().min(1),
  /** Base64 of KEY_BYTES random bytes. */
  key: z.string().regex(/^[A-Za-z0-9+/]{43}=$/),
  createdAt: z.string(),
});
type PseudonymKey = z.infer<typeof pseudonymKeySchema>;

const pseudonymKeyIdOf = (orgId: string): string => `pseudonymkey:${orgId}`;

const pseudonymKeyCodec: DocumentCodec<PseudonymKey> = {
  type: "pseudonymKey",
  schemaVersion: 1,
  id: (value) => pseudonymKeyIdOf(value.orgId),
  decode: (document) => pseudonymKeySchema.parse(stripSystemFields(document)),
};

export function createPseudonymKeyRepository(
  container: Container,
  now: () => Date = () => new Date(),
): PseudonymKeyRepository {
  const read = async (orgId: string) =>
    (await readVersioned(container, pseudonymKeyCodec, pseudonymKeyIdOf(orgId), orgId))?.value;
  return {
    async getOrCreate(orgId) {
      const existing = await read(orgId);
      if (existing) return Buffer.from(existing.key, "base64");
      const created: PseudonymKey = {
        orgId,
        key: randomBytes(KEY_BYTES).toString("base64"),
        createdAt: now().toISOString(),
      };
      try {
        await createDocument(container, pseudonymKeyCodec, created);
        return Buffer.from(created.key, "base64");
      } catch (error) {
        // Another export created it first (409): theirs is the key; ours was never used.
        if (!isAppError(error, "CONFLICT")) throw error;
        const winner = await read(orgId);
        if (!winner) throw new AppError("INTERNAL", "pseudonym key conflict without a stored key");
        return Buffer.from(winner.key, "base64");
      }
    },
  };
}
