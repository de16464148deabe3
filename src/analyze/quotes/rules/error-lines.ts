/**
 * Server error messages a page printed into its text ("Warning: include(banner.php): failed to
 * open stream ... on line 12", "Deprecated: Function create_function() is deprecated in ..."):
 * their level reads as a speaker label and their words as a claim, but nobody said them.
 */
import type { CharSpan } from './types.js'

// The level a PHP (or similar) runtime opens its message with, then a colon.
const ERROR_LEVEL = /^[^\S\n]*(?:PHP[^\S\n]+)?(?:Warning|Notice|Deprecated|Strict Standards|(?:Catchable |Recoverable )?Fatal error|Parse error|Uncaught (?:Error|Exception))[^\S\n]*:/i
// Where the runtime says the fault lies: a script path, a line number, a stack frame.
const ERROR_PLACE = /\.(?:php\d?|inc|phtml)\b|\bon line \d+|^[^\S\n]*(?:#\d+ |Stack trace:|thrown in )/i

/** The line of `text` around character `at`. */
function lineAt(text: string, at: number): string {
  const start = text.lastIndexOf('\n', at - 1) + 1
  const end = text.indexOf('\n', at)
  return text.slice(start, end < 0 ? text.length : end)
}

/** Whether the line holding `span` is a server error message: an error level with a script path or line number, or a stack frame. */
export function onErrorLine(text: string, span: CharSpan): boolean {
  const line = lineAt(text, span.start)
  return (ERROR_LEVEL.test(line) && ERROR_PLACE.test(line)) || /^[^\S\n]*(?:#\d+ \S|Stack trace:|thrown in )/.test(line)
}
