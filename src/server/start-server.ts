/**
 * Starts an app on a port with @hono/node-server and hands back its address and a close that
 * waits for in-flight requests. The CLI, the browser test and the benchmark all start it here.
 */
import { serve } from '@hono/node-server'
import type { AddressInfo } from 'node:net'
import type { Hono } from 'hono'

/** A running server. */
export interface RunningServer {
  readonly url: string
  readonly port: number
  close(): Promise<void>
}

/** Listens on host:port (port 0 picks a free one) and resolves once listening. */
export function startServer(app: Hono, options: { port?: number; host?: string } = {}): Promise<RunningServer> {
  const host = options.host ?? '127.0.0.1'
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, port: options.port ?? 0, hostname: host }, (info: AddressInfo) => {
      const shown = info.address.includes(':') ? `[${info.address}]` : info.address
      resolve({
        url: `http://${shown}:${info.port}`,
        port: info.port,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done())
            // Keep-alive sockets would hold close() open until they time out.
            ;(server as { closeIdleConnections?: () => void }).closeIdleConnections?.()
          }),
      })
    })
    server.once('error', reject)
  })
}
