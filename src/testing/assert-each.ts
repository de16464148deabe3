import assert from 'node:assert/strict'

/** Asserts that `fn` gives each case's expected result, naming the input that failed: one table instead of a column of asserts. */
export function assertEach<I, O>(fn: (input: I) => O, cases: ReadonlyArray<readonly [I, O]>): void {
  for (const [input, expected] of cases) assert.deepEqual(fn(input), expected, `for ${JSON.stringify(input)}`)
}
