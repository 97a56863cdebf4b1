package io.tankos.cloudinit;

import static org.assertj.core.api.Assertions.assertThat;

import io.tankos.cloudinit.internal.Yaml11;
import io.tankos.core.validation.ParseException;
import io.tankos.testkit.Gen;
import io.tankos.testkit.Seeded;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Number and timestamp scalars loaded by the real PyYAML and by tankos, value for value: dates and
 * times with fields out of Python's range and zone offsets up to and past 24 hours, and
 * base-60 integers past
 * {@code long} (Java's parsing overflowed them), base-60 floats around the 175 places where
 * Python's conversion overflows, decimal integers around CPython's 4,300-digit limit, the other
 * bases, underscores and signs, and explicitly tagged scalars Python's {@code int()} and {@code
 * float()} read their own way, and standard tags on nodes of the wrong kind. Where PyYAML fails,
 * tankos refuses with a reason.
 */
class PyScalarsRealToolsTest {
  private static final int CASES = 600;
  private static final Pattern NUMBER = Pattern.compile("\\[\"(int|float|str|date|datetime)\", \"([^\"]*)\"\\]");

  @Test
  void scalarsLoadAsPyYamlLoadsThemOrAreRefusedWhereItFails() {
    Path dir = RealCloudInit.tempDir("tankos-ci-scalars");
    List<String> scalars = new ArrayList<>(FIXED);
    scalars.addAll(Seeded.cases("pyScalars", scalar()).tries(CASES).values());
    Map<Path, Path> requests = new LinkedHashMap<>();
    List<Path> files = new ArrayList<>();
    for (int i = 0; i < scalars.size(); i++) {
      Path file = RealCloudInit.write(dir.resolve("n" + i + ".yaml"),
          ("v: " + scalars.get(i) + "\n").getBytes(StandardCharsets.UTF_8));
      files.add(file);
      requests.put(file, null);
    }
    Map<String, RealCloudInit.Loaded> python = RealCloudInit.pyyaml(requests);

    List<String> differ = new ArrayList<>();
    int refused = 0;
    for (int i = 0; i < scalars.size(); i++) {
      String scalar = scalars.get(i);
      RealCloudInit.Loaded py = python.get(files.get(i).toString());
      Object java;
      try {
        java = ((Map<?, ?>) Yaml11.load("n.yaml", "v: " + scalar + "\n")).get("v");
      } catch (ParseException e) {
        java = e;
      }
      String shown = scalar.length() <= 60 ? scalar : scalar.substring(0, 60) + "… (" + scalar.length() + ")";
      if (!py.ok()) {
        refused++;
        if (!(java instanceof ParseException)) {
          differ.add(shown + ": PyYAML " + py.error() + ", tankos " + java);
        }
        continue;
      }
      if (py.data().endsWith("[\"null\"]]]]")) {
        if (java != null) {
          differ.add(shown + ": PyYAML null, tankos " + java);
        }
        continue;
      }
      Matcher m = NUMBER.matcher(py.data());
      if (!m.find()) {
        throw new AssertionError(shown + ": PyYAML gave no scalar: " + py.data());
      }
      if (!same(m.group(1), m.group(2), java)) {
        differ.add(shown + ": PyYAML " + m.group(1) + " " + abbreviated(m.group(2)) + ", tankos "
            + (java instanceof Exception e ? e.getMessage() : abbreviated(String.valueOf(java))));
      }
    }
    System.out.printf("PyYAML: %d number and timestamp scalars, %d refused by both, %d differ%n",
        scalars.size(), refused, differ.size());
    assertThat(differ).isEmpty();
    assertThat(refused).as("cases where PyYAML fails").isBetween(scalars.size() / 20, scalars.size() / 2);
  }

  private static boolean same(String kind, String python, Object java) {
    if (kind.equals("str")) {
      return python.equals(java);
    }
    if (kind.equals("date")) {
      return java instanceof LocalDate d && d.toString().equals(python);
    }
    if (kind.equals("datetime")) {
      return sameDateTime(python, java);
    }
    if (kind.equals("int")) {
      return java instanceof Integer || java instanceof Long || java instanceof BigInteger
          ? java.toString().equals(python) : false;
    }
    if (!(java instanceof Double d)) {
      return false;
    }
    double expected = switch (python) {
      case "inf" -> Double.POSITIVE_INFINITY;
      case "-inf" -> Double.NEGATIVE_INFINITY;
      case "nan" -> Double.NaN;
      default -> Double.parseDouble(python);
    };
    return Double.compare(expected, d) == 0;
  }

  /**
   * Python's {@code isoformat()} against a {@code java.time} value: the same local time when there
   * is no zone, else the same instant (tankos keeps an offset past 18 hours, which java.time cannot
   * hold, as UTC).
   */
  private static boolean sameDateTime(String python, Object java) {
    Matcher zone = Pattern.compile("(.*)([-+])(\\d\\d):(\\d\\d)$").matcher(python);
    if (!zone.matches()) {
      return java instanceof LocalDateTime t && t.equals(LocalDateTime.parse(python));
    }
    int minutes = Integer.parseInt(zone.group(3)) * 60 + Integer.parseInt(zone.group(4));
    LocalDateTime utc = LocalDateTime.parse(zone.group(1))
        .minusMinutes(zone.group(2).equals("-") ? -minutes : minutes);
    return java instanceof OffsetDateTime o
        && o.toInstant().equals(utc.toInstant(ZoneOffset.UTC));
  }

  private static String abbreviated(String s) {
    return s.length() <= 60 ? s : s.substring(0, 60) + "… (" + s.length() + ")";
  }

  /** A number scalar of one of the shapes above, plain or explicitly tagged. */
  private static Gen<String> scalar() {
    return random -> switch (random.nextInt(11)) {
      case 9, 10 -> timestamp(random);
      case 0, 1 -> sign(random) + first(random, "123456789") + places(random, placeCount(random, 400));
      case 2, 3 -> sign(random) + first(random, "0123456789") + places(random, placeCount(random, 200))
          + "." + digits(random, "0123456789_", random.nextInt(4));
      case 4 -> sign(random) + "1" + digits(random, "0123456789", 4290 + random.nextInt(20));
      case 5 -> sign(random) + "1" + digits(random, "0123456789_", 4290 + random.nextInt(20));
      case 6 -> sign(random) + switch (random.nextInt(3)) {
        case 0 -> "0b" + digits(random, "01_", 1 + random.nextInt(80));
        case 1 -> "0" + digits(random, "01234567_", 1 + random.nextInt(40));
        default -> "0x" + digits(random, "0123456789abcdefABCDEF_", 1 + random.nextInt(40));
      };
      case 7 -> sign(random) + digits(random, "0123456789", 1 + random.nextInt(30)) + "."
          + digits(random, "0123456789_", random.nextInt(20))
          + (random.nextBoolean() ? "e" + (random.nextBoolean() ? "+" : "-") + (1 + random.nextInt(400)) : "");
      default -> pick(random, FIXED.toArray(String[]::new));
    };
  }

  /** Scalars each run checks: tagged ones Python's {@code int()} and {@code float()} read their way. */
  private static final List<String> FIXED = List.of("!!int ' 12 '", "!!int '0o17'", "!!int '0x0x1f'", "!!int '-0b101'",
          "!!int ''", "!!int '1::2'", "!!int '1:-5'", "!!int '1: 2'", "!!float '1d'", "!!float ' 2.5'",
          "!!float '0x1p3'", "!!float 'infinity'", "!!float '-inf'", "!!float 'nan'", "!!float '1:2:e'",
          "!!float '1e5'", "!!float '7'", "!!int '08'", "!!float '.'", "!!int '+'", "-.INF", ".NaN",
          "+.inf", "1_0:3_0", "0:30.25", "+1:30.", "0", "-0", "+0", "00", "0b", "0x_", "1__2",
          "1:00:00:00:00:00:00", "-1:00:00:00:00:00:00:00:00:00:00:00:00", "1:0:0:0:0:0:0.5",
          "2001-02-29", "2000-02-29", "0000-01-01", "2001-12-14t21:59:43+20:00",
          "2001-12-14t21:59:43-05:75", "2001-12-14t21:59:43+23:59", "2001-12-14t21:59:43+24:00",
          "2001-12-14 23:59:60", "!!timestamp '2001-13-01'", "!!binary [a]", "!!int {a: 1}",
          "!!float []", "!!timestamp {a: 1}", "!!set [a]", "!!str [a]", "!!bool {a: 1}", "!!null [a]",
          "!!seq x", "!!map x", "!!omap x", "!!pairs {a: 1}", "!!null", "!!null ''", "!!null x");

  /** A YAML 1.1 timestamp whose fields reach past Python's ranges now and then. */
  private static String timestamp(SplittableRandom random) {
    String date = pick(random, "0000", "0001", "1999", "2000", "2001", "2024", "9999")
        + "-" + twoOrOne(random, random.nextInt(14)) + "-" + twoOrOne(random, random.nextInt(33));
    if (random.nextInt(4) == 0) {
      return date;
    }
    String time = pick(random, "T", "t", " ", "\t ") + twoOrOne(random, random.nextInt(26)) + ":"
        + String.format("%02d", random.nextInt(62)) + ":" + String.format("%02d", random.nextInt(62))
        + (random.nextBoolean() ? "." + digits(random, "0123456789", random.nextInt(12)) : "");
    String zone = switch (random.nextInt(4)) {
      case 0 -> "";
      case 1 -> pick(random, "Z", " Z");
      default -> pick(random, "+", "-") + twoOrOne(random, random.nextInt(4) == 0 ? random.nextInt(100)
          : random.nextInt(25)) + (random.nextBoolean() ? ":" + String.format("%02d", random.nextInt(100)) : "");
    };
    return date + time + zone;
  }

  private static String twoOrOne(SplittableRandom random, int n) {
    return n < 10 && random.nextBoolean() ? Integer.toString(n) : String.format("%02d", n);
  }

  private static int placeCount(SplittableRandom random, int max) {
    return switch (random.nextInt(4)) {
      case 0 -> 1 + random.nextInt(4);
      case 1 -> 5 + random.nextInt(15);
      case 2 -> 170 + random.nextInt(10);
      default -> 1 + random.nextInt(max);
    };
  }

  private static String places(SplittableRandom random, int count) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < count; i++) {
      s.append(':');
      if (random.nextBoolean()) {
        s.append(random.nextInt(6));
      }
      s.append(random.nextInt(10));
    }
    return s.toString();
  }

  private static String first(SplittableRandom random, String lead) {
    return lead.charAt(random.nextInt(lead.length()))
        + digits(random, "0123456789_", random.nextInt(random.nextInt(8) == 0 ? 400 : 6));
  }

  private static String digits(SplittableRandom random, String alphabet, int count) {
    StringBuilder s = new StringBuilder(count);
    for (int i = 0; i < count; i++) {
      s.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return s.toString();
  }

  private static String sign(SplittableRandom random) {
    return switch (random.nextInt(4)) {
      case 0 -> "-";
      case 1 -> "+";
      default -> "";
    };
  }

  private static String pick(SplittableRandom random, String... values) {
    return values[random.nextInt(values.length)];
  }
}
