/** Messages between a page and the import worker (worker.ts); both sides are our own code. */
import type { ImportProgress } from './model';
import type { RunOutcome } from './run';

export interface WorkerRequest {
  fileName: string;
  /** Transferred, not copied. */
  bytes: ArrayBuffer;
}

export type WorkerReply = ({ type: 'progress' } & ImportProgress) | { type: 'done'; outcome: RunOutcome };
