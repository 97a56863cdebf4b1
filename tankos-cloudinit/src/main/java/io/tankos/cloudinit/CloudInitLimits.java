package io.tankos.cloudinit;

/**
 * The limits every cloud-init reading path enforces ({@link UserData#parse(String, byte[])},
 * {@link CloudConfig#parse(String, String)}, {@link MetaData}, {@link NetworkConfig}, {@link
 * NoCloudSeed}, {@link WriteFile#content()}). Input over one fails with a {@link
 * io.tankos.core.validation.LimitExceededException} naming the source, the line when there is one,
 * and the limit; work stops as soon as the limit is passed, so a bomb is never expanded in memory.
 *
 * <p>cloud-init itself sets none of these: it inflates gzip without a bound, and its MIME walk dies
 * with Python's {@code RecursionError} at about 980 nested multiparts (observed with 22.4.2 and
 * 25.1.4). The values are far above what a platform delivers (cloud-init.md: EC2 16 KiB, Azure and
 * OpenStack 64 KiB, VMware 512 KiB of raw user-data) and small enough that a parse fits in a 64 MiB
 * heap.
 *
 * <table>
 *   <caption>cloud-init limits</caption>
 *   <tr><th>limit</th><th>value</th><th>why</th></tr>
 *   <tr><td>{@link #MAX_BYTES}</td><td>8 MiB</td><td>raw user-data, and everything decoded from
 *       it (gzip inflated, base64 and quoted-printable parts) together: 16 times VMware's 512 KiB,
 *       stops gzip bombs after 8 MiB of output</td></tr>
 *   <tr><td>{@link #MAX_MIME_DEPTH}</td><td>32</td><td>nested multiparts; real user-data nests one
 *       or two, cloud-init fails near 980</td></tr>
 *   <tr><td>{@link #MAX_MIME_PARTS}</td><td>1024</td><td>parts in all (every one becomes a model
 *       object and, for cloud-config, a YAML parse)</td></tr>
 *   <tr><td>{@link #MAX_YAML_LINE_LENGTH}</td><td>1 Mi characters</td><td>SnakeYAML re-copies
 *       its look-ahead window while it scans one token, so its time grows with the square of the
 *       longest run without a space or line break (a 10 MB one-line value took 22 s); a 1 Mi line
 *       is read in well under a second. Rendering keeps within it: base64 {@code write_files}
       content and {@code !!binary} values are written in lines of 76 characters, and a value
       that would still need a longer line is refused when it is built (or parsed), at its
       location</td></tr>
 *   <tr><td>{@link #MAX_YAML_DEPTH}</td><td>64</td><td>nested collections; SnakeYAML composes
 *       recursively and the checks walk the tree; cloud-config rarely nests beyond 8</td></tr>
 *   <tr><td>{@link #MAX_YAML_NODES}</td><td>100,000</td><td>scalars and collections, counting
 *       every alias as the whole node it repeats (the "billion laughs" expansion): each becomes
 *       an object, and tankos copies aliased nodes</td></tr>
 *   <tr><td>{@link #MAX_YAML_COLLECTION_ALIASES}</td><td>100</td><td>aliases of sequences and
 *       mappings (SnakeYAML's {@code maxAliasesForCollections}); merges ({@code <<}) follow them
 *       recursively</td></tr>
 * </table>
 */
public final class CloudInitLimits {
  /** Most bytes of user-data read, raw and decoded (all parts together): 8 MiB. */
  public static final int MAX_BYTES = 8 * 1024 * 1024;

  /** Deepest nesting of {@code multipart/*} messages: 32. */
  public static final int MAX_MIME_DEPTH = 32;

  /** Most MIME parts in one user-data: 1024. */
  public static final int MAX_MIME_PARTS = 1024;

  /** Longest line of a YAML document, in characters (code points): 1 Mi. */
  public static final int MAX_YAML_LINE_LENGTH = 1024 * 1024;

  /** Deepest nesting of YAML collections: 64. */
  public static final int MAX_YAML_DEPTH = 64;

  /** Most YAML nodes in one document, aliases counted as the nodes they repeat: 100,000. */
  public static final int MAX_YAML_NODES = 100_000;

  /** Most aliases of sequences and mappings in one YAML document: 100. */
  public static final int MAX_YAML_COLLECTION_ALIASES = 100;

  private CloudInitLimits() {}
}
