/**
 * Bench-only timing of a submit's steps (issue 18 item 6): the app's repositories and the saved
 * answer card's renderer are wrapped in place, so the running bot's own calls are timed without
 * timing code in the app. Durations are collected only while `recording`; with twenty users at
 * once they are per call, not per submit, and the steps of one submit partly overlap (member and
 * organisation are read at the same time).
 */
import { performance } from "node:perf_hooks";
import * as savedAnswerCard from "../../cards/saved-answer-card";
import type { Repositories } from "../../bot/store";
import { percentile } from "../benchmark";

/** The steps of a submit, in the order the bot takes them, and what each one is. */
const STEPS = {
  member: "member (read, written if Teams told something new)",
  org: "org (cached for 30 s)",
  delivery: "delivery read",
  basis: "requirement tags (report basis, cached for 30 s)",
  write: "answer write",
  mark: "delivery marked answered",
  card: "saved answer card rendered",
} as const;
type Step = keyof typeof STEPS;

export interface SubmitStepTimer {
  recording: boolean;
  /** p50 / p99 of each step, in ms. */
  summary(): Record<string, string>;
}

export function timeSubmitSteps(repos: Repositories): SubmitStepTimer {
  const durations = new Map<Step, number[]>();
  const timer: SubmitStepTimer = {
    recording: false,
    summary() {
      return Object.fromEntries(
        (Object.keys(STEPS) as Step[]).map((step) => {
          const samples = durations.get(step) ?? [];
          const text = samples.length
            ? `${percentile(samples, 50).toFixed(1)} / ${percentile(samples, 99).toFixed(1)} ms p50 / p99 (${samples.length} calls)`
            : "not called";
          return [`step: ${STEPS[step]}`, text];
        }),
      );
    },
  };
  const record = (step: Step, startedMs: number) => {
    if (!timer.recording) return;
    const list = durations.get(step) ?? [];
    list.push(performance.now() - startedMs);
    durations.set(step, list);
  };
  /** Replaces `owner[name]` by the same function, timed as `step`. */
  const wrap = <T extends object, K extends keyof T>(owner: T, name: K, step: Step) => {
    const original = owner[name] as unknown as (...args: unknown[]) => unknown;
    const timed = (...args: unknown[]) => {
      const startedMs = performance.now();
      const result = original.apply(owner, args);
      if (result instanceof Promise) return result.finally(() => record(step, startedMs));
      record(step, startedMs);
      return result;
    };
    Reflect.set(owner, name, timed);
  };
  wrap(repos.members, "recordSighting", "member");
  wrap(repos.orgs, "get", "org");
  wrap(repos.deliveries, "get", "delivery");
  wrap(repos.reportBasis, "getRecent", "basis");
  wrap(repos.answers, "saveNew", "write");
  wrap(repos.deliveries, "markAnswered", "mark");
  // The flows call it through the cards barrel, which reads this module's export at each call.
  wrap(savedAnswerCard, "renderSavedAnswerCard", "card");
  return timer;
}
