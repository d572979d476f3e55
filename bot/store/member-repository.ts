/** Members of an organisation, in the `config` container, one document per member. */
import type { Container } from "@azure/cosmos";
import { AppError, isAppError } from "../errors";
import { hasSightingChanged, memberSchema, type Member, type MemberSighting } from "../domain/member";
import { withStoreErrors } from "./cosmos-store";
import {
  createDocument,
  readVersioned,
  stripSystemFields,
  updateWithRetry,
  type DocumentCodec,
  type Versioned,
} from "./versioned-document";

export interface MemberRepository {
  get(orgId: string, memberId: string): Promise<Member | undefined>;
  /**
   * Stores what a turn says about the member; writes only when something changed.
   * `isNewInstall`: first turn ever, or first since the member removed the app.
   */
  recordSighting(sighting: MemberSighting, now: Date): Promise<{ member: Member; isNewInstall: boolean }>;
  update(orgId: string, memberId: string, mutate: (member: Member) => Member): Promise<Member>;
  /** Every member of an organisation, page by page. */
  listByOrg(orgId: string, pageSize?: number): AsyncIterable<Member[]>;
}

export const memberCodec: DocumentCodec<Member> = {
  type: "member",
  schemaVersion: 1,
  id: (member) => `member:${member.memberId}`,
  decode: (document) => memberSchema.parse(stripSystemFields(document)),
};

export function createMemberRepository(container: Container): MemberRepository {
  const read = (orgId: string, memberId: string): Promise<Versioned<Member> | undefined> =>
    readVersioned(container, memberCodec, `member:${memberId}`, orgId);

  const update = async (orgId: string, memberId: string, mutate: (member: Member) => Member) => {
    const updated = await updateWithRetry(container, memberCodec, `member:${memberId}`, orgId, mutate);
    if (!updated) throw new AppError("NOT_FOUND", "member not found");
    return updated.value;
  };

  return {
    async get(orgId, memberId) {
      return (await read(orgId, memberId))?.value;
    },

    async recordSighting(sighting, now) {
      const existing = await read(sighting.orgId, sighting.memberId);
      const timestamp = now.toISOString();
      if (!existing) {
        const member = memberSchema.parse({ ...sighting, createdAt: timestamp, updatedAt: timestamp });
        try {
          await createDocument(container, memberCodec, member);
          return { member, isNewInstall: true };
        } catch (error) {
          // Two first turns at once (install + first message): the other one created it.
          if (!isAppError(error, "CONFLICT")) throw error;
          const created = await read(sighting.orgId, sighting.memberId);
          if (!created) throw error;
          return { member: created.value, isNewInstall: false };
        }
      }
      if (!hasSightingChanged(existing.value, sighting)) return { member: existing.value, isNewInstall: false };
      // Concurrent turns bring the same news: the first writes it, the others find it written.
      // Only the turn whose write flips "not installed" to "installed" greets: the flag is set by
      // the mutation that was applied last, so of two re-installs at once exactly one sees it.
      let didInstall = false;
      const member = await update(sighting.orgId, sighting.memberId, (current) => {
        didInstall = hasSightingChanged(current, sighting) && !current.isInstalled;
        return hasSightingChanged(current, sighting)
          ? {
              ...current,
              ...sighting,
              name: sighting.name || current.name,
              timeZone: sighting.timeZone ?? current.timeZone,
              isInstalled: true,
              isReachable: true,
              updatedAt: timestamp,
            }
          : current;
      });
      return { member, isNewInstall: didInstall };
    },

    update,

    async *listByOrg(orgId, pageSize = 200) {
      const iterator = container.items.query<Record<string, unknown>>(
        {
          query: "SELECT * FROM c WHERE c.orgId = @orgId AND c.type = 'member'",
          parameters: [{ name: "@orgId", value: orgId }],
        },
        { maxItemCount: pageSize },
      );
      while (iterator.hasMoreResults()) {
        const page = await withStoreErrors(() => iterator.fetchNext());
        if (page.resources.length > 0) yield page.resources.map(memberCodec.decode);
      }
    },
  };
}
