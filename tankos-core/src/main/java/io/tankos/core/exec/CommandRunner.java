package io.tankos.core.exec;

/** Runs external commands. (Placeholder: the real interface is being written.) */
public interface CommandRunner {}
