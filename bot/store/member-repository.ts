/** Members of an organisation, in the `config` container, one document per member. */
import { BulkOperationType, type Container, type OperationInput } from "@azure/cosmos";
import { z } from "zod";
import { AppError, isAppError } from "../errors";
import { hasSightingChanged, memberSchema, type Member, type MemberSighting } from "../domain/member";
import { withStoreErrors } from "./cosmos-store";
import { pagesOf } from "./org-query";
import {
  createDocument,
  encode,
  readVersioned,
  stripSystemFields,
  updateWithRetry,
  type DocumentCodec,
  type Versioned,
} from "./versioned-document";

export interface MemberRepository {
  get(orgId: string, memberId: string): Promise<Member | undefined>;
  /**
   * The members among `memberIds` that exist, in one query in the organisation's partition
   * instead of a read each: the delivery worker needs a whole claimed batch of them at once.
   */
  getMany(orgId: string, memberIds: readonly string[]): Promise<Map<string, Member>>;
  /**
   * Stores what a turn says about the member; writes only when something changed.
   * `isNewInstall`: first turn ever, or first since the member removed the app.
   */
  recordSighting(sighting: MemberSighting, now: Date): Promise<{ member: Member; isNewInstall: boolean }>;
  update(orgId: string, memberId: string, mutate: (member: Member) => Member): Promise<Member>;
  /** Every member of an organisation, page by page. */
  listByOrg(orgId: string, pageSize?: number): AsyncIterable<Member[]>;
  /**
   * A role change that must keep a rule over all members (the last quality officer stays).
   * `decide` sees the member and every member of the organisation as they are after its role
   * guard was read, and returns the changed member, or undefined to refuse. The change is
   * written together with a new guard version in one transactional batch, each with If-Match:
   * of two changes decided on the same state one lands and the other decides again on the new
   * one. Undefined when refused; NOT_FOUND when the member is gone.
   */
  changeRolesGuarded(
    orgId: string,
    memberId: string,
    decide: (member: Member, members: readonly Member[]) => Member | undefined,
  ): Promise<Member | undefined>;
}

/** The organisation's role guard: a counter every guarded role change advances, in the member's partition. */
const ROLES_GUARD_ID = "roles-guard";
const rolesGuardSchema = z.object({ version: z.number().int().min(0) });
const GUARDED_CHANGE_ATTEMPTS = 5;

const memberCodec: DocumentCodec<Member> = {
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

    async getMany(orgId, memberIds) {
      const found = new Map<string, Member>();
      const unique = [...new Set(memberIds)];
      if (unique.length === 0) return found;
      const query = {
        orgId,
        query:
          "SELECT * FROM c WHERE c.orgId = @orgId AND c.type = 'member' AND ARRAY_CONTAINS(@memberIds, c.memberId)",
        parameters: [{ name: "@memberIds", value: unique }],
      };
      for await (const page of pagesOf<Record<string, unknown>>(container, query, unique.length))
        for (const document of page) {
          const member = memberCodec.decode(document);
          found.set(member.memberId, member);
        }
      return found;
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

    async changeRolesGuarded(orgId, memberId, decide) {
      for (let attempt = 1; ; attempt++) {
        // The guard first: every member read after it reflects each guarded change that advanced it.
        const guard = await withStoreErrors(() =>
          container.item(ROLES_GUARD_ID, orgId).read<Record<string, unknown>>(),
        );
        const guardVersion = guard.resource ? rolesGuardSchema.parse(guard.resource).version : 0;
        const members: Member[] = [];
        for await (const page of this.listByOrg(orgId)) members.push(...page);
        const current = await read(orgId, memberId);
        if (!current) throw new AppError("NOT_FOUND", "member not found");
        const changed = decide(current.value, members);
        if (!changed) return undefined;
        const nextGuard = {
          id: ROLES_GUARD_ID,
          orgId,
          type: "rolesGuard",
          schemaVersion: 1,
          version: guardVersion + 1,
        };
        const operations: OperationInput[] = [
          guard.resource && guard.etag
            ? {
                operationType: BulkOperationType.Replace,
                partitionKey: orgId,
                id: ROLES_GUARD_ID,
                resourceBody: nextGuard,
                ifMatch: guard.etag,
              }
            : { operationType: BulkOperationType.Create, partitionKey: orgId, resourceBody: nextGuard },
          {
            operationType: BulkOperationType.Replace,
            partitionKey: orgId,
            id: memberCodec.id(changed),
            resourceBody: encode(memberCodec, memberSchema.parse(changed)),
            ifMatch: current.etag,
          },
        ];
        const response = await withStoreErrors(() => container.items.batch(operations, orgId));
        const statuses = (response.result ?? []).map((result) => result.statusCode);
        if (statuses.length === operations.length && statuses.every((status) => status < 400)) return changed;
        // 412 (guard or member changed) or 409 (guard created meanwhile): decide again on what is now current.
        const isRace = statuses.some((status) => status === 412 || status === 409);
        if (!isRace || attempt >= GUARDED_CHANGE_ATTEMPTS)
          throw new AppError(
            isRace ? "CONFLICT" : "STORE_UNAVAILABLE",
            `guarded role change failed: ${statuses.join(",")}`,
          );
      }
    },

    async *listByOrg(orgId, pageSize = 200) {
      const query = { orgId, query: "SELECT * FROM c WHERE c.orgId = @orgId AND c.type = 'member'" };
      for await (const page of pagesOf<Record<string, unknown>>(container, query, pageSize))
        yield page.map(memberCodec.decode);
    },
  };
}
