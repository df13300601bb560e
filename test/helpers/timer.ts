/**
 * A timer of `ms`, started now. After an awaited call, `fired()` false proves the call did not wait
 * that long: event order against the thing it must not wait for (a slow answer, a cooldown, a rate
 * limit), not a wall-clock bound that flakes on a busy machine.
 */
export function timerOf(ms: number): { fired: () => boolean } {
  let fired = false;
  setTimeout(() => {
    fired = true;
  }, ms).unref();
  return { fired: () => fired };
}
