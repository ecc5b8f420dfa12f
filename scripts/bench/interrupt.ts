// A bench that edits the report's text (a one-word MDX edit) or writes into dist/ must put things
// back even when it is stopped half-way: Ctrl+C once left «бенчмарк» in the report's text, which
// an editor could then have published (a fresh reviewer's find). try/finally does not run when a
// signal ends the process; a handler does.

const SIGNALS: readonly NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];
const cleanups = new Set<() => void>();

function stop(signal: NodeJS.Signals): never {
  for (const cleanup of cleanups) {
    try {
      cleanup();
    } catch {
      // the others still run
    }
  }
  process.exit(signal === 'SIGINT' ? 130 : 143);
}

/**
 * Runs `cleanup` if the process is stopped by SIGINT, SIGTERM or SIGHUP (then exits: 130 for
 * SIGINT, 143 otherwise), until the returned function is called. While a spawnSync child runs,
 * the process cannot take the signal: pass the child's result to `stopIfInterrupted`.
 */
export function cleanupOnInterrupt(cleanup: () => void): () => void {
  if (cleanups.size === 0) for (const s of SIGNALS) process.on(s, stop);
  cleanups.add(cleanup);
  return () => {
    cleanups.delete(cleanup);
    if (cleanups.size === 0) for (const s of SIGNALS) process.off(s, stop);
  };
}

/**
 * Cleans up and exits as `cleanupOnInterrupt` does when a synchronous child was ended by one of
 * those signals: Ctrl+C (or a kill of the process group) reaches the child, and the bench must
 * stop with it instead of going on to its next build.
 */
export function stopIfInterrupted(result: { signal: NodeJS.Signals | null }): void {
  if (result.signal && SIGNALS.includes(result.signal)) stop(result.signal);
}
