package io.tankos.bootc.containerfile;

/** An empty line kept for layout. */
public record BlankLine() implements Element {}
