package io.tankos.core.unit;

/**
 * The limits {@link UnitFile#parse(String, byte[])} and {@link UnitFile#parse(String, String)}
 * enforce; input over one fails with a {@link io.tankos.core.validation.LimitExceededException}
 * naming the file, the line and the limit, before more than the limit is held in memory.
 *
 * <table>
 *   <caption>Unit-file limits</caption>
 *   <tr><th>limit</th><th>value</th><th>why</th></tr>
 *   <tr><td>{@link #MAX_FILE_BYTES}</td><td>4 MiB</td><td>a thousand times a large real unit;
 *       keeps a parse within a few tens of MiB of heap</td></tr>
 *   <tr><td>{@link #MAX_LINE_BYTES}</td><td>1 MiB</td><td>systemd's own {@code LONG_LINE_MAX}: it
 *       refuses longer lines, and longer lines joined by continuation, in unit files</td></tr>
 *   <tr><td>{@link #MAX_LINES}</td><td>100,000</td><td>each line is an object in the model (also
 *       blank lines and comments, kept for {@code fmt}); bounds their number</td></tr>
 * </table>
 */
public final class UnitFileLimits {
  /** Largest unit file read, in bytes (UTF-8): 4 MiB. */
  public static final int MAX_FILE_BYTES = 4 * 1024 * 1024;

  /**
   * Longest line, in bytes (UTF-8, without the newline), also after continuation lines are joined:
   * 1 MiB, systemd's {@code LONG_LINE_MAX}.
   */
  public static final int MAX_LINE_BYTES = 1024 * 1024;

  /** Most lines in one file: 100,000. */
  public static final int MAX_LINES = 100_000;

  private UnitFileLimits() {}
}
