/**
 * Polls until `condition` holds. After `timeoutMs` it fails with `explain()`,
 * which should say what was seen instead.
 */
export async function waitUntil(condition: () => boolean, timeoutMs = 10_000, explain = () => 'timed out'): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(explain())
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}
