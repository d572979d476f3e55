/**
 * Timer (HOUSEKEEPING_TIMER, every 10 minutes): resumes draft jobs whose worker died and deletes
 * what retention says is expired (Azure's TTL does that too; the local server has no TTL).
 */
import type { InvocationContext, Timer } from "@azure/functions";
import { getServices } from "./composition-root";

export async function housekeepingHandler(_timer: Timer, _context: InvocationContext): Promise<void> {
  const { housekeeping, clock, logger } = await getServices();
  const { resumedJobs, swept } = await housekeeping.run(clock.now());
  logger.info("housekeeping.done", {
    count: resumedJobs,
    reason: `swept ${swept.answers}/${swept.exports}/${swept.audit}`,
  });
}
