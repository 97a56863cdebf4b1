/** Internals of the fleet package: host-list readers, the duplicate table, the output manifest. */
package io.tankos.bootc.fleet.internal;
