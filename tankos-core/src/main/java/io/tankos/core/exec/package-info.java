/**
 * Running external commands: argv lists, streamed output, timeouts that end the whole process tree.
 */
package io.tankos.core.exec;
