/**
 * The setup flow's draft, in the `config` container, one document per organisation: it outlives
 * a lost card and is shared by the organisation's quality officers until the setup is finished.
 */
import type { Container } from "@azure/cosmos";
import { isAppError } from "../errors";
import { cosmosStatus } from "./cosmos-store";
import { setupDraftSchema, type SetupDraft } from "../domain/setup-draft";
import { parseForWrite } from "./parse-for-write";
import {
  createDocument,
  deleteDocument,
  readVersioned,
  replaceIfMatch,
  stripSystemFields,
  type DocumentCodec,
  type Versioned,
} from "./versioned-document";

export interface SetupDraftRepository {
  get(orgId: string): Promise<Versioned<SetupDraft> | undefined>;
  /**
   * Applies `change` to the current draft (or to `undefined` when there is none) until the write
   * wins: two officers saving different steps at once both keep their input.
   */
  update(orgId: string, change: (current: SetupDraft | undefined) => SetupDraft): Promise<SetupDraft>;
  /** False when there was none. */
  delete(orgId: string): Promise<boolean>;
}

const setupDraftIdOf = (orgId: string): string => `setupdraft:${orgId}`;

const setupDraftCodec: DocumentCodec<SetupDraft> = {
  type: "setupDraft",
  schemaVersion: 1,
  id: (draft) => setupDraftIdOf(draft.orgId),
  decode: (document) => setupDraftSchema.parse(stripSystemFields(document)),
};

const MAX_ATTEMPTS = 5;

export function createSetupDraftRepository(container: Container): SetupDraftRepository {
  const get = (orgId: string) => readVersioned(container, setupDraftCodec, setupDraftIdOf(orgId), orgId);

  return {
    get,

    async update(orgId, change) {
      for (let attempt = 1; ; attempt++) {
        const current = await get(orgId);
        const next = parseForWrite(setupDraftSchema, change(current?.value), "setup draft");
        if (next.orgId !== orgId) throw new Error("a setup draft cannot move to another organisation");
        try {
          const written = current
            ? await replaceIfMatch(container, setupDraftCodec, next, current.etag)
            : await createDocument(container, setupDraftCodec, next);
          return written.value;
        } catch (error) {
          // Someone saved in between, created the draft first or finished the setup: apply the change again.
          const isRace = isAppError(error, "CONFLICT") || (isAppError(error) && cosmosStatus(error.cause) === 404);
          if (!isRace || attempt >= MAX_ATTEMPTS) throw error;
        }
      }
    },

    delete: (orgId) => deleteDocument(container, setupDraftIdOf(orgId), orgId),
  };
}
