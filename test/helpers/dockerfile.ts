import { execFileSync } from 'node:child_process'
import { cpSync, mkdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'

/** One instruction of a Dockerfile: its keyword, its flags (`--from=build`) and the rest. */
export interface Instruction {
  keyword: string
  flags: Record<string, string>
  args: string
}

export interface Stage {
  name: string | undefined
  base: string
  instructions: Instruction[]
}

/** The stages of a Dockerfile, in order: comments dropped, continued lines joined. */
export function parseDockerfile(text: string): Stage[] {
  const stages: Stage[] = []
  const lines = text.replace(/\\\n/g, ' ').split('\n')
  for (const line of lines.map((l) => l.trim()).filter((l) => l !== '' && !l.startsWith('#'))) {
    const [, keyword = '', rest = ''] = /^(\S+)\s*(.*)$/.exec(line) ?? []
    const flags: Record<string, string> = {}
    let args = rest
    for (let flag = /^--([a-z-]+)=(\S+)\s+/.exec(args); flag; flag = /^--([a-z-]+)=(\S+)\s+/.exec(args)) {
      flags[flag[1]!] = flag[2]!
      args = args.slice(flag[0].length)
    }
    if (keyword.toUpperCase() === 'FROM') {
      const [base = '', , name] = args.split(/\s+/)
      stages.push({ name, base, instructions: [] })
    } else {
      stages.at(-1)?.instructions.push({ keyword: keyword.toUpperCase(), flags, args })
    }
  }
  return stages
}

/** `ENV A=1 B=2` as pairs. */
export function envOf(instruction: Instruction): Record<string, string> {
  return Object.fromEntries(instruction.args.split(/\s+/).map((pair) => pair.split('=') as [string, string]))
}

/** The top-level names `.dockerignore` keeps out of the build context (this project's file has no wildcards). */
function dockerIgnored(contextDir: string): Set<string> {
  const text = readFileSync(path.join(contextDir, '.dockerignore'), 'utf8')
  return new Set(
    text
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== '' && !line.startsWith('#')),
  )
}

export interface StageRun {
  /** Where the stage's WORKDIR is, on this machine. */
  root: string
  env: Record<string, string>
  user?: string
  healthcheck?: string[]
  cmd?: string[]
}

/**
 * Does what `docker build` does for one stage, in `root` instead of an image:
 * COPY from the build context (or an earlier stage's root), RUN with `sh -c`,
 * ENV for later RUNs. Only the instructions this project's Dockerfile uses.
 */
export function runStage(
  stage: Stage,
  {
    contextDir,
    root,
    stages,
    env: baseEnv,
  }: { contextDir: string; root: string; stages: Record<string, string>; env: Record<string, string> },
): StageRun {
  const ignored = dockerIgnored(contextDir)
  const run: StageRun = { root, env: {} }
  mkdirSync(root, { recursive: true })
  for (const { keyword, flags, args } of stage.instructions) {
    if (keyword === 'COPY') {
      const parts = args.split(/\s+/)
      const destination = parts.pop()!
      const from = flags.from === undefined ? contextDir : stages[flags.from]
      if (!from) throw new Error(`COPY --from=${flags.from}: no such stage`)
      for (const source of parts) {
        // An earlier stage's paths are absolute within it: /app is its WORKDIR.
        const relative = flags.from === undefined ? source : path.relative('/app', source)
        if (flags.from === undefined && ignored.has(relative.split('/')[0]!))
          throw new Error(`COPY ${source}: .dockerignore leaves it out of the context`)
        const absolute = path.join(from, relative)
        const target = path.join(root, destination)
        // Like docker: a folder's contents go into the destination; a file goes into it when it ends in / or there are several.
        if (statSync(absolute).isDirectory()) cpSync(absolute, target, { recursive: true })
        else cpSync(absolute, destination.endsWith('/') || parts.length > 1 ? path.join(target, path.basename(source)) : target)
      }
    } else if (keyword === 'RUN') {
      execFileSync('sh', ['-c', args], { cwd: root, env: { ...baseEnv, ...run.env }, stdio: ['ignore', 'pipe', 'pipe'] })
    } else if (keyword === 'ENV') {
      Object.assign(run.env, envOf({ keyword, flags, args }))
    } else if (keyword === 'USER') {
      run.user = args
    } else if (keyword === 'HEALTHCHECK') {
      run.healthcheck = JSON.parse(args.replace(/^.*?CMD\s+/, '')) as string[]
    } else if (keyword === 'CMD') {
      run.cmd = JSON.parse(args) as string[]
    } else if (keyword !== 'WORKDIR' && keyword !== 'EXPOSE') {
      throw new Error(`the image test does not know ${keyword}: teach test/helpers/dockerfile.ts`)
    } else if (keyword === 'WORKDIR' && args !== '/app') {
      throw new Error('the image test expects WORKDIR /app')
    }
  }
  return run
}
