/**
 * `newsgraph serve`: the HTTP API and web UI over a store. Read-only without a token; with
 * `--token` (or NEWSGRAPH_TOKEN) clients holding it may start ingest jobs.
 */
import { parseArgs } from 'node:util'
import { openStore, DEFAULT_DB } from '../../store/open-store.js'
import { upgradeProgressOnStderr } from '../progress.js'
import { createPipeline } from '../../pipeline.js'
import { PoliteFetcher } from '../../ingest/polite-fetcher.js'
import { createNewsgraphApp } from '../../server/create-app.js'
import { startServer } from '../../server/start-server.js'
import { UsageError } from '../usage-error.js'
import { stringFlags } from '../flag-values.js'
import { startAlertWorker } from '../../alerts/alert-worker.js'

const HELP = `Usage: newsgraph serve [--db FILE] [--port N] [--host 127.0.0.1] [--token T]
  --db FILE          store to serve (default ${DEFAULT_DB}); it must exist unless --create
  --create           create an empty store when --db names none yet (to fill it through POST /api/ingest)
  --port N           port to listen on (default 8080; 0 picks a free one)
  --host ADDR        address to bind (default 127.0.0.1, loopback only)
  --token T          bearer token enabling POST /api/ingest (default: $NEWSGRAPH_TOKEN; none = read-only)
  --allow-local      let ingest jobs read the server's own files and folders (URLs only otherwise)
  --allow-private    let ingest jobs fetch private and loopback addresses (refused by default)
  --rate N           requests a minute per client (default 600; 0 = no limit)
  --alert-interval MS  how often saved searches are matched and webhooks sent (default 2000)
  --allow-private-webhooks  let saved-search webhooks reach private and loopback addresses
`

/** Runs the server until SIGINT/SIGTERM. */
export async function runServeCommand(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      ...stringFlags('db', 'port', 'host', 'token', 'rate', 'alert-interval'),
      create: { type: 'boolean' },
      'allow-local': { type: 'boolean' },
      'allow-private': { type: 'boolean' },
      'allow-private-webhooks': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  })
  if (values.help) {
    process.stdout.write(HELP)
    return 0
  }
  const port = Number(values.port ?? 8080)
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError('--port must be an integer from 0 to 65535')
  const rate = values.rate !== undefined ? Number(values.rate) : undefined
  if (rate !== undefined && !(Number.isInteger(rate) && rate >= 0)) throw new UsageError('--rate must be a non-negative integer')
  const token = values.token ?? process.env['NEWSGRAPH_TOKEN'] ?? null
  if (token !== null && token.length < 16) throw new UsageError('--token must be at least 16 characters')
  const alertInterval = Number(values['alert-interval'] ?? 2000)
  if (!Number.isInteger(alertInterval) || alertInterval < 50) throw new UsageError('--alert-interval must be an integer of at least 50 (milliseconds)')
  // A mistyped --db must not quietly become a new, empty store that every search then misses.
  const store = await openStore(values.db ?? DEFAULT_DB, { mustExist: values.create !== true, onUpgradeProgress: upgradeProgressOnStderr() })
  const { app, jobs } = createNewsgraphApp({
    store,
    // Models load on the first ingest job, so a read-only server starts at once.
    pipeline: () => createPipeline(),
    token,
    limits: { ...(rate !== undefined ? { requestsPerMinute: rate } : {}), allowLocalSources: values['allow-local'] === true, allowPrivateWebhooks: values['allow-private-webhooks'] === true },
    fetcher: () => new PoliteFetcher({ allowPrivate: values['allow-private'] === true }),
  })
  const server = await startServer(app, { port, host: values.host ?? '127.0.0.1' })
  // Saved searches are matched and their webhooks told from here; the state is in the store.
  const alerts = startAlertWorker(store, { intervalMs: alertInterval, allowPrivate: values['allow-private-webhooks'] === true })
  process.stderr.write(`newsgraph serve: ${server.url} (store ${values.db ?? DEFAULT_DB}; writes ${token ? 'need the bearer token' : 'disabled'})\n`)
  await new Promise<void>((resolve) => {
    const stop = (): void => resolve()
    process.once('SIGINT', stop)
    process.once('SIGTERM', stop)
  })
  await alerts.stop()
  // A job stuck on a slow source must not keep the store open past the shutdown: it is stopped
  // (what it stored stays; stories it owes are regrouped by the next ingest) and the store closed.
  process.stderr.write('newsgraph serve: stopping\n')
  await Promise.all([server.close(), jobs.stop()])
  await store.close()
  process.stderr.write('newsgraph serve: stopped; store closed\n')
  return 0
}
