/** Test support: real tools and conformance corpora, required in CI and skipped elsewhere. */
package io.tankos.testkit;
