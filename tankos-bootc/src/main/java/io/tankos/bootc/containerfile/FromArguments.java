package io.tankos.bootc.containerfile;

import io.tankos.core.validation.Location;
import io.tankos.core.validation.Problems;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The variables of FROM lines: BuildKit and Buildah expand them with the ARGs declared before the
 * first FROM (and the platform arguments they predefine), so {@code ARG BASE} then {@code FROM
 * ${BASE}} reaches the builder as a variable. A plain {@code $NAME}/{@code ${NAME}} no global ARG
 * declares expands to nothing and is refused; an image reference cannot hold a literal {@code $}.
 */
final class FromArguments {
  /** The platform arguments both builders define in the global scope. */
  private static final Set<String> PREDEFINED =
      Set.of("TARGETPLATFORM", "TARGETOS", "TARGETARCH", "TARGETVARIANT",
          "BUILDPLATFORM", "BUILDOS", "BUILDARCH", "BUILDVARIANT");
  /** {@code $NAME} or {@code ${NAME}} without a default or other modifier. */
  private static final Pattern PLAIN = Pattern.compile("^\\$(?:\\{([A-Za-z_][A-Za-z0-9_]*)\\}|([A-Za-z_][A-Za-z0-9_]*))$");

  private FromArguments() {}

  static void check(List<Element> elements, Problems problems) {
    Set<String> global = new HashSet<>(PREDEFINED);
    boolean inStage = false;
    int stage = -1;
    for (Element e : elements) {
      if (e instanceof Arg a && !inStage) {
        a.declarations().forEach(d -> global.add(d.name()));
      } else if (e instanceof From f) {
        inStage = true;
        stage++;
        image(f.image(), global, Location.of("stage[" + stage + "]").child("FROM").index(0).child("image"), problems);
      }
    }
  }

  private static void image(Word image, Set<String> global, Location at, Problems problems) {
    if (image.kind() == Word.Kind.LITERAL && image.text().indexOf('$') >= 0) {
      problems.add(at, "an image reference cannot contain a literal '$'; "
          + "use Word.expanding for a build argument declared by an ARG before the first FROM");
    } else if (image.kind() == Word.Kind.EXPANDING) {
      for (WordSyntax.Segment s : WordSyntax.segments(image.text())) {
        Matcher m = PLAIN.matcher(s.text());
        if (s.reference() && m.matches()) {
          String name = m.group(1) != null ? m.group(1) : m.group(2);
          if (!global.contains(name)) {
            problems.add(at, "$" + name + " is not declared by an ARG before the first FROM,"
                + " so the builder expands it to nothing");
          }
        }
      }
    }
  }
}
