import { spawn } from 'node:child_process'
import { createServer } from 'node:net'

export interface ProgramRun {
  code: number | null
  stdout: string
  stderr: string
}

// A compiled program's environment: nothing from this machine's .env or shell but PATH. Nothing is recorded
// unless a test asks (STORE_REQUESTS): programs run side by side would otherwise share ./data, which serves one.
export const programEnv = (env: Record<string, string>) => ({
  PATH: process.env.PATH ?? '',
  DOTENV_CONFIG_PATH: 'test/no-such.env',
  STORE_REQUESTS: 'false',
  ...env,
})

/** Runs a compiled program (`dist/src/bin/….js`) to its end, as `npm start` / `npm run ask` do, with the given stdin. */
export function runProgram(
  program: string,
  args: string[],
  input: string,
  env: Record<string, string> = {},
  cwd?: string,
): Promise<ProgramRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [program, ...args], {
      env: programEnv(env),
      stdio: ['pipe', 'pipe', 'pipe'],
      ...(cwd ? { cwd } : {}),
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')))
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')))
    child.on('error', reject)
    child.on('close', (code) => resolve({ code, stdout, stderr }))
    child.stdin.end(input)
  })
}

/** A loopback port nothing listens on (it was free a moment ago): connecting to it is refused. */
export async function closedPort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as { port: number }
  await new Promise((resolve) => server.close(resolve))
  return port
}
