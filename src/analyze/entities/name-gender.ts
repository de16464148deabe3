/**
 * Given names that tell a person's gender, read once from `models/entities/first-name-gender.json`
 * (built by `scripts/build-name-genders.ts` from the shared people lists: kept only when at least
 * 5 people carry the name and 95% of them are one gender).
 */
import { readFileSync } from 'node:fs'

/** A person's grammatical gender as English pronouns mark it. */
export type Gender = 'm' | 'f'

/** The lookup key of a given name: lower case without accents ("José" and "Jose" agree). */
export function nameKey(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()
}

/** Reads a given-name list: `{ m: [...], f: [...] }` of keys made by `nameKey`. */
export function loadNameGenders(path: string | URL = new URL('../../../models/entities/first-name-gender.json', import.meta.url)): ReadonlyMap<string, Gender> {
  const data = JSON.parse(readFileSync(path, 'utf8')) as { m: string[]; f: string[] }
  const out = new Map<string, Gender>()
  for (const key of data.m) out.set(key, 'm')
  for (const key of data.f) out.set(key, 'f')
  return out
}

/** The shipped given-name list, read once when the entity step is first imported. */
export const NAME_GENDERS: ReadonlyMap<string, Gender> = loadNameGenders()
