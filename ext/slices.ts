// How long the content script holds the page's main thread at a time: the work between two
// pauses (or waits for another part of the extension) is one task of the page's. The session
// times its stages with this and reports the longest (issue #9: no task over 50 ms).
import { now, round } from '../lib/page';

export interface Yielding {
  /** gives the main thread back to the page */
  pause: () => Promise<void>;
  /** awaits something done elsewhere (the thread is the page's meanwhile) */
  wait: <T>(p: Promise<T>) => Promise<T>;
}

export class SliceClock implements Yielding {
  private longestMs = 0;
  private since = now();

  constructor(private readonly yieldToPage: () => Promise<void>) {}

  /** The longest stretch of work so far (ms), the current one included. */
  get longest(): number {
    return round(Math.max(this.longestMs, now() - this.since));
  }

  /** Starts counting anew (the next stage's longest). */
  reset(): void {
    this.longestMs = 0;
    this.since = now();
  }

  readonly pause = async (): Promise<void> => {
    await this.wait(this.yieldToPage());
  };

  readonly wait = async <T>(p: Promise<T>): Promise<T> => {
    this.longestMs = Math.max(this.longestMs, now() - this.since);
    try {
      return await p;
    } finally {
      this.since = now();
    }
  };
}
