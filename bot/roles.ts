/**
 * A member's roles, decided on the server from the stored member and the bootstrap list;
 * never from anything a card or message carries.
 */
import type { Member, Role } from "./domain/member";

/**
 * A tenant's first quality officer from the configuration (BOOTSTRAP_QUALITY_OFFICERS). Without
 * a tenant the entry counts in any tenant: only local mode without an allow-list has such entries.
 */
export interface BootstrapOfficer {
  tenantId: string | undefined;
  objectId: string;
}

export function isBootstrapOfficer(
  member: Pick<Member, "orgId" | "aadObjectId">,
  officers: readonly BootstrapOfficer[],
): boolean {
  return officers.some(
    (officer) =>
      officer.objectId === member.aadObjectId && (officer.tenantId === undefined || officer.tenantId === member.orgId),
  );
}

export function rolesOf(member: Member, bootstrapQualityOfficers: readonly BootstrapOfficer[]): ReadonlySet<Role> {
  const roles = new Set<Role>(member.roles);
  if (isBootstrapOfficer(member, bootstrapQualityOfficers)) roles.add("qualityOfficer");
  return roles;
}
