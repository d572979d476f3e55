/**
 * A member's roles, decided on the server from the stored member and the bootstrap list;
 * never from anything a card or message carries.
 */
import type { Member, Role } from "./domain/member";

export function rolesOf(member: Member, bootstrapQualityOfficers: readonly string[]): ReadonlySet<Role> {
  const roles = new Set<Role>(member.roles);
  if (member.aadObjectId && bootstrapQualityOfficers.includes(member.aadObjectId)) roles.add("qualityOfficer");
  return roles;
}
