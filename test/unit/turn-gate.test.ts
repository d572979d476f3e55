import { TurnGate, type LeaveGate, type StartTimer } from "../../bot/turn-gate";

/** Timers the test fires by hand: time passes only when the test says so. */
function manualTimers(): { start: StartTimer; fireAll(): void; pending(): number; startedMs: number[] } {
  const timers = new Set<() => void>();
  const startedMs: number[] = [];
  return {
    startedMs,
    start: (ms, fire) => {
      startedMs.push(ms);
      timers.add(fire);
      return () => timers.delete(fire);
    },
    fireAll() {
      for (const fire of [...timers]) {
        timers.delete(fire);
        fire();
      }
    },
    pending: () => timers.size,
  };
}

const LIMITS = { maxConcurrent: 2, maxWaitMs: 2_000, maxWaiting: 3 };

async function enterAll(gate: TurnGate, count: number): Promise<(LeaveGate | undefined)[]> {
  return Promise.all(Array.from({ length: count }, () => gate.enter()));
}

describe("the turn gate (turns one instance runs at once)", () => {
  it("lets turns in up to the limit at once", async () => {
    const gate = new TurnGate(LIMITS, manualTimers().start);
    const places = await enterAll(gate, 2);
    expect(places.every((leave) => typeof leave === "function")).toBe(true);
    expect(gate.load).toEqual({ running: 2, waiting: 0 });
  });

  it("hands a freed place to the longest-waiting turn, first come first served", async () => {
    const timers = manualTimers();
    const gate = new TurnGate(LIMITS, timers.start);
    const [first] = await enterAll(gate, 2);
    const order: string[] = [];
    const second = gate.enter().then((leave) => (order.push("a"), leave));
    const third = gate.enter().then((leave) => (order.push("b"), leave));
    expect(gate.load).toEqual({ running: 2, waiting: 2 });

    first?.();
    const leaveA = await second;
    expect(order).toEqual(["a"]);
    expect(gate.load).toEqual({ running: 2, waiting: 1 });
    leaveA?.();
    await third;
    expect(order).toEqual(["a", "b"]);
    // Both admitted before their wait ran out: their timers are gone.
    expect(timers.pending()).toBe(0);
  });

  it("sheds a turn that found no place before its wait ran out, and forgets it", async () => {
    const timers = manualTimers();
    const gate = new TurnGate(LIMITS, timers.start);
    const [first] = await enterAll(gate, 2);
    const waiting = gate.enter();
    timers.fireAll();
    await expect(waiting).resolves.toBeUndefined();
    expect(gate.load).toEqual({ running: 2, waiting: 0 });
    // The freed place is not handed to the shed turn: it is free for the next one.
    first?.();
    expect(gate.load).toEqual({ running: 1, waiting: 0 });
  });

  it("sheds at once when as many turns are already waiting as it keeps", async () => {
    const timers = manualTimers();
    const gate = new TurnGate(LIMITS, timers.start);
    await enterAll(gate, 2);
    const queued = [gate.enter(), gate.enter(), gate.enter()];
    await expect(gate.enter()).resolves.toBeUndefined();
    expect(gate.load.waiting).toBe(3);
    timers.fireAll();
    await expect(Promise.all(queued)).resolves.toEqual([undefined, undefined, undefined]);
  });

  it("never sheds a turn that may not be shed (an install), however long it waits", async () => {
    const timers = manualTimers();
    const gate = new TurnGate({ ...LIMITS, maxWaiting: 0 }, timers.start);
    const [first] = await enterAll(gate, 2);
    const install = gate.enter(false);
    expect(timers.pending()).toBe(0);
    first?.();
    await expect(install).resolves.toEqual(expect.any(Function));
  });

  it("counts the time a request took to reach the gate against its wait", async () => {
    const timers = manualTimers();
    const gate = new TurnGate(LIMITS, timers.start);
    const [first] = await enterAll(gate, 2);
    const waiting = gate.enter(true, 1_500);
    expect(timers.startedMs).toEqual([500]);
    // Past its whole wait on arrival and no place free: answered at once, nothing waits.
    await expect(gate.enter(true, 2_000)).resolves.toBeUndefined();
    expect(gate.load.waiting).toBe(1);
    first?.();
    await expect(waiting).resolves.toEqual(expect.any(Function));
  });

  it("runs a late request that finds a free place, and lets a late install wait", async () => {
    const timers = manualTimers();
    const gate = new TurnGate(LIMITS, timers.start);
    const late = await gate.enter(true, 5_000);
    expect(late).toEqual(expect.any(Function));
    await gate.enter(true, 5_000);
    const install = gate.enter(false, 5_000);
    expect(timers.pending()).toBe(0);
    late?.();
    await expect(install).resolves.toEqual(expect.any(Function));
  });

  it("counts a place once when a turn leaves twice", async () => {
    const gate = new TurnGate(LIMITS, manualTimers().start);
    const [first] = await enterAll(gate, 1);
    first?.();
    first?.();
    expect(gate.load).toEqual({ running: 0, waiting: 0 });
    await enterAll(gate, 2);
    expect(gate.load).toEqual({ running: 2, waiting: 0 });
  });
});
