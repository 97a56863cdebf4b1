package io.tankos.quadlet.generator;

import io.tankos.core.fs.FileTree;
import io.tankos.core.podman.PodmanVersion;
import io.tankos.core.validation.Problem;
import io.tankos.core.validation.ValidationException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Runs a batch of hostile key probes through the typed builders and the real generator: each
 * probe's unit is either refused by the builder with a problem located at the probed key, or
 * rendered; all rendered units go into one unit directory and one generator run, and each probe's
 * value must come out of its service's command line exactly (after systemd's unescaping, see
 * {@link SystemdCommand}).
 *
 * <pre>{@code
 * ProbeBatch.Report r = ProbeBatch.run(probes, new QuadletGenerator(QuadletBinary.sid()));
 * assertThat(r.failures()).isEmpty();
 * }</pre>
 */
final class ProbeBatch {
  private ProbeBatch() {}

  /** One probe with its value. */
  record Probe(KeyProbe key, String value) {
    @Override
    public String toString() {
      return key + " = " + Printable.of(value);
    }
  }

  /**
   * What a batch did.
   *
   * @param accepted probes rendered and checked against the generator
   * @param rejected probes refused by the builder at the right key
   * @param failures what went wrong, one entry per probe
   * @param refusedProbes the names of the refused probes, one entry per refusal
   */
  record Report(int accepted, int rejected, List<String> failures, List<String> refusedProbes) {}

  static Report run(List<Probe> probes, QuadletGenerator generator, GeneratorMode mode) {
    PodmanVersion version = PodmanVersion.parse(generator.binary().version());
    List<String> failures = new ArrayList<>();
    FileTree.Builder units = FileTree.builder();
    List<Integer> rendered = new ArrayList<>();
    List<String> texts = new ArrayList<>(Collections.nCopies(probes.size(), null));
    int rejected = 0;
    List<String> refusedProbes = new ArrayList<>();
    for (int i = 0; i < probes.size(); i++) {
      Probe p = probes.get(i);
      String unit = "p" + i;
      try {
        String text = p.key().render().render(unit, version, p.value());
        units.file(unit + "." + p.key().extension(), text);
        texts.set(i, text);
        rendered.add(i);
      } catch (ValidationException e) {
        rejected++;
        refusedProbes.add(p.key().name());
        boolean located =
            e.problems().stream()
                .map(Problem::location)
                .anyMatch(l -> l.path().contains(p.key().key()));
        if (!located) {
          failures.add(p + ": refused, but no problem is located at " + p.key().key() + ": " + e.getMessage());
        }
      } catch (RuntimeException e) {
        failures.add(p + ": builder threw " + e);
      }
    }
    if (rendered.isEmpty()) {
      return new Report(0, rejected, failures, refusedProbes);
    }
    GeneratorResult result = generator.dryRun(units.build(), mode);
    if (result.panicked()) {
      failures.add(generator.binary() + " panicked: " + result.diagnostics());
    }
    for (int i : rendered) {
      Probe p = probes.get(i);
      String unit = "p" + i;
      String service = p.key().serviceName(unit);
      String text = result.service(service).orElse(null);
      if (text == null) {
        failures.add(
            p + ": " + generator.binary() + " generated no " + service + "; unit:\n" + texts.get(i)
                + "stderr: " + relevant(result.diagnostics(), unit));
        continue;
      }
      List<String> expected = p.key().expected().apply(p.value());
      String problem = check(text, expected, p.key().atEnd());
      List<String> stderr = relevant(result.diagnostics(), unit);
      if (problem != null || stderr.stream().anyMatch(l -> l.contains("unsupported escape"))) {
        failures.add(
            p + " through " + generator.binary() + " (" + mode + "): "
                + (problem == null ? "" : problem) + "\n  unit: " + Printable.of(texts.get(i))
                + "\n  stderr: " + stderr);
      }
    }
    return new Report(rendered.size(), rejected, failures, refusedProbes);
  }

  private static List<String> relevant(List<String> lines, String unit) {
    return lines.stream().filter(l -> l.contains("\"" + unit + ".")).toList();
  }

  /** Null when some [Service] Exec line carries the words (at its end when asked), else what was seen. */
  private static String check(String service, List<String> expected, boolean atEnd) {
    List<String> seen = new ArrayList<>();
    String section = "";
    for (String line : service.split("\n")) {
      if (line.startsWith("[")) {
        section = line;
        continue;
      }
      int eq = line.indexOf('=');
      if (!section.equals("[Service]") || !line.startsWith("Exec") || eq < 0) {
        continue;
      }
      if (atEnd && !line.startsWith("ExecStart=")) {
        continue;
      }
      String value = line.substring(eq + 1).replaceFirst("^[-@+!:]+", "");
      SystemdCommand c = SystemdCommand.of(value);
      if (c.containsLiterally(expected, atEnd)) {
        return null;
      }
      seen.add(line.substring(0, eq) + " " + describe(c));
    }
    return "expected " + Printable.of(expected) + (atEnd ? " at the end" : "") + ", systemd would run " + seen;
  }

  private static String describe(SystemdCommand c) {
    List<String> out = new ArrayList<>();
    for (SystemdCommand.Word w : c.words()) {
      out.add(Printable.of(w.value()) + (w.issues().isEmpty() ? "" : " " + w.issues()));
    }
    return out.toString();
  }

}
