/**
 * Worker processes on this machine, for the distributed tests and benchmark: starts
 * `newsgraph worker` children per stage, tells when JetStream has nothing left in flight, and
 * stops (or kills) them. Each child is a real process, as in a deployment, so kill -9 is real.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { connect } from 'nats'
import { inputStream, topology, type Stage } from '../distributed/topology.js'

/** What to start. */
export interface FleetOptions {
  readonly natsUrl: string
  readonly db: string
  readonly namespace: string
  readonly workers: Partial<Record<Stage, number>>
  readonly ackWaitSeconds?: number
  readonly debounceMs?: number
  /** Where worker logs go (default: dropped). */
  readonly log?: (line: string) => void
}

/** One running worker. */
export interface FleetWorker {
  readonly stage: Stage
  readonly child: ChildProcess
  readonly exited: Promise<number | null>
}

const MAIN = fileURLToPath(new URL('../cli/main.ts', import.meta.url))

/** Starts the workers; each runs the CLI's `worker` command through tsx. */
export function startFleet(options: FleetOptions): FleetWorker[] {
  const workers: FleetWorker[] = []
  for (const stage of ['extract', 'analyze', 'cluster'] as const) {
    for (let i = 0; i < (options.workers[stage] ?? 0); i++) workers.push(startWorker(stage, options))
  }
  return workers
}

/** Starts one more worker of a stage. */
export function startWorker(stage: Stage, options: FleetOptions): FleetWorker {
  const args = ['worker', '--stage', stage, '--nats', options.natsUrl, '--db', options.db, '--namespace', options.namespace]
  if (options.ackWaitSeconds !== undefined) args.push('--ack-wait', String(options.ackWaitSeconds))
  if (options.debounceMs !== undefined) args.push('--debounce-ms', String(options.debounceMs))
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', '--input-type=module', '-e', `const { main } = await import(${JSON.stringify(MAIN)}); process.exitCode = await main(process.argv.slice(1))`, ...args],
    {
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  )
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
    for (const line of chunk.split('\n')) if (line.trim()) options.log?.(`[${stage} ${child.pid}] ${line}`)
  })
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)))
  return { stage, child, exited }
}

/** Reads each stage's backlog over one connection, for loops that poll it often. */
export interface BacklogMonitor {
  /** Messages not yet acknowledged by each stage. */
  read(): Promise<Record<Stage, number>>
  close(): Promise<void>
}

/** Opens a backlog monitor on a namespace's consumers. */
export async function openBacklogMonitor(natsUrl: string, namespace: string): Promise<BacklogMonitor> {
  const nc = await connect({ servers: natsUrl })
  const jsm = await nc.jetstreamManager()
  const t = topology(namespace)
  const count = async (stage: Stage): Promise<number> => {
    const info = await jsm.consumers.info(inputStream(t, stage), stage)
    return info.num_pending + info.num_ack_pending
  }
  return {
    read: async () => ({ extract: await count('extract'), analyze: await count('analyze'), cluster: await count('cluster') }),
    close: () => nc.close(),
  }
}

/** Messages not yet acknowledged by each stage (one connection for one reading). */
export async function backlog(natsUrl: string, namespace: string): Promise<Record<Stage, number>> {
  const monitor = await openBacklogMonitor(natsUrl, namespace)
  try {
    return await monitor.read()
  } finally {
    await monitor.close()
  }
}

/** Resolves once no stage has anything in flight; each stage publishes before it acknowledges, so all-zero means done. */
export async function waitForDrain(natsUrl: string, namespace: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs
  const monitor = await openBacklogMonitor(natsUrl, namespace)
  try {
    for (;;) {
      const b = await monitor.read()
      if (b.extract + b.analyze + b.cluster === 0) return
      if (Date.now() > deadline) throw new Error(`workers still busy after ${timeoutMs} ms: ${JSON.stringify(b)}`)
      await new Promise((resolve) => setTimeout(resolve, 250))
    }
  } finally {
    await monitor.close()
  }
}

/** Stops every worker that is still running (SIGTERM, then SIGKILL after a grace period). */
export async function stopFleet(workers: readonly FleetWorker[], graceMs = 10_000): Promise<void> {
  await Promise.all(
    workers.map(async (w) => {
      if (w.child.exitCode !== null || w.child.signalCode !== null) return
      w.child.kill('SIGTERM')
      const timer = setTimeout(() => w.child.kill('SIGKILL'), graceMs)
      await w.exited
      clearTimeout(timer)
    }),
  )
}

/** Deletes a namespace's streams (and so its consumers): the end of a test or benchmark run. */
export async function removeQueues(natsUrl: string, namespace: string): Promise<void> {
  const nc = await connect({ servers: natsUrl })
  try {
    const jsm = await nc.jetstreamManager()
    const t = topology(namespace)
    for (const stream of [t.rawStream, t.extractedStream, t.storedStream]) await jsm.streams.delete(stream).catch(() => false)
  } finally {
    await nc.close()
  }
}
