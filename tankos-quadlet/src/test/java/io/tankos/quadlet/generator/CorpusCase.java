package io.tankos.quadlet.generator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * One entry of a Podman e2e quadlet corpus {@code manifest.json} (see {@code
 * conformance/quadlet/SOURCE.md}): the unit file under test, the expected exit status and stderr
 * substring, the dependency files and the expected service name.
 *
 * <pre>{@code
 * List<CorpusCase> cases = CorpusCase.load(corpusDir);
 * cases.get(0).layOut(unitDir);
 * }</pre>
 *
 * @param corpus the corpus directory
 * @param file the unit file under test, relative to the corpus
 * @param kind success, warning, error, servicename or deps
 * @param exit the expected exit status
 * @param stderr the expected stderr substring, if any
 * @param service the expected service name without {@code .service}, if given
 * @param deps further corpus files laid out beside the file
 */
record CorpusCase(
    Path corpus,
    String file,
    String kind,
    int exit,
    Optional<String> stderr,
    Optional<String> service,
    List<String> deps) {

  CorpusCase {
    deps = List.copyOf(deps);
  }

  /**
   * Reads a corpus manifest.
   *
   * @param corpus the corpus directory holding {@code manifest.json}
   * @return the cases in manifest order
   */
  @SuppressWarnings("unchecked")
  static List<CorpusCase> load(Path corpus) {
    try {
      String json = Files.readString(corpus.resolve("manifest.json"), StandardCharsets.UTF_8);
      List<CorpusCase> cases = new ArrayList<>();
      for (Object o : (List<Object>) MiniJson.parse(json)) {
        Map<String, Object> m = (Map<String, Object>) o;
        List<String> deps = new ArrayList<>();
        if (m.get("deps") instanceof List<?> l) {
          l.forEach(d -> deps.add((String) d));
        }
        cases.add(
            new CorpusCase(
                corpus,
                (String) m.get("file"),
                (String) m.get("kind"),
                ((Long) m.get("exit")).intValue(),
                Optional.ofNullable((String) m.get("stderr")),
                Optional.ofNullable((String) m.get("service")),
                deps));
      }
      return cases;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The corpus-relative paths this case uses, as the Go harness lays them out: the file, its
   * {@code .d/} drop-in directory, for an instance {@code foo@bar.x} also {@code foo@.x.d/}, and the
   * dependency files.
   *
   * @return relative paths of regular files and symlinks, without directories
   */
  List<String> files() {
    List<String> out = new ArrayList<>();
    out.add(file);
    addDropIns(file + ".d", out);
    int at = file.indexOf('@');
    int dot = file.lastIndexOf('.');
    if (at >= 0 && dot > at + 1) {
      addDropIns(file.substring(0, at + 1) + file.substring(dot) + ".d", out);
    }
    out.addAll(deps);
    return out;
  }

  private void addDropIns(String dir, List<String> out) {
    Path d = corpus.resolve(dir);
    if (!Files.isDirectory(d)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(d)) {
      walk.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS) || Files.isSymbolicLink(p))
          .map(p -> corpus.relativize(p).toString())
          .sorted()
          .forEach(out::add);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The service the case expects: {@code service} from the manifest, else derived from the file name
   * (podman-systemd.unit(5): {@code .pod} → {@code -pod}, {@code .volume} → {@code -volume}, …; a
   * template's {@code @} moves behind the suffix).
   *
   * @return e.g. {@code basic-volume.service}
   */
  String serviceName() {
    return ServiceNames.of(file, service);
  }

  @Override
  public String toString() {
    return file;
  }
}
