package io.tankos.quadlet;

import io.tankos.core.podman.PodmanVersion;
import io.tankos.core.unit.UnitFile;
import io.tankos.core.validation.Location;
import io.tankos.core.validation.ParseException;
import io.tankos.core.validation.TargetPolicy;
import io.tankos.core.validation.ValidationException;
import java.util.Objects;

/**
 * A Quadlet drop-in: {@code DIR/FILE.conf} whose lines Quadlet appends to the units it applies to.
 * {@code DIR} is {@code web.container.d} (one unit), {@code web-.container.d} (every unit whose name
 * starts with {@code web-}), {@code worker@.container.d} (a template and its instances) or
 * {@code container.d} (every unit of the type). Immutable; {@link #toString()} is the content as
 * modelled, {@link #render(PodmanVersion, TargetPolicy)} the content for one Podman version.
 *
 * <pre>{@code
 * DropIn proxy = ContainerUnit.builder("web")
 *     .environment("HTTP_PROXY", "http://proxy:3128")
 *     .buildDropIn("10-proxy.conf");               // web.container.d/10-proxy.conf
 * DropIn all = proxy.withDirectory("container.d");  // every .container
 * }</pre>
 */
public final class DropIn {
  private final String directory;
  private final String fileName;
  private final UnitType type;
  private final UnitFile content;

  private DropIn(String directory, String fileName, UnitType type, UnitFile content) {
    this.directory = directory;
    this.fileName = fileName;
    this.type = type;
    this.content = content;
  }

  /**
   * A drop-in from a directory, file name and content.
   *
   * @param directory e.g. {@code web.container.d} or {@code container.d}
   * @param fileName e.g. {@code 10-proxy.conf}
   * @param type the unit type the directory belongs to
   * @param content the lines
   * @return the drop-in
   * @throws ValidationException when the names do not fit Quadlet's drop-in rules
   */
  public static DropIn of(String directory, String fileName, UnitType type, UnitFile content) {
    Objects.requireNonNull(content, "content");
    String problem = directoryProblem(directory, type);
    if (problem == null) {
      problem = fileNameProblem(fileName);
    }
    if (problem != null) {
      throw new ValidationException(Location.of(directory + "/" + fileName), problem);
    }
    return new DropIn(directory, fileName, type, content);
  }

  /**
   * Parses a drop-in given its relative path {@code DIR/FILE.conf}; keys of the Quadlet section are
   * checked against the catalog.
   *
   * @param path e.g. {@code web.container.d/10-proxy.conf}
   * @param text the content
   * @return the drop-in
   * @throws ParseException {@code PATH:LINE: reason}
   */
  public static DropIn parse(String path, String text) {
    return parse(path, text, true);
  }

  /**
   * Parses a drop-in keeping unknown keys.
   *
   * @param path e.g. {@code web.container.d/10-proxy.conf}
   * @param text the content
   * @return the drop-in
   * @throws ParseException when the text is not a unit file or the path is not a drop-in path
   */
  public static DropIn parseLenient(String path, String text) {
    return parse(path, text, false);
  }

  /**
   * Parses the bytes of a drop-in, which must be UTF-8 (see {@link UnitFile#decode(String,
   * byte[])}).
   *
   * @param path e.g. {@code web.container.d/10-proxy.conf}
   * @param bytes the content
   * @return the drop-in
   * @throws ParseException {@code PATH:LINE: reason}, also for malformed UTF-8
   */
  public static DropIn parse(String path, byte[] bytes) {
    return parse(path, UnitFile.decode(path, bytes), true);
  }

  /**
   * Parses the bytes of a drop-in keeping unknown keys.
   *
   * @param path e.g. {@code web.container.d/10-proxy.conf}
   * @param bytes the content
   * @return the drop-in
   * @throws ParseException when the content is not a UTF-8 unit file or the path is not a drop-in
   *     path
   */
  public static DropIn parseLenient(String path, byte[] bytes) {
    return parse(path, UnitFile.decode(path, bytes), false);
  }

  private static DropIn parse(String path, String text, boolean strict) {
    int slash = path.lastIndexOf('/');
    if (slash <= 0) {
      throw new ParseException(path, 0, "a drop-in path is DIR/FILE.conf");
    }
    String dir = path.substring(0, slash);
    dir = dir.substring(dir.lastIndexOf('/') + 1);
    String file = path.substring(slash + 1);
    UnitType type = typeOfDirectory(dir);
    if (type == null) {
      throw new ParseException(path, 0, "not a Quadlet drop-in directory: " + dir);
    }
    UnitFile content = UnitParser.parseFile(path, text, type, strict);
    try {
      return of(dir, file, type, content);
    } catch (ValidationException e) {
      throw new ParseException(path, 0, e.problems().get(0).message());
    }
  }

  private static UnitType typeOfDirectory(String dir) {
    if (!dir.endsWith(".d")) {
      return null;
    }
    String stem = dir.substring(0, dir.length() - 2);
    int dot = stem.lastIndexOf('.');
    return UnitType.ofExtension(stem.substring(dot + 1)).orElse(null);
  }

  static String directoryProblem(String directory, UnitType type) {
    Objects.requireNonNull(directory, "directory");
    String top = type.extension() + ".d";
    if (directory.equals(top)) {
      return null;
    }
    String suffix = "." + type.extension() + ".d";
    if (!directory.endsWith(suffix)) {
      return "drop-in directory must be " + top + " or NAME" + suffix;
    }
    String name = directory.substring(0, directory.length() - suffix.length());
    String p = UnitNames.nameProblem(name);
    return p == null ? null : "drop-in directory: " + p;
  }

  static String fileNameProblem(String fileName) {
    Objects.requireNonNull(fileName, "fileName");
    if (!fileName.endsWith(".conf") || fileName.length() == ".conf".length()) {
      return "drop-in file name must end in .conf (Quadlet ignores other files)";
    }
    if (fileName.indexOf('/') >= 0 || fileName.indexOf('\0') >= 0 || fileName.startsWith(".")) {
      return "drop-in file name cannot contain '/' or NUL or start with '.'";
    }
    return null;
  }

  /**
   * The same content in another drop-in directory of the same type.
   *
   * @param newDirectory e.g. {@code container.d}
   * @return the moved drop-in
   */
  public DropIn withDirectory(String newDirectory) {
    return of(newDirectory, fileName, type, content);
  }

  /**
   * The directory, e.g. {@code web.container.d}.
   *
   * @return the directory name
   */
  public String directory() {
    return directory;
  }

  /**
   * The file name, e.g. {@code 10-proxy.conf}.
   *
   * @return the file name
   */
  public String fileName() {
    return fileName;
  }

  /**
   * {@code directory/fileName}.
   *
   * @return the relative path
   */
  public String path() {
    return directory + "/" + fileName;
  }

  /**
   * The unit type of the directory.
   *
   * @return the type
   */
  public UnitType unitType() {
    return type;
  }

  /**
   * Whether this is a top-level drop-in for every unit of its type ({@code container.d}).
   *
   * @return true for {@code TYPE.d}
   */
  public boolean isTopLevel() {
    return directory.equals(type.extension() + ".d");
  }

  /**
   * The unit file this drop-in's directory names ({@code web.container} for {@code web.container.d}),
   * or empty for top-level and prefix ({@code web-.container.d}) directories.
   *
   * @return the file name of the unit
   */
  public java.util.Optional<String> unitFileName() {
    if (isTopLevel()) {
      return java.util.Optional.empty();
    }
    String unit = directory.substring(0, directory.length() - 2);
    String stem = unit.substring(0, unit.lastIndexOf('.'));
    return stem.endsWith("-") ? java.util.Optional.empty() : java.util.Optional.of(unit);
  }

  /**
   * The content.
   *
   * @return the unit file
   */
  public UnitFile content() {
    return content;
  }

  /**
   * The content as modelled; never fails.
   *
   * @return the text
   */
  public String render() {
    return content.render();
  }

  /**
   * The content for one Podman version, checked like a unit's
   * ({@link QuadletUnit#render(PodmanVersion, TargetPolicy)}).
   *
   * @param target the Podman version
   * @param policy what to do with keys the target lacks
   * @return the text
   * @throws ValidationException naming each line the target does not read as modelled
   */
  public String render(PodmanVersion target, TargetPolicy policy) {
    return toUnitFile(target, policy).render();
  }

  /** The content for one Podman version, as {@link #render(PodmanVersion, TargetPolicy)} writes it. */
  UnitFile toUnitFile(PodmanVersion target, TargetPolicy policy) {
    return TargetCheck.render(type, path(), content, Objects.requireNonNull(target, "target"),
        Objects.requireNonNull(policy, "policy"));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DropIn d
        && d.directory.equals(directory)
        && d.fileName.equals(fileName)
        && d.type == type
        && d.content.equals(content);
  }

  @Override
  public int hashCode() {
    return Objects.hash(directory, fileName, type, content);
  }

  @Override
  public String toString() {
    return render();
  }
}
