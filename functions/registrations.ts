/**
 * Every Azure Function of the app, in one list: `index.ts` registers them with the Functions
 * host, and the local host serves the very same list. Each handler logs through its invocation
 * context (functions/invocation-log.ts).
 */
import type { HttpHandler, HttpMethod, TimerHandler } from "@azure/functions";
import { timerSchedules } from "./config";
import { deliverHandler } from "./deliver";
import { exportsHandler } from "./exports";
import { healthHandler } from "./health";
import { housekeepingHandler } from "./housekeeping";
import { withInvocationLog } from "./invocation-log";
import { messagesHandler } from "./messages";
import { scheduleHandler } from "./schedule";

export interface HttpRegistration {
  name: string;
  route: string;
  methods: HttpMethod[];
  handler: HttpHandler;
}

export const HTTP_FUNCTIONS: readonly HttpRegistration[] = [
  { name: "messages", route: "messages", methods: ["POST"], handler: withInvocationLog(messagesHandler) },
  { name: "health", route: "health", methods: ["GET"], handler: withInvocationLog(healthHandler) },
  {
    name: "exports",
    route: "exports/{orgId}/{exportId}",
    methods: ["GET"],
    handler: withInvocationLog(exportsHandler),
  },
];

export interface TimerRegistration {
  name: string;
  /** NCRONTAB with seconds: "{second} {minute} {hour} {day} {month} {day of week}". */
  schedule: string;
  handler: TimerHandler;
}

const schedules = timerSchedules(process.env);

export const TIMER_FUNCTIONS: readonly TimerRegistration[] = [
  { name: "schedule", schedule: schedules.schedule, handler: withInvocationLog(scheduleHandler) },
  { name: "deliver", schedule: schedules.delivery, handler: withInvocationLog(deliverHandler) },
  { name: "housekeeping", schedule: schedules.housekeeping, handler: withInvocationLog(housekeepingHandler) },
];
