/**
 * `npm start` checks every port it will listen on before it starts anything, so it never says
 * "läuft" with a URL that opens another program, nor ends in a raw EADDRINUSE.
 */
import * as net from "node:net";

/** A port `npm start` listens on and the setting that moves it. */
export interface PlannedPort {
  port: number;
  setting: string;
}

/**
 * Whether something listens on the port on any address. Listening on all addresses fails when
 * any address already has the port (loopback, IPv4 or IPv6), which is what another local
 * program or a second `npm start` holds.
 */
function isPortTaken(port: number): Promise<boolean> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", (error: NodeJS.ErrnoException) => {
      if (error.code === "EADDRINUSE" || error.code === "EACCES") resolve(true);
      else reject(error);
    });
    probe.listen(port, () => probe.close(() => resolve(false)));
  });
}

/** The first planned port something else already holds; undefined when all are free. */
export async function firstTakenPort(ports: readonly PlannedPort[]): Promise<PlannedPort | undefined> {
  for (const planned of ports) if (await isPortTaken(planned.port)) return planned;
  return undefined;
}

/** Whether an error is a port already in use (a program took it between the check and the start). */
export function isAddressInUse(error: unknown): boolean {
  return (error as NodeJS.ErrnoException | undefined)?.code === "EADDRINUSE";
}
