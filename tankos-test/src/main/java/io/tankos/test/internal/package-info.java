/** Internals of tankos-test: judges backed by real tools, golden directories, text diffs. Not API. */
package io.tankos.test.internal;
