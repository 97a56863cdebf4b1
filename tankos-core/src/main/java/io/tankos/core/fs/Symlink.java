package io.tankos.core.fs;

/**
 * A symbolic link.
 *
 * @param path relative path of the link
 * @param target what the link points to, written as is (relative targets resolve from the link's
 *     directory)
 */
public record Symlink(String path, String target) implements FileEntry {}
