/**
 * `newsgraph worker --stage extract|analyze|cluster`: one stage of a distributed run, pulling
 * from NATS JetStream (`--nats`) and writing to the shared store (`--db`). Start as many of
 * each as there are cores; stop with SIGTERM or Ctrl-C, which finishes the message in hand.
 */
import { parseArgs } from 'node:util'
import { openStore, DEFAULT_DB } from '../../store/open-store.js'
import { upgradeProgressOnStderr } from '../progress.js'
import { runStageWorker } from '../../distributed/stage-worker.js'
import { DEFAULT_NAMESPACE, type Stage } from '../../distributed/topology.js'
import { UsageError } from '../usage-error.js'
import { stringFlags } from '../flag-values.js'
import { plural } from '../usage.js'

/** Default NATS server: `NEWSGRAPH_NATS_URL`, else a local one. */
export const DEFAULT_NATS = process.env['NEWSGRAPH_NATS_URL'] ?? 'nats://127.0.0.1:4222'

const STAGES: readonly Stage[] = ['extract', 'analyze', 'cluster']

/** `newsgraph worker --stage S [--nats URL] [--db URL]`. */
export async function runWorkerCommand(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { ...stringFlags('stage', 'nats', 'db', 'namespace', 'idle-exit', 'debounce-ms', 'ack-wait'), help: { type: 'boolean', short: 'h' } },
  })
  if (values.help) {
    process.stdout.write(`Usage: newsgraph worker --stage extract|analyze|cluster [--nats URL] [--db FILE|postgres://...]
  --nats URL         NATS server with JetStream (default $NEWSGRAPH_NATS_URL or nats://127.0.0.1:4222)
  --db FILE|URL      the shared store (default ${DEFAULT_DB}; use postgres://... for several machines)
  --namespace NAME   stream and subject prefix (default ${DEFAULT_NAMESPACE})
  --idle-exit S      exit after S seconds without a message (default: run until stopped)
  --debounce-ms N    cluster stage: quiet time before re-organizing stories (default 1000)
  --ack-wait S       seconds before an unacknowledged message goes to another worker (default 30)
`)
    return 0
  }
  const stage = values.stage as Stage | undefined
  if (!stage || !STAGES.includes(stage)) throw new UsageError(`--stage must be one of ${STAGES.join(', ')}`)
  const number = (flag: string, value: string | undefined): number | undefined => {
    if (value === undefined) return undefined
    const n = Number(value)
    if (!(n > 0)) throw new UsageError(`--${flag} must be a positive number`)
    return n
  }
  const idle = number('idle-exit', values['idle-exit'])
  const debounce = number('debounce-ms', values['debounce-ms'])
  const ackWait = number('ack-wait', values['ack-wait'])
  const store = await openStore(values.db ?? DEFAULT_DB, { onUpgradeProgress: upgradeProgressOnStderr() })
  const abort = new AbortController()
  const onSignal = (): void => abort.abort()
  process.once('SIGTERM', onSignal)
  process.once('SIGINT', onSignal)
  try {
    const summary = await runStageWorker({
      stage,
      natsUrl: values.nats ?? DEFAULT_NATS,
      store,
      signal: abort.signal,
      log: (line) => process.stderr.write(`newsgraph worker: ${line}\n`),
      ...(values.namespace ? { namespace: values.namespace } : {}),
      ...(idle !== undefined ? { idleExitMs: idle * 1000 } : {}),
      ...(debounce !== undefined ? { debounceMs: debounce } : {}),
      ...(ackWait !== undefined ? { ackWaitSeconds: ackWait } : {}),
    })
    process.stderr.write(
      `newsgraph worker: ${stage}: ${plural(summary.handled, 'message')} done, ${summary.retried} left for redelivery${stage === 'cluster' ? `, ${plural(summary.organized, 're-organization')}` : ''}\n`,
    )
    return 0
  } finally {
    process.off('SIGTERM', onSignal)
    process.off('SIGINT', onSignal)
    await store.close()
  }
}
