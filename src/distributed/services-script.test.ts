/**
 * `npm run services` as an operator without root runs it: start PostgreSQL and NATS JetStream
 * as a normal user from the Debian binaries, read their URLs, run the distributed test suite
 * against them, and stop them. Run as root (CI), the script is run as the `postgres` user (or a
 * user made for the test), since it is meant for, and PostgreSQL only runs as, a normal user.
 */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { execFileSync, spawn, spawnSync } from 'node:child_process'
import { chmodSync, chownSync, copyFileSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import pg from 'pg'
import { connect } from 'nats'
import { skipUnlessCi } from '../testing/ci-requirement.js'

const SCRIPT = resolve(import.meta.dirname, '../../scripts/services.sh')
const ROOT = process.getuid?.() === 0
const NAME = 'should start PostgreSQL and NATS as a non-root user, run the distributed suite against them, and stop them'

function missing(): string | false {
  const pgBin = existsSync('/usr/lib/postgresql') && readdirSync('/usr/lib/postgresql').some((v) => existsSync(`/usr/lib/postgresql/${v}/bin/pg_ctl`))
  if (!pgBin) return 'PostgreSQL is not installed (apt-get install postgresql)'
  if (spawnSync('sh', ['-c', 'command -v nats-server']).status !== 0) return 'nats-server is not installed (apt-get install nats-server)'
  if (ROOT && spawnSync('sh', ['-c', 'command -v runuser']).status !== 0) return 'runuser is missing, so root cannot act as a normal user'
  return false
}
const skip = skipUnlessCi(NAME, missing())

/** The user to run the script as: ourselves, or (as root) `postgres`, else one made here. */
function operator(): { name: string; uid: number; gid: number } | null {
  if (!ROOT) return null
  const id = (name: string): { name: string; uid: number; gid: number } | null => {
    const r = spawnSync('id', ['-u', name], { encoding: 'utf8' })
    if (r.status !== 0) return null
    return { name, uid: Number(r.stdout.trim()), gid: Number(spawnSync('id', ['-g', name], { encoding: 'utf8' }).stdout.trim()) }
  }
  const existing = id('postgres') ?? id('newsgraph-ops')
  if (existing) return existing
  execFileSync('useradd', ['--system', '--no-create-home', 'newsgraph-ops'])
  return id('newsgraph-ops')
}

async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer()
    server.on('error', fail)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() => done(typeof address === 'object' && address ? address.port : 0))
    })
  })
}

test(NAME, { skip, timeout: 900_000 }, async (t) => {
  const user = operator()
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-services-'))
  // The operator runs its own copy: a checkout under root's private folders (CI clones into a
  // mode-700 directory) cannot be entered by another user, and the script needs nothing beside it.
  const script = join(dir, 'services.sh')
  copyFileSync(SCRIPT, script)
  chmodSync(script, 0o755)
  if (user) {
    chownSync(dir, user.uid, user.gid)
    chownSync(script, user.uid, user.gid)
  }
  const env = { ...process.env, NEWSGRAPH_SERVICES_DIR: join(dir, 'svc'), NEWSGRAPH_PG_PORT: String(await freePort()), NEWSGRAPH_NATS_PORT: String(await freePort()) }
  const run = (...args: string[]): { code: number; out: string } => {
    const [cmd, argv] = user
      ? ['runuser', ['-u', user.name, '--', 'env', ...['NEWSGRAPH_SERVICES_DIR', 'NEWSGRAPH_PG_PORT', 'NEWSGRAPH_NATS_PORT'].map((k) => `${k}=${env[k as keyof typeof env]}`), 'bash', script, ...args]]
      : ['bash', [script, ...args]]
    const r = spawnSync(cmd, argv as string[], { env, encoding: 'utf8', cwd: tmpdir(), timeout: 120_000 })
    return { code: r.status ?? -1, out: `${r.stdout}${r.stderr}` }
  }
  try {
    const started = run('start')
    t.diagnostic(`started as ${user?.name ?? 'the current user'}:\n${started.out}`)
    assert.equal(started.code, 0, started.out)
    const pgUrl = /PostgreSQL\s+(postgres:\/\/\S+)/.exec(started.out)?.[1]
    const natsUrl = /NATS\s+(nats:\/\/\S+)/.exec(started.out)?.[1]
    assert.ok(pgUrl && natsUrl, 'start prints both URLs')
    assert.equal(run('start').code, 0, 'starting again is harmless')
    assert.match(run('env').out, new RegExp(`NEWSGRAPH_PG_URL=${pgUrl.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`), 'env prints the URLs to export')
    assert.equal(run('status').code, 0, 'status says both run')

    const client = new pg.Client({ connectionString: pgUrl })
    await client.connect()
    const who = (await client.query<{ u: string }>('SELECT current_user AS u')).rows[0]!.u
    await client.end()
    assert.equal(who, user?.name ?? spawnSync('id', ['-un'], { encoding: 'utf8' }).stdout.trim(), 'PostgreSQL runs for the operator')
    const nc = await connect({ servers: natsUrl })
    const info = await (await nc.jetstreamManager()).getAccountInfo()
    await nc.close()
    assert.ok(info.limits !== undefined, 'NATS has JetStream')

    // The distributed suite, in a process of its own, against these servers.
    // NODE_TEST_CONTEXT would make the child think it runs inside this test and run nothing.
    const { NODE_TEST_CONTEXT: _context, ...parentEnv } = process.env
    const suite = spawn(process.execPath, ['--import', 'tsx', '--test', '--test-reporter=tap', 'src/distributed/distributed.test.ts'], {
      cwd: resolve(import.meta.dirname, '../..'),
      env: { ...parentEnv, NEWSGRAPH_PG_URL: pgUrl, NEWSGRAPH_NATS_URL: natsUrl, NEWSGRAPH_DISTRIBUTED_DOCS: process.env['NEWSGRAPH_DISTRIBUTED_DOCS'] ?? '150' },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    suite.stdout.on('data', (b: Buffer) => (output += b.toString()))
    suite.stderr.on('data', (b: Buffer) => (output += b.toString()))
    const code = await new Promise<number>((done) => suite.on('close', (c) => done(c ?? -1)))
    t.diagnostic(`distributed suite against the script's servers: exit ${code}\n${output.slice(-1500)}`)
    assert.equal(code, 0, `the distributed suite passes against the script's servers:\n${output.slice(-3000)}`)
    assert.match(output, /^# pass [1-9]/m, 'the distributed tests ran')
    assert.match(output, /^# fail 0$/m)
    assert.match(output, /^# skipped 0$/m, 'no distributed test skipped')
  } finally {
    const stopped = run('stop', '--wipe')
    t.diagnostic(stopped.out)
    const after = run('status')
    rmSync(dir, { recursive: true, force: true })
    assert.equal(stopped.code, 0, stopped.out)
    assert.equal(after.code, 3, `status says both stopped: ${after.out}`)
    assert.match(after.out, /PostgreSQL stopped[\s\S]*NATS stopped/)
  }
})
