/**
 * The body a page declares in its JSON-LD, used only as a rescue when the markup gives too little
 * text (pages that render the story with scripts still often ship it as data): an `articleBody`,
 * or a recipe's ingredients and steps.
 */
import { isTag, isText, type AnyNode, type Document } from 'domhandler'

/** Largest JSON-LD script parsed; bigger ones are data dumps, not article metadata. */
const MAX_SCRIPT = 2_000_000
/** How deep the search for `articleBody` goes into nested objects. */
const MAX_DEPTH = 8

/** A recipe as text: its ingredients, one a line, then its steps, one a paragraph. */
function recipeText(recipe: Record<string, unknown>): string | null {
  const ingredients = (Array.isArray(recipe['recipeIngredient']) ? recipe['recipeIngredient'] : []).filter((x): x is string => typeof x === 'string')
  const steps: string[] = []
  const readSteps = (v: unknown, depth: number): void => {
    if (depth > 4) return
    if (typeof v === 'string') steps.push(v)
    else if (Array.isArray(v)) for (const x of v) readSteps(x, depth + 1)
    else if (v && typeof v === 'object') {
      const o = v as Record<string, unknown>
      if (typeof o['text'] === 'string') steps.push(o['text'])
      else if (o['itemListElement']) readSteps(o['itemListElement'], depth + 1)
    }
  }
  readSteps(recipe['recipeInstructions'], 0)
  if (steps.length === 0) return null
  return [...(ingredients.length ? [ingredients.join('\n')] : []), ...steps].join('\n\n')
}

/** The body a page declares as data: the longest `articleBody`, and a recipe's ingredients and steps. */
export interface DeclaredBody {
  readonly articleBody: string | null
  readonly recipe: string | null
}

/** Reads the article body and the recipe a page's JSON-LD declares (from `parsed` blocks when the caller has them). */
export function declaredBody(dom: Document, parsed?: readonly unknown[]): DeclaredBody {
  let best: string | null = null
  let recipe: string | null = null
  const visitJson = (value: unknown, depth: number): void => {
    if (depth > MAX_DEPTH || value === null || typeof value !== 'object') return
    if (Array.isArray(value)) {
      for (const v of value) visitJson(v, depth + 1)
      return
    }
    for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
      if (key === 'articleBody' && typeof v === 'string') {
        if (!best || v.length > best.length) best = v
      } else if (key === 'recipeInstructions') {
        const r = recipeText(value as Record<string, unknown>)
        if (r && (!recipe || r.length > recipe.length)) recipe = r
      } else if (typeof v === 'object') visitJson(v, depth + 1)
    }
  }
  const walk = (node: AnyNode): void => {
    if (!isTag(node)) return
    if (node.name === 'script') {
      if (/ld\+json/i.test(node.attribs['type'] ?? '')) {
        const first = node.children[0]
        const data = first && isText(first) ? first.data : ''
        if (data.length > 0 && data.length <= MAX_SCRIPT) {
          try {
            visitJson(JSON.parse(data), 0)
          } catch {
            // Broken JSON-LD is common and only costs us the rescue.
          }
        }
      }
      return
    }
    for (const child of node.children) walk(child)
  }
  if (parsed) visitJson(parsed, 0)
  else for (const child of dom.children) walk(child)
  // Assigned inside the walk's closures, which control-flow narrowing does not see.
  const body = best as string | null
  const steps = recipe as string | null
  return { articleBody: body === null ? null : paragraphs(body), recipe: steps === null ? null : paragraphs(steps) }
}

/** Text split into paragraphs at blank lines, lines kept, whitespace normalised; null when empty. */
function paragraphs(raw: string): string | null {
  const text = raw
    .split(/\n\s*\n|\r\n\s*\r\n/)
    .map((p) =>
      p
        .split('\n')
        .map((line) => line.replace(/\s+/g, ' ').trim())
        .filter(Boolean)
        .join('\n'),
    )
    .filter((p) => p.length > 0)
    .join('\n\n')
  return text || null
}
