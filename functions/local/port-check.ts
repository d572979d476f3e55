/**
 * `npm start` checks every port it will listen on before it starts anything, so it never says
 * "läuft" with a URL that opens another program, nor ends in a raw EADDRINUSE. It then holds those
 * ports until the server meant for each listens on it: the embedded Cosmos DB listens on a port the
 * OS chooses, and the OS could otherwise choose the Playground's port (seen once in CI: the Playground
 * could not start, and the URL printed opened the store).
 */
import * as net from "node:net";

/** A port `npm start` listens on and the setting that moves it. */
export interface PlannedPort {
  port: number;
  setting: string;
}

/** The planned ports, held by this process until each is let go for the server meant for it. */
interface HeldPorts {
  /** Lets the port of this setting go, right before its server listens on it (nothing when not held). */
  release(setting: string): Promise<void>;
}

export type PortHold = { taken: PlannedPort } | { taken: undefined; held: HeldPorts };

/**
 * Listens on the port on all addresses, which fails when any address already has it (loopback,
 * IPv4 or IPv6): what another local program or a second `npm start` holds. Undefined when taken.
 */
export function holdPort(port: number): Promise<net.Server | undefined> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", (error: NodeJS.ErrnoException) => {
      if (error.code === "EADDRINUSE" || error.code === "EACCES") resolve(undefined);
      else reject(error);
    });
    server.listen(port, () => resolve(server));
  });
}

const close = (server: net.Server) => new Promise<void>((resolve) => server.close(() => resolve()));

/** Holds every planned port, or lets all go and names the first one something else holds. */
export async function holdPorts(ports: readonly PlannedPort[]): Promise<PortHold> {
  const servers = new Map<string, net.Server>();
  for (const planned of ports) {
    const server = await holdPort(planned.port);
    if (!server) {
      await Promise.all([...servers.values()].map(close));
      return { taken: planned };
    }
    servers.set(planned.setting, server);
  }
  return {
    taken: undefined,
    held: {
      async release(setting) {
        const server = servers.get(setting);
        servers.delete(setting);
        if (server) await close(server);
      },
    },
  };
}

/** Whether an error is a port already in use (a program took it between the check and the start). */
export function isAddressInUse(error: unknown): boolean {
  return (error as NodeJS.ErrnoException | undefined)?.code === "EADDRINUSE";
}
