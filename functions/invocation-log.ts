/**
 * Routes the app's log lines through the Functions invocation context while an invocation runs,
 * so Application Insights stores them as traces of that request or timer run (operation_Id,
 * InvocationId, severity). Lines written after the invocation ended (a draft job finishing in the
 * background) have no invocation to belong to and go to stdout, which the host also collects.
 */
import { AsyncLocalStorage } from "node:async_hooks";
import type { InvocationContext } from "@azure/functions";
import type { LogSink } from "../bot/logger";

interface InvocationScope {
  context: InvocationContext;
  isOpen: boolean;
}

const invocations = new AsyncLocalStorage<InvocationScope>();

/** Wraps a function handler so that everything it logs, directly or in awaited calls, joins its invocation. */
export function withInvocationLog<Trigger, Result>(
  handler: (trigger: Trigger, context: InvocationContext) => Promise<Result>,
): (trigger: Trigger, context: InvocationContext) => Promise<Result> {
  return (trigger, context) => {
    const scope: InvocationScope = { context, isOpen: true };
    return invocations.run(scope, async () => {
      try {
        return await handler(trigger, context);
      } finally {
        // The context refuses late writes with a warning of its own; later lines go to stdout.
        scope.isOpen = false;
      }
    });
  };
}

export const invocationLogSink: LogSink = (line, level) => {
  const scope = invocations.getStore();
  // The log levels are named like the context's methods (info, warn, error).
  if (scope?.isOpen) scope.context[level](line);
  else process.stdout.write(`${line}\n`);
};
