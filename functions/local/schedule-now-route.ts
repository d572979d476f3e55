/**
 * `POST /api/local/schedule-now`, served by `npm start`'s local host only (never registered
 * with Azure): the scheduler's tick and one delivery run at once for every organisation, as
 * "zeitplan jetzt" does for one, so `npm run schedule:now` can show prompts arriving.
 */
import { timingSafeEqual } from "node:crypto";
import type { HttpRequest, HttpResponseInit } from "@azure/functions";
import type { Clock } from "../../bot/domain/clock";
import type { RunNowResult, Scheduling } from "../../bot/scheduling";
import type { Repositories } from "../../bot/store";
import type { HttpRegistration } from "../registrations";
import { LOCAL_TOKEN_HEADER } from "./local-host-file";

export const SCHEDULE_NOW_ROUTE = "local/schedule-now";

/** What the route needs of the app (the composition root's services fit). */
export interface ScheduleNowServices {
  config: { isLocalMode: boolean };
  clock: Clock;
  repos: Pick<Repositories, "orgs">;
  scheduling: Pick<Scheduling, "runNow">;
}

export interface ScheduleNowOptions {
  /** The token written to .data/local-host.json; a caller must send it. */
  token: string;
  services: () => Promise<ScheduleNowServices>;
}

/** The figures the route answers with, summed over the organisations that are set up. */
export type ScheduleNowFigures = Omit<RunNowResult, "isSetUp"> & { organisations: number };

export function createScheduleNowRoute(options: ScheduleNowOptions): HttpRegistration {
  return {
    name: "localScheduleNow",
    route: SCHEDULE_NOW_ROUTE,
    methods: ["POST"],
    handler: async (request: HttpRequest): Promise<HttpResponseInit> => {
      const services = await options.services();
      // Outside local mode the timers run the schedule, and nothing here checks who is calling.
      if (!services.config.isLocalMode) return { status: 403, jsonBody: { error: "local-mode-only" } };
      if (!isSameToken(request.headers.get(LOCAL_TOKEN_HEADER) ?? "", options.token))
        return { status: 401, jsonBody: { error: "token" } };
      return { status: 200, jsonBody: await runEveryOrganisation(services) };
    },
  };
}

async function runEveryOrganisation({ repos, scheduling, clock }: ScheduleNowServices): Promise<ScheduleNowFigures> {
  const figures: ScheduleNowFigures = { organisations: 0, recorded: 0, sent: 0, reminded: 0, failed: 0, waiting: 0 };
  for await (const page of repos.orgs.listOrgIds()) {
    for (const orgId of page) {
      const run = await scheduling.runNow(orgId, clock.now());
      if (!run.isSetUp) continue; // known tenant, not set up yet
      figures.organisations++;
      figures.recorded += run.recorded;
      figures.sent += run.sent;
      figures.reminded += run.reminded;
      figures.failed += run.failed;
      figures.waiting += run.waiting;
    }
  }
  return figures;
}

function isSameToken(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
