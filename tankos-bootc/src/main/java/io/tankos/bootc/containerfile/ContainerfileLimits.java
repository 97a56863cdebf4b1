package io.tankos.bootc.containerfile;

/**
 * The limits {@link Containerfile#parse(String, String)}, {@link Containerfile#parse(String,
 * byte[])} and their lenient forms enforce; input over one fails with a {@link
 * io.tankos.core.validation.LimitExceededException} naming the file, the line and the limit.
 *
 * <table>
 *   <caption>Containerfile limits</caption>
 *   <tr><th>limit</th><th>value</th><th>why</th></tr>
 *   <tr><td>{@link #MAX_FILE_BYTES}</td><td>4 MiB</td><td>hundreds of times a large real
 *       Containerfile (heredoc scripts included); keeps a parse within a few tens of MiB</td></tr>
 *   <tr><td>{@link #MAX_LINE_BYTES}</td><td>65,535</td><td>BuildKit's own limit: its line scanner
 *       fails with "dockerfile line greater than max allowed size of 65535"</td></tr>
 *   <tr><td>{@link #MAX_LINES}</td><td>100,000</td><td>every line (also comments and blank lines,
 *       kept for {@code fmt}) becomes an object in the model</td></tr>
 *   <tr><td>{@link #MAX_EXPANSION_DEPTH}</td><td>32</td><td>{@code ${a:-${b:-...}}} nesting; the
 *       lexer is recursive (BuildKit's too, on Go's growable stacks); real files nest one or
 *       two</td></tr>
 *   <tr><td>{@link #MAX_HEREDOCS}</td><td>64</td><td>heredocs on one instruction; each reads its
 *       own body; real files use one to three</td></tr>
 * </table>
 *
 * <p>{@code ONBUILD ONBUILD ...} chains are read one level deep (BuildKit refuses a chained
 * ONBUILD), so they need no limit of their own. Exec-form JSON is read by Jackson, whose default
 * nesting limit (1000) ends in the shell-form fallback, as Go's decoder does past its own.
 */
public final class ContainerfileLimits {
  /** Largest Containerfile read, in bytes (UTF-8): 4 MiB. */
  public static final int MAX_FILE_BYTES = 4 * 1024 * 1024;

  /** Longest physical line in bytes (UTF-8, without the newline): 65,535, as BuildKit. */
  public static final int MAX_LINE_BYTES = 65_535;

  /** Most lines in one file: 100,000. */
  public static final int MAX_LINES = 100_000;

  /** Deepest nesting of {@code ${...}} variable expansions in one word: 32. */
  public static final int MAX_EXPANSION_DEPTH = 32;

  /** Most heredocs on one instruction: 64. */
  public static final int MAX_HEREDOCS = 64;

  private ContainerfileLimits() {}
}
