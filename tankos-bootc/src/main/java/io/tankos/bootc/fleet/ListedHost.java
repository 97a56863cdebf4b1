package io.tankos.bootc.fleet;

import io.tankos.bootc.fleet.internal.HostFieldNames;
import io.tankos.bootc.fleet.internal.RawHost;
import io.tankos.core.validation.Problem;
import io.tankos.core.validation.ValidationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One entry of a {@link HostList}: the host, or the problems that keep it from being one, each
 * message starting with its place ({@code hosts.csv:12: ssh_authorized_keys[0]: ...}).
 */
public final class ListedHost {
  private final String source;
  private final boolean inCode;
  private final int line;
  /** {@code source:line}, made when first asked for (a string: a race makes it twice at worst). */
  private String location;
  private final String hostname;
  private final FleetHost host;
  private final List<String> problems;
  /** The fields as read, for their lines; empty for a host given in code. */
  private final Map<String, RawHost.Field> fields;

  /** An entry at {@code source:line}, or {@code source[line]} for a host given in code. */
  ListedHost(String source, boolean inCode, int line, String hostname, FleetHost host, List<String> problems,
      Map<String, RawHost.Field> fields) {
    this.source = source;
    this.inCode = inCode;
    this.line = line;
    this.hostname = hostname;
    this.host = host;
    this.problems = List.copyOf(problems);
    this.fields = fields;
  }

  /** The same entry with these problems instead of a host. */
  ListedHost failed(List<String> newProblems) {
    return new ListedHost(source, inCode, line, hostname, null, newProblems, fields);
  }

  /** A place in the same list. */
  String place(int lineOrIndex) {
    return inCode ? source + "[" + lineOrIndex + "]" : source + ":" + lineOrIndex;
  }

  /** The line of a field (the index of a host given in code). */
  int fieldLine(String field) {
    RawHost.Field f = fields.get(field);
    return f != null ? f.line() : line;
  }

  /**
   * Where the host starts.
   *
   * @return {@code FILE:LINE}, or {@code Fleet.hosts[i]} for a host given in code
   */
  public String location() {
    String l = location;
    if (l == null) {
      l = place(line);
      location = l;
    }
    return l;
  }

  /**
   * The host name as listed, even when the host has problems.
   *
   * @return the name, empty when the entry has none
   */
  public Optional<String> hostname() {
    return Optional.ofNullable(hostname);
  }

  /**
   * The host.
   *
   * @return the host, empty when the entry has problems
   */
  public Optional<FleetHost> host() {
    return Optional.ofNullable(host);
  }

  /**
   * What is wrong with the entry, one line each, starting with its place.
   *
   * @return unmodifiable list, empty for a host
   */
  public List<String> problems() {
    return problems;
  }

  /**
   * Where a field is.
   *
   * @param field a file field name ({@code hostname}, {@code address}, ...)
   * @return {@code FILE:LINE} of the field, else of the host
   */
  String fieldLocation(String field) {
    return place(fieldLine(field));
  }

  /** The problems of a model exception, each placed at its field. */
  List<String> located(ValidationException e) {
    List<String> out = new ArrayList<>();
    for (Problem p : e.problems()) {
      String path = p.location().path();
      String rest = path.startsWith("FleetHost.") ? path.substring("FleetHost.".length()) : path;
      String field = fieldName(rest);
      out.add(fieldLocation(field) + ": " + field + rest.substring(javaName(rest).length()) + ": " + p.message());
    }
    return out;
  }

  private static String javaName(String rest) {
    int end = 0;
    while (end < rest.length() && Character.isLetter(rest.charAt(end))) {
      end++;
    }
    return rest.substring(0, end);
  }

  private static String fieldName(String rest) {
    switch (javaName(rest)) {
      case "instanceId":
        return HostFieldNames.INSTANCE_ID;
      case "sshAuthorizedKeys":
        return HostFieldNames.SSH_AUTHORIZED_KEYS;
      default:
        return javaName(rest);
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ListedHost l && l.location().equals(location()) && Objects.equals(l.host, host)
        && l.problems.equals(problems);
  }

  @Override
  public int hashCode() {
    return Objects.hash(location(), host, problems);
  }

  @Override
  public String toString() {
    return "ListedHost[" + location() + ", " + (host != null ? host : problems.size() + " problems") + "]";
  }
}
