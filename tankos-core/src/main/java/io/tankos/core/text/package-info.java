/**
 * Reading source text safely, shared by every tankos parser: {@link io.tankos.core.text.Utf8}
 * decodes strictly (invalid UTF-8 is an error with its line and byte offset, never replaced), and
 * {@link io.tankos.core.text.BoundedInput} reads files and streams up to a limit.
 */
package io.tankos.core.text;
