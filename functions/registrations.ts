/**
 * Every Azure Function of the app, in one list: `index.ts` registers them with the Functions
 * host, and the local host serves the very same list.
 */
import type { HttpHandler, HttpMethod, TimerHandler } from "@azure/functions";
import { timerSchedules } from "./config";
import { deliverHandler } from "./deliver";
import { exportsHandler } from "./exports";
import { healthHandler } from "./health";
import { housekeepingHandler } from "./housekeeping";
import { messagesHandler } from "./messages";
import { scheduleHandler } from "./schedule";

export interface HttpRegistration {
  name: string;
  route: string;
  methods: HttpMethod[];
  handler: HttpHandler;
}

export const HTTP_FUNCTIONS: readonly HttpRegistration[] = [
  { name: "messages", route: "messages", methods: ["POST"], handler: messagesHandler },
  { name: "health", route: "health", methods: ["GET"], handler: healthHandler },
  { name: "exports", route: "exports/{orgId}/{exportId}", methods: ["GET"], handler: exportsHandler },
];

export interface TimerRegistration {
  name: string;
  /** NCRONTAB with seconds: "{second} {minute} {hour} {day} {month} {day of week}". */
  schedule: string;
  handler: TimerHandler;
}

const schedules = timerSchedules(process.env);

export const TIMER_FUNCTIONS: readonly TimerRegistration[] = [
  { name: "schedule", schedule: schedules.schedule, handler: scheduleHandler },
  { name: "deliver", schedule: schedules.delivery, handler: deliverHandler },
  { name: "housekeeping", schedule: schedules.housekeeping, handler: housekeepingHandler },
];
