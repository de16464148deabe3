/**
 * Connects to the NATS server of a distributed run. A server that cannot be reached is an
 * UnavailableError naming the URL and what to do, not the client library's bare error code.
 */
import { connect, type ConnectionOptions, type NatsConnection } from 'nats'
import { UnavailableError } from '../model/unavailable.js'

/** Opens a NATS connection to `url`; an unreachable server fails with an UnavailableError. */
export async function connectQueue(url: string, options: Omit<ConnectionOptions, 'servers'> = {}): Promise<NatsConnection> {
  try {
    return await connect({ ...options, servers: url })
  } catch (error) {
    const detail = (error as { code?: string }).code ?? (error as Error).message
    throw new UnavailableError('queue', 'unreachable', `cannot reach NATS at ${url} (${detail})`, 'start nats-server with JetStream (nats-server -js) or pass --nats with its URL', { cause: error })
  }
}
