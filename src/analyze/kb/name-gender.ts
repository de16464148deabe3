/**
 * Given names that tell a person's gender: the list `models/entities/first-name-gender.json`
 * (built by `scripts/build-name-genders.ts` from the shared people lists; criteria in the model
 * card), read by `loadModels` and passed to the pronoun step through the models.
 */
import { existsSync, readFileSync } from 'node:fs'

/** A person's grammatical gender as English pronouns mark it. */
export type Gender = 'm' | 'f'

/** The lookup key of a given name: lower case without accents ("José" and "Jose" agree). */
export function nameKey(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()
}

/** Reads a given-name list: `{ m: [...], f: [...] }` of keys made by `nameKey`; undefined when the file is absent. */
export function loadNameGenders(path: string): ReadonlyMap<string, Gender> | undefined {
  if (!existsSync(path)) return undefined
  const data = JSON.parse(readFileSync(path, 'utf8')) as { m: string[]; f: string[] }
  const out = new Map<string, Gender>()
  for (const key of data.m) out.set(key, 'm')
  for (const key of data.f) out.set(key, 'f')
  return out
}
