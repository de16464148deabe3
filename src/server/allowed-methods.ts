/**
 * Which methods the app's routes answer on a path, for a 405's `Allow` header. Read from the
 * app's own route table, so it stays true as routes are added: one place for every route.
 */
import type { Hono } from 'hono'

/** Methods routed for `path` (GET implies HEAD), or an empty list when the path has no route at all. */
export function allowedMethods(app: Hono, path: string): string[] {
  const methods = new Set<string>()
  for (const route of app.routes) {
    if (route.method === 'ALL' || route.path.includes('*')) continue // middleware, not endpoints
    if (patternOf(route.path).test(path)) methods.add(route.method)
  }
  if (methods.has('GET')) methods.add('HEAD')
  return [...methods].sort()
}

const patterns = new Map<string, RegExp>()

// `/api/articles/:id` -> /^\/api\/articles\/[^/]+\/?$/ (Hono's :param matches one segment).
function patternOf(routePath: string): RegExp {
  let re = patterns.get(routePath)
  if (!re) {
    const body = routePath
      .split('/')
      .map((part) => (part.startsWith(':') ? '[^/]+' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
      .join('/')
    re = new RegExp(`^${body.replace(/\/$/, '')}/?$`)
    patterns.set(routePath, re)
  }
  return re
}
