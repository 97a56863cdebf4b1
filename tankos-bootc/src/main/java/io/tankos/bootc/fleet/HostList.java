package io.tankos.bootc.fleet;

import io.tankos.bootc.fleet.internal.CsvHosts;
import io.tankos.bootc.fleet.internal.HostFieldNames;
import io.tankos.bootc.fleet.internal.HostSource;
import io.tankos.bootc.fleet.internal.JacksonHosts;
import io.tankos.bootc.fleet.internal.RawHost;
import io.tankos.bootc.fleet.internal.Utf8Reader;
import io.tankos.core.validation.ValidationException;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.function.BiFunction;

/**
 * Hosts read one at a time, from a CSV, YAML or JSON file or from code. Only the current host is
 * held, so a list of any length reads in bounded memory. An entry whose values are wrong is still
 * returned, with its problems at their lines ({@link ListedHost#problems()}); text that cannot be
 * read further ends the list with a {@link io.tankos.core.validation.ParseException} ({@code
 * FILE:LINE: message}) from {@link #hasNext()} or the {@code read} method. Close the list to close
 * its file.
 *
 * <p>Fields (CSV columns, YAML/JSON keys): {@code hostname}, {@code instance_id}, {@code
 * ssh_authorized_keys}, {@code instances}, {@code mac}, {@code address}, {@code gateway}, {@code
 * dns}, {@code labels}. A CSV needs a header row naming at least {@code hostname}, {@code
 * instance_id} (an empty value means {@code HOSTNAME-local}) and {@code ssh_authorized_keys}; its
 * list fields separate values by {@code ;} and {@code labels} is {@code NAME=VALUE;NAME=VALUE}. YAML
 * and JSON take a list of hosts, or a mapping whose {@code hosts} key holds it, with lists and a
 * labels mapping.
 *
 * <pre>{@code
 * try (HostList hosts = HostList.readCsv(Path.of("hosts.csv"))) {
 *   while (hosts.hasNext()) {
 *     ListedHost h = hosts.next();
 *     h.problems().forEach(System.err::println);   // hosts.csv:7: mac: not a MAC address ...
 *   }
 * }
 * }</pre>
 */
public final class HostList implements Iterator<ListedHost>, AutoCloseable {
  private final Iterator<ListedHost> entries;
  private final AutoCloseable resource;

  private HostList(Iterator<ListedHost> entries, AutoCloseable resource) {
    this.entries = entries;
    this.resource = resource;
  }

  /**
   * Hosts given in code, located as {@code Fleet.hosts[i]}.
   *
   * @param hosts the hosts
   * @return the list
   */
  public static HostList of(List<FleetHost> hosts) {
    List<FleetHost> copy = List.copyOf(hosts);
    Iterator<ListedHost> it = new Iterator<>() {
      private int i;

      @Override
      public boolean hasNext() {
        return i < copy.size();
      }

      @Override
      public ListedHost next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        FleetHost h = copy.get(i);
        return new ListedHost("Fleet.hosts", true, i++, h.hostname(), h, List.of(), Map.of());
      }
    };
    return new HostList(it, () -> { });
  }

  /**
   * A CSV host list from text.
   *
   * @param source the file name messages give
   * @param text the CSV text
   * @return the list
   * @throws io.tankos.core.validation.ParseException for a bad header row
   */
  public static HostList readCsv(String source, String text) {
    return csv(source, new StringReader(text));
  }

  /**
   * A CSV host list read from a character stream as the list is iterated; closing the list closes
   * the reader.
   *
   * @param source the file name messages give
   * @param in the CSV text
   * @return the list
   * @throws io.tankos.core.validation.ParseException for a bad header row
   */
  public static HostList readCsv(String source, Reader in) {
    return csv(source, in);
  }

  /**
   * A YAML host list read from a character stream as the list is iterated.
   *
   * @param source the file name messages give
   * @param in the YAML text
   * @return the list
   */
  public static HostList readYaml(String source, Reader in) {
    return entries(source, JacksonHosts.yaml(source, in));
  }

  /**
   * A JSON host list read from a character stream as the list is iterated.
   *
   * @param source the file name messages give
   * @param in the JSON text
   * @return the list
   */
  public static HostList readJson(String source, Reader in) {
    return entries(source, JacksonHosts.json(source, in));
  }

  /**
   * A CSV host list from a UTF-8 file, read as the list is iterated.
   *
   * @param file the file; messages name it as given
   * @return the list
   * @throws UncheckedIOException when the file cannot be opened
   * @throws io.tankos.core.validation.ParseException for a bad header row
   */
  public static HostList readCsv(Path file) {
    return opened(file.toString(), file, HostList::readCsv);
  }

  /**
   * A YAML host list from text.
   *
   * @param source the file name messages give
   * @param text the YAML text
   * @return the list
   */
  public static HostList readYaml(String source, String text) {
    return entries(source, JacksonHosts.yaml(source, new StringReader(text)));
  }

  /**
   * A YAML host list from a UTF-8 file, read as the list is iterated.
   *
   * @param file the file
   * @return the list
   */
  public static HostList readYaml(Path file) {
    return opened(file.toString(), file, HostList::readYaml);
  }

  /**
   * A JSON host list from text.
   *
   * @param source the file name messages give
   * @param text the JSON text
   * @return the list
   */
  public static HostList readJson(String source, String text) {
    return entries(source, JacksonHosts.json(source, new StringReader(text)));
  }

  /**
   * A JSON host list from a UTF-8 file, read as the list is iterated.
   *
   * @param file the file
   * @return the list
   */
  public static HostList readJson(Path file) {
    return opened(file.toString(), file, HostList::readJson);
  }

  /**
   * A host list from a file, by its extension: {@code .csv}, {@code .yaml}/{@code .yml} or {@code
   * .json}.
   *
   * @param file the file
   * @return the list
   * @throws IllegalArgumentException for another extension
   */
  public static HostList read(Path file) {
    return read(file.toString(), file);
  }

  /**
   * A host list from a file, by its extension, with messages naming it {@code source} (e.g. the
   * path as a user gave it).
   *
   * @param source the file name messages give
   * @param file the file
   * @return the list
   * @throws IllegalArgumentException for an extension other than {@code .csv}, {@code .yaml},
   *     {@code .yml} and {@code .json}
   * @throws UncheckedIOException when the file cannot be opened
   */
  public static HostList read(String source, Path file) {
    String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
    BiFunction<String, Reader, HostList> reader = name.endsWith(".csv") ? HostList::readCsv
        : name.endsWith(".yaml") || name.endsWith(".yml") ? HostList::readYaml
        : name.endsWith(".json") ? HostList::readJson : null;
    if (reader == null) {
      throw new IllegalArgumentException(source + ": unknown host list format (use a .csv, .yaml, .yml or .json file)");
    }
    return opened(source, file, reader);
  }

  @Override
  public boolean hasNext() {
    return entries.hasNext();
  }

  @Override
  public ListedHost next() {
    return entries.next();
  }

  /** Closes the file, if any. */
  @Override
  public void close() {
    try {
      resource.close();
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static Reader open(Path file) {
    try {
      return new Utf8Reader(Files.newInputStream(Objects.requireNonNull(file, "file")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static HostList csv(String source, Reader in) {
    return entries(source, new CsvHosts(source, in));
  }

  /** Opens a file for a reader, closing it when the reader refuses the start. */
  private static HostList opened(String source, Path file, BiFunction<String, Reader, HostList> reader) {
    Reader in = open(file);
    try {
      return reader.apply(source, in);
    } catch (RuntimeException e) {
      try {
        in.close();
      } catch (IOException suppressed) {
        e.addSuppressed(suppressed);
      }
      throw e;
    }
  }

  private static HostList entries(String source, HostSource raw) {
    Iterator<ListedHost> it = new Iterator<>() {
      @Override
      public boolean hasNext() {
        return raw.hasNext();
      }

      @Override
      public ListedHost next() {
        return listed(source, raw.next());
      }
    };
    return new HostList(it, raw);
  }

  /** A file entry: the host built from its fields, or its problems at their lines. */
  static ListedHost listed(String source, RawHost raw) {
    Map<String, RawHost.Field> at = raw.fields();
    RawHost.Field name = raw.fields().get(HostFieldNames.HOSTNAME);
    String hostname = name != null && name.value() instanceof String s ? s : null;
    if (hostname == null || !raw.problems().isEmpty()) {
      List<String> problems = new ArrayList<>();
      raw.problems().forEach(p -> problems.add(source + ":" + p.line() + ": " + p.message()));
      if (hostname == null && raw.problems().isEmpty()) {
        problems.add(source + ":" + raw.line() + ": missing field " + HostFieldNames.HOSTNAME);
      }
      return new ListedHost(source, false, raw.line(), hostname, null, problems, at);
    }
    try {
      return new ListedHost(source, false, raw.line(), hostname, HostFields.build(hostname, raw), List.of(), at);
    } catch (ValidationException e) {
      ListedHost bare = new ListedHost(source, false, raw.line(), hostname, null, List.of(), at);
      return bare.failed(bare.located(e));
    }
  }
}
