package io.tankos.bootc.gitops;

/** Where an {@link ApplicationSet} gets its parameter sets from. */
public sealed interface Generator permits ListGenerator, GitGenerator {}
