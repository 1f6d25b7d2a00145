/**
 * Diagnostics: the message catalogue ({@link krait.diag.Messages}, keyed by {@link krait.diag.MessageId}),
 * source files and locations, and the one renderer that prints {@code file:line:col: error: ...}
 * with the source line and a caret.
 */
package krait.diag;
