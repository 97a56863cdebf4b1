/** Jackson-based readers and writers behind the {@code io.tankos.bootc.cli} types; not exported. */
package io.tankos.bootc.cli.internal;
