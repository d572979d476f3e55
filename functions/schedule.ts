/**
 * Timer (SCHEDULE_TIMER, every 5 minutes): the scheduler's tick. Records what is due in the
 * outbox and never sends, so a late (`isPastDue`) or repeated run is harmless, and a failed
 * one (timers are not retried) is caught up by the next.
 */
import type { InvocationContext, Timer } from "@azure/functions";
import { getServices } from "./composition-root";

export async function scheduleHandler(timer: Timer, _context: InvocationContext): Promise<void> {
  const { scheduling, clock, logger } = await getServices();
  if (timer.isPastDue) logger.info("schedule.past_due", { component: "schedule" });
  await scheduling.tick({ now: clock.now() });
}
