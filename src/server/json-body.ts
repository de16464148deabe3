/** Reads a JSON request body and checks it against a zod schema; every failure is a 400 naming the field. */
import type { Context } from 'hono'
import type { z } from 'zod'
import { HttpProblem } from './problem.js'

/** The parsed, validated body. */
export async function readJsonBody<S extends z.ZodType>(c: Context, schema: S): Promise<z.infer<S>> {
  let raw: unknown
  try {
    raw = await c.req.json()
  } catch {
    throw new HttpProblem(400, 'the body is not valid JSON')
  }
  const parsed = schema.safeParse(raw)
  if (!parsed.success) throw new HttpProblem(400, `body: ${parsed.error.issues[0]?.path.join('.') || 'value'}: ${parsed.error.issues[0]?.message ?? 'invalid'}`)
  return parsed.data
}
