package io.tankos.core.unit;

/**
 * Where one character next occurs in a text read line by line, in order: found by the string's own
 * search and kept until the reading passes it, so the whole text is searched once in all, not once
 * a line. Before anything is compiled (a command checking a few files), that search costs a small
 * part of a loop calling {@code charAt} for each character.
 */
final class NextChar {
  private static final int NOT_SEARCHED = -2;

  private final String text;
  private final char c;
  /** The first occurrence at or after {@code searchedFrom}, -1 for none, or not yet searched. */
  private int at = NOT_SEARCHED;
  private int searchedFrom;

  NextChar(String text, char c) {
    this.text = text;
    this.c = c;
  }

  /**
   * The first occurrence in {@code [from, to)}, or -1. Lines asked in order cost one search of the
   * text in all; asking before the last search's start searches again.
   *
   * @param from the start of the line
   * @param to its end
   * @return the index, or -1
   */
  int in(int from, int to) {
    if (from < searchedFrom || (at != -1 && at < from)) {
      at = text.indexOf(c, from);
      searchedFrom = from;
    }
    return at >= from && at < to ? at : -1;
  }
}
