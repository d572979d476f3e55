/**
 * Ports that a test chooses before a server listens on them (the local stack's, which its child
 * process opens; a store's, which an outage closes and opens again), from this Jest worker's own block.
 */
import * as fs from "node:fs";
import type * as net from "node:net";
import { holdPort } from "../../functions/local/port-check";

/** How many ports each Jest worker has to itself. */
const PORTS_PER_WORKER = 400;

/** The lowest port the OS hands out to a server listening on port 0 (Linux's default where unreadable). */
function firstOsChosenPort(): number {
  try {
    const [low] = fs.readFileSync("/proc/sys/net/ipv4/ip_local_port_range", "utf8").trim().split(/\s+/);
    return Number(low) || 32_768;
  } catch {
    return 32_768;
  }
}

/** This worker's block of ports, just below the OS-chosen ones; a random start, since a test file starts afresh. */
const block = (() => {
  const worker = Number(process.env.JEST_WORKER_ID ?? 1);
  const end = firstOsChosenPort() - (worker - 1) * PORTS_PER_WORKER;
  return { first: end - PORTS_PER_WORKER, next: Math.floor(Math.random() * PORTS_PER_WORKER) };
})();

/**
 * Free ports for servers a test starts later or again, all held at once so that no two are the same. Not
 * OS-chosen ones: the OS could hand such a port to any server listening on port 0 (the embedded
 * Cosmos DB of the child itself, or of a test in the other Jest worker) between this check and the
 * child's listen. These come from this worker's own block below that range, which nothing else in
 * the suite uses; `npm start`'s default ports (3978, 56150) lie outside it.
 */
export async function freePorts(count: number): Promise<number[]> {
  const servers: net.Server[] = [];
  const ports: number[] = [];
  for (let tried = 0; ports.length < count; tried++) {
    if (tried === PORTS_PER_WORKER)
      throw new Error(`no ${count} free ports in ${block.first}-${block.first + PORTS_PER_WORKER - 1}`);
    const port = block.first + (block.next++ % PORTS_PER_WORKER);
    const server = await holdPort(port);
    if (server) {
      servers.push(server);
      ports.push(port);
    }
  }
  await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
  return ports;
}
