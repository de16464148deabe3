/**
 * A web server on loopback that misbehaves on purpose, for the fault suite: pages that stall
 * after their headers (plain, gzip, deflate, brotli), that never send headers, that drip one
 * byte at a time, a gzip bomb, redirects to anywhere, and ordinary article pages. It counts
 * the requests each path got, so a test can prove a refused address was never contacted.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo, Socket } from 'node:net'
import { brotliCompressSync, constants, createGzip, deflateSync, gzipSync } from 'node:zlib'

/** A running hostile server. */
export interface HostileServer {
  /** `http://host:port` */
  readonly base: string
  readonly port: number
  /** Requests per path (query included). */
  readonly hits: Map<string, number>
  /** Total requests except robots.txt. */
  requests(): number
  close(): Promise<void>
}

/** An article page whose text names `name`, so each page is its own article. */
export function articlePage(name: string): string {
  const body = `Officials in ${name} said on Tuesday that the harbour bridge would reopen next month after repairs. Residents of ${name} welcomed the news, the port authority said in a statement.`
  return `<!doctype html><html><head><meta charset="utf-8"><title>Bridge reopens in ${name}</title></head><body><article><h1>Bridge reopens in ${name}</h1><p>${body}</p><p>${body}</p></article></body></html>`
}

/** Starts the server on `host` (default 127.0.0.1) and a free port. */
export async function startHostileServer(host = '127.0.0.1'): Promise<HostileServer> {
  const hits = new Map<string, number>()
  const sockets = new Set<Socket>()
  const timers = new Set<NodeJS.Timeout>()
  const handle = (req: IncomingMessage, res: ServerResponse): void => {
    const url = new URL(req.url ?? '/', 'http://x')
    hits.set(req.url ?? '/', (hits.get(req.url ?? '/') ?? 0) + 1)
    const path = url.pathname
    if (path === '/robots.txt') {
      res.writeHead(404).end()
      return
    }
    if (path === '/redirect') {
      res.writeHead(302, { location: url.searchParams.get('to') ?? '/' }).end()
      return
    }
    if (path.startsWith('/ok/')) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(articlePage(path.slice(4)))
      return
    }
    const page = Buffer.from(articlePage('Stalltown'))
    const stall = (encoding: string, bytes: Buffer): void => {
      // Headers and the first bytes of a valid body, then silence with the connection held open.
      res.writeHead(200, { 'content-type': 'text/html', ...(encoding ? { 'content-encoding': encoding } : {}) })
      res.write(bytes.subarray(0, Math.min(bytes.length - 1, 30)))
    }
    if (path === '/stall') return stall('', page)
    if (path === '/stall-gzip') return stall('gzip', gzipSync(page))
    if (path === '/stall-deflate') return stall('deflate', deflateSync(page))
    if (path === '/stall-br') return stall('br', brotliCompressSync(page, { params: { [constants.BROTLI_PARAM_QUALITY]: 4 } }))
    if (path === '/stall-headers') return // never answers
    if (path === '/drip') {
      res.writeHead(200, { 'content-type': 'text/html' })
      const timer = setInterval(() => res.write('<'), 200)
      timers.add(timer)
      res.on('close', () => clearInterval(timer))
      return
    }
    if (path === '/bomb') {
      // Zeros compress about 1000:1: a body of a few MB on the wire inflates to gigabytes.
      res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' })
      const gzip = createGzip({ level: 9 })
      gzip.pipe(res)
      const zeros = Buffer.alloc(1 << 20)
      let sent = 0
      const pump = (): void => {
        while (sent < 4096 && !res.destroyed) {
          sent++
          if (!gzip.write(zeros)) return void gzip.once('drain', pump)
        }
        gzip.end()
      }
      res.on('close', () => (sent = Infinity))
      pump()
      return
    }
    res.writeHead(404).end()
  }
  const server = createServer(handle)
  server.on('connection', (s) => {
    sockets.add(s)
    s.on('close', () => sockets.delete(s))
  })
  await new Promise<void>((resolve) => server.listen(0, host, resolve))
  const port = (server.address() as AddressInfo).port
  return {
    base: `http://${host.includes(':') ? `[${host}]` : host}:${port}`,
    port,
    hits,
    requests: () => [...hits].filter(([p]) => p !== '/robots.txt').reduce((n, [, c]) => n + c, 0),
    close: () =>
      new Promise<void>((resolve) => {
        for (const t of timers) clearInterval(t)
        for (const s of sockets) s.destroy()
        server.close(() => resolve())
      }),
  }
}

/** Every written form of a non-public address the guard must refuse, on `port` (loopback forms reach this machine). */
export function privateUrlForms(port: number, path = '/ok/secret'): string[] {
  return [
    `http://127.0.0.1:${port}${path}`,
    `http://[::ffff:127.0.0.1]:${port}${path}`, // IPv4-mapped IPv6, dotted
    `http://[::ffff:7f00:1]:${port}${path}`, // IPv4-mapped IPv6, hex
    `http://[::127.0.0.1]:${port}${path}`, // IPv4-compatible IPv6
    `http://[::7f00:1]:${port}${path}`,
    `http://[64:ff9b::7f00:1]:${port}${path}`, // NAT64
    `http://2130706433:${port}${path}`, // decimal IPv4
    `http://0177.0.0.1:${port}${path}`, // octal IPv4
    `http://0x7f.0x0.0x0.0x1:${port}${path}`, // hex IPv4
    `http://0x7f000001:${port}${path}`,
    `http://127.1:${port}${path}`,
    `http://0.0.0.0:${port}${path}`,
    `http://[::1]:${port}${path}`,
    `http://[::]:${port}${path}`,
    `http://localhost:${port}${path}`,
    `http://169.254.169.254:${port}/latest/meta-data/`, // cloud metadata (link-local)
    `http://[::ffff:169.254.169.254]:${port}/latest/meta-data/`,
    `http://[fe80::1]:${port}${path}`, // link-local IPv6
    `http://[fd00:ec2::254]:${port}${path}`, // unique-local (IPv6 metadata)
    `http://10.0.0.1:${port}${path}`,
    `http://[::ffff:10.0.0.1]:${port}${path}`,
    `http://172.16.0.1:${port}${path}`,
    `http://192.168.1.1:${port}${path}`,
    `http://100.64.0.1:${port}${path}`, // carrier-grade NAT
    `http://224.0.0.1:${port}${path}`, // multicast
    `http://[ff02::1]:${port}${path}`,
  ]
}
