// Work in stages: generators that stop between slices of work, so that the content script can give
// the page's main thread back in between (ext/runner.ts drives them); callers with nothing to give
// back run them to the end at once.

/** A stage gives the main thread back after about this much work (ms): a huge page is many short tasks. */
export const SLICE_MS = 25;
/** …looking at the clock every this many units of work (elements, blocks): a normal page never stops. */
export const CLOCK_EVERY = 64;

export const clock = () => (typeof performance !== 'undefined' ? performance.now() : Date.now());

/** Runs a staged computation to its end at once and returns its result. */
export function finish<T>(steps: Generator<void, T, void>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * When a loop inside a generator should stop: `if (slice.due()) { yield; slice.restart(); }`.
 * Due every CLOCK_EVERY calls once `sliceMs` of work has run since the last restart (never with Infinity).
 */
export class SliceClock {
  private n = 0;
  private start: number;

  constructor(private readonly sliceMs: number) {
    this.start = sliceMs === Infinity ? 0 : clock(); // a walk that never stops never reads the clock
  }

  due(): boolean {
    return this.sliceMs !== Infinity && ++this.n % CLOCK_EVERY === 0 && clock() - this.start >= this.sliceMs;
  }

  /** The time spent stopped is not work: the next slice starts now. */
  restart(): void {
    this.start = clock();
  }
}
