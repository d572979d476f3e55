/**
 * A delivery worker's crash, simulated for the fan-out benchmark: after a given number of
 * successful sends no further send leaves the worker, and once every send already on its way is
 * recorded, every further store call of the worker hangs for ever, like a process that died.
 * What the worker had claimed keeps its lease, as it would after a real crash.
 *
 * The one crash it leaves out on purpose is the one nothing can make safe: between Teams
 * accepting a card and the worker's "sent" write (see bot/scheduling/delivery-worker.ts).
 */
import type { AdaptiveCard } from "../../cards";
import type { ProactiveSender } from "../../bot/scheduling";
import type { Repositories } from "../../bot/store";

export interface WorkerKillSwitch {
  sender: ProactiveSender;
  repos: Pick<Repositories, "orgs" | "members" | "deliveries">;
  /** Resolves when the worker is dead: nothing in flight, nothing unrecorded. */
  dead: Promise<void>;
  /** Sends that Teams accepted before the worker died. */
  sentBeforeDeath(): number;
}

const forever = <T>() => new Promise<T>(() => undefined);

export function createWorkerKillSwitch(
  inner: { sender: ProactiveSender; repos: Pick<Repositories, "orgs" | "members" | "deliveries"> },
  killAfterSends: number,
  deliveryIdOf: (card: AdaptiveCard) => string,
): WorkerKillSwitch {
  let sent = 0;
  let inFlight = 0;
  let storeCallsInFlight = 0;
  let isDying = false;
  let isDead = false;
  /** Deliveries whose send finished but whose outcome is not written yet. */
  const unrecorded = new Set<string>();
  let die: () => void = () => undefined;
  const dead = new Promise<void>((resolve) => (die = resolve));

  const checkDeath = () => {
    if (isDying && !isDead && inFlight === 0 && unrecorded.size === 0 && storeCallsInFlight === 0) {
      isDead = true;
      die();
    }
  };

  const sender: ProactiveSender = {
    async send(target, card, summary) {
      if (isDying) return forever();
      const deliveryId = deliveryIdOf(card);
      inFlight++;
      try {
        const receipt = await inner.sender.send(target, card, summary);
        if (++sent >= killAfterSends) isDying = true;
        return receipt;
      } finally {
        unrecorded.add(deliveryId);
        inFlight--;
      }
    },
  };

  /** Every method of a repository, counted while it runs, hanging once the worker is dead. */
  function guarded<T extends object>(repository: T, onDone?: (args: unknown[]) => void): T {
    return new Proxy(repository, {
      get(target, property, receiver) {
        const value: unknown = Reflect.get(target, property, receiver);
        if (typeof value !== "function") return value;
        return (...args: unknown[]) => {
          if (isDead) return forever();
          storeCallsInFlight++;
          const settle = () => {
            storeCallsInFlight--;
            onDone?.(args);
            checkDeath();
          };
          const result = (value as (...rest: unknown[]) => unknown).apply(target, args);
          if (result instanceof Promise) return result.finally(settle);
          settle();
          return result;
        };
      },
    });
  }

  return {
    sender,
    repos: {
      orgs: guarded(inner.repos.orgs),
      members: guarded(inner.repos.members),
      // The worker writes a send's outcome with update(orgId, deliveryId, …).
      deliveries: guarded(inner.repos.deliveries, (args) => unrecorded.delete(String(args[1]))),
    },
    dead,
    sentBeforeDeath: () => sent,
  };
}
