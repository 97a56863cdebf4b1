package io.tankos.bootc.containerfile;

/** One line-level element of a Containerfile: an instruction, a comment or a blank line. */
public sealed interface Element permits Instruction, Comment, BlankLine {}
