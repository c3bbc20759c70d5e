// Work written as a generator that yields where it may pause, run either at once or over several
// turns of the extension host's event loop, so input, timers and other extensions run in between.

/** The next turn of the event loop (a timer: browsers have no setImmediate). */
const nextTurn = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** The host's time per turn: past it, the work waits for the next turn at its next pause. */
const TURN_BUDGET_MS = 8;

export function runAtOnce<T>(steps: Generator<void, T, void>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

export async function runInTurns<T>(steps: Generator<void, T, void>): Promise<T> {
  let turnStarted = performance.now();
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
    if (performance.now() - turnStarted > TURN_BUDGET_MS) {
      await nextTurn();
      turnStarted = performance.now();
    }
  }
}
