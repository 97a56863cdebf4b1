package io.tankos.quadlet.generator;

import io.tankos.core.podman.PodmanVersion;
import io.tankos.core.unit.Entry;
import io.tankos.core.unit.ExecWords;
import io.tankos.core.unit.Section;
import io.tankos.core.validation.TargetPolicy;
import io.tankos.core.validation.ValidationException;
import io.tankos.quadlet.ArtifactUnit;
import io.tankos.quadlet.BuildUnit;
import io.tankos.quadlet.ContainerUnit;
import io.tankos.quadlet.DropIn;
import io.tankos.quadlet.ImageUnit;
import io.tankos.quadlet.KubeUnit;
import io.tankos.quadlet.NetworkUnit;
import io.tankos.quadlet.PodUnit;
import io.tankos.quadlet.QuadletKey;
import io.tankos.quadlet.QuadletKeys;
import io.tankos.quadlet.QuadletUnit;
import io.tankos.quadlet.SystemdValue;
import io.tankos.quadlet.UnitBuilder;
import io.tankos.quadlet.ValueKind;
import io.tankos.quadlet.VolumeUnit;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A demanding re-rendering for the corpus: each unit is parsed, and every value of an exec-split
 * key ({@code Exec}, {@code PodmanArgs}, {@code Environment}, {@code Label}, {@code Secret}, …) is
 * decoded into the words Quadlet reads ({@link ExecWords#split}) and written again by the typed
 * builder's encoder ({@code set(key, words)}), so the text changes (quoting is the encoder's own)
 * while the generator must still read the same words. Other entries are copied as raw entries. A
 * unit whose re-encoding the builder refuses is rendered as parsed, and counted.
 */
final class ReencodingRerenderer implements Rerenderer {
  private final PodmanVersion version;
  private final AtomicInteger reencodedValues = new AtomicInteger();
  private final java.util.Queue<String> refusedUnits = new java.util.concurrent.ConcurrentLinkedQueue<>();

  ReencodingRerenderer(PodmanVersion version) {
    this.version = version;
  }

  /** Values written again by the encoder so far. */
  int reencodedValues() {
    return reencodedValues.get();
  }

  /** Units whose re-encoding the builder refused (rendered as parsed instead), with the reason. */
  List<String> refusedUnits() {
    return List.copyOf(refusedUnits);
  }

  @Override
  public String rerender(String path, String text) {
    if (path.endsWith(".conf")) {
      return DropIn.parse(path, text).render();
    }
    String name = path.substring(path.lastIndexOf('/') + 1);
    QuadletUnit unit = QuadletUnit.parse(name, text);
    UnitBuilder<?, ?> b = emptyBuilder(unit);
    String quadletSection = unit.unitType().section();
    int values = 0;
    for (Section s : unit.toUnitFile().sections()) {
      for (Entry e : s.entries()) {
        Optional<List<String>> words =
            s.name().equals(quadletSection) ? execWords(quadletSection, e) : Optional.empty();
        if (words.isPresent()) {
          QuadletKey key = QuadletKeys.require(quadletSection, e.key());
          SystemdValue[] expanded = words.get().stream().map(SystemdValue::expanded).toArray(SystemdValue[]::new);
          if (key.repeatable()) {
            b.add(key, expanded);
          } else {
            b.set(key, expanded);
          }
          values++;
        } else {
          b.rawEntry(s.name(), e.key(), e.value());
        }
      }
    }
    try {
      String rendered = b.build().render(version, TargetPolicy.STRICT);
      reencodedValues.addAndGet(values);
      return rendered;
    } catch (ValidationException refused) {
      refusedUnits.add(name + ": " + refused.getMessage());
      return unit.render();
    }
  }

  /** The words Quadlet reads from an exec-split entry, when it reads any. */
  private static Optional<List<String>> execWords(String section, Entry e) {
    Optional<QuadletKey> key = QuadletKeys.find(section, e.key());
    if (key.isEmpty() || e.value().isEmpty() || !ExecWords.isSplittable(e.value())) {
      return Optional.empty();
    }
    ValueKind kind = key.get().kind();
    if (kind != ValueKind.ARG_LIST && kind != ValueKind.KEY_VALUE_LIST && kind != ValueKind.EXEC) {
      return Optional.empty();
    }
    List<String> words = ExecWords.split(e.value());
    if (words.isEmpty()
        || (kind == ValueKind.KEY_VALUE_LIST && words.stream().anyMatch(w -> w.indexOf('=') <= 0))) {
      return Optional.empty();
    }
    return Optional.of(words);
  }

  private static UnitBuilder<?, ?> emptyBuilder(QuadletUnit u) {
    return switch (u.unitType()) {
      case CONTAINER -> ContainerUnit.builder(u.name());
      case VOLUME -> VolumeUnit.builder(u.name());
      case NETWORK -> NetworkUnit.builder(u.name());
      case POD -> PodUnit.builder(u.name());
      case KUBE -> KubeUnit.builder(u.name());
      case IMAGE -> ImageUnit.builder(u.name());
      case BUILD -> BuildUnit.builder(u.name());
      case ARTIFACT -> ArtifactUnit.builder(u.name());
    };
  }
}
