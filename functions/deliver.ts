/**
 * Timer (DELIVERY_TIMER, every minute): the delivery worker. Sends what the tick recorded,
 * within Teams' rate limits, until nothing is due or its time budget is spent; the next run
 * goes on from the outbox.
 */
import type { InvocationContext, Timer } from "@azure/functions";
import { getServices } from "./composition-root";

export async function deliverHandler(_timer: Timer, _context: InvocationContext): Promise<void> {
  const { scheduling } = await getServices();
  await scheduling.worker.run();
}
