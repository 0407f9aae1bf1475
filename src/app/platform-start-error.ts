export type Platform = 'Discord' | 'Slack'

/** A chat platform could not be started: connecting, logging in or registering failed. */
export class PlatformStartError extends Error {
  override readonly name = 'PlatformStartError'

  constructor(
    readonly platform: Platform,
    /** The API base URL set in the environment, if any: what the operator may have mistyped. */
    readonly apiUrl: string | undefined,
    override readonly cause: unknown,
  ) {
    super(`${platform} could not start: ${cause instanceof Error ? cause.message : String(cause)}`)
  }
}

/** Runs `start`, naming the platform on whatever it throws, so the one line at exit can say which failed. */
export async function startingPlatform<T>(platform: Platform, apiUrl: string | undefined, start: () => Promise<T>): Promise<T> {
  try {
    return await start()
  } catch (error) {
    throw new PlatformStartError(platform, apiUrl, error)
  }
}
