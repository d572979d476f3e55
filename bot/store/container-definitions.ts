/**
 * The Cosmos containers, their partition keys, indexing policies and default TTLs: the one
 * source of truth used by `ensureContainers` (local server, emulator) and checked against
 * infra/ by a test.
 */
export const CONTAINER_NAMES = ["config", "deliveries", "answers", "exports", "audit"] as const;
export type ContainerName = (typeof CONTAINER_NAMES)[number];

export interface ContainerDefinition {
  name: ContainerName;
  partitionKeyPath: "/orgId";
  indexingPolicy: {
    indexingMode: "consistent";
    includedPaths: { path: string }[];
    excludedPaths: { path: string }[];
  };
  /**
   * -1: TTL on, per-document `ttl` decides (retention set from the organisation's
   * configuration). Documents without `ttl` live forever.
   */
  defaultTtl: -1;
}

const ALWAYS_EXCLUDED = [{ path: '/"_etag"/?' }];

function definition(name: ContainerName, excluded: string[]): ContainerDefinition {
  return {
    name,
    partitionKeyPath: "/orgId",
    indexingPolicy: {
      indexingMode: "consistent",
      includedPaths: [{ path: "/*" }],
      excludedPaths: [...excluded.map((path) => ({ path })), ...ALWAYS_EXCLUDED],
    },
    defaultTtl: -1,
  };
}

export const CONTAINERS: Readonly<Record<ContainerName, ContainerDefinition>> = {
  /** Organisations and members: conversation references, names and the success definition are never queried by content. */
  config: definition("config", ["/conversation/*", "/successDefinition/?", "/name/?"]),
  /** The failure reason code is for operators reading a document, not for queries. */
  deliveries: definition("deliveries", ["/lastError/?"]),
  /** Answer text, evidence and edit history are read, never filtered on: keep them out of the index. */
  answers: definition("answers", ["/text/?", "/evidence/?", "/history/*"]),
  /** The file itself (base64, up to 1.5 MB) must never be indexed. */
  exports: definition("exports", ["/content/?"]),
  /** Details are read with the entry, never filtered on. */
  audit: definition("audit", ["/details/*"]),
};
