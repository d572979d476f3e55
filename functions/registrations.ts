/**
 * Every Azure Function of the app, in one list: `index.ts` registers them with the Functions
 * host, and the local host serves the very same list.
 */
import type { HttpHandler, HttpMethod } from "@azure/functions";
import { exportsHandler } from "./exports";
import { healthHandler } from "./health";
import { messagesHandler } from "./messages";

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
