/**
 * Named points where the fault suite kills the process with SIGKILL (`NEWSGRAPH_CRASH_AT=<name>`),
 * so a test can stop a real ingest exactly at a stage boundary and prove that a rerun repairs it:
 * the same as kill -9 from outside, without racing a timer. Unset (always, outside the tests), a
 * crash point costs one environment lookup.
 */

/** The stage boundaries of an ingest that the fault suite kills at. */
export type CrashPoint = 'before-store' | 'after-store' | 'during-stories' | 'after-story-step'

/** Kills the process on the spot when `NEWSGRAPH_CRASH_AT` names this point. */
export function crashPoint(name: CrashPoint): void {
  if (process.env['NEWSGRAPH_CRASH_AT'] === name) process.kill(process.pid, 'SIGKILL')
}
