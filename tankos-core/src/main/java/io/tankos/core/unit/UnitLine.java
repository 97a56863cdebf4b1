package io.tankos.core.unit;

/** A line inside a section of a unit file: a {@link Entry key/value entry} or a {@link UnitComment}. */
public sealed interface UnitLine permits Entry, UnitComment {}
