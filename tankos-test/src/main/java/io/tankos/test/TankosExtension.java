package io.tankos.test;

import io.tankos.core.exec.RecordingRunner;
import io.tankos.test.internal.Trees;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * A JUnit 5 extension for tests of code built on tankos. Per test it provides, as parameters: a
 * fresh {@link RecordingRunner} (no rules), {@link FakeTools} (fake {@code podman}/{@code bootc}/
 * {@code ssh} on a private directory) and a {@link Path} marked {@link OutputDirectory}; all
 * temporary files are deleted after the test. Use {@code @RequiresTools} (re-exported from the
 * testkit) for tests that need real tools.
 *
 * <pre>{@code
 * @ExtendWith(TankosExtension.class)
 * class PushTest {
 *   @Test void pushes(RecordingRunner runner) {
 *     runner.onPrefix("podman", "push").reply(ToolReplies.podmanPush("sha256:5678"));
 *     assertThat(new Podman(runner).push("web:1", null)).isEqualTo("sha256:5678");
 *   }
 * }
 * }</pre>
 */
public final class TankosExtension implements ParameterResolver {
  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(TankosExtension.class);

  /** Created by JUnit. */
  public TankosExtension() {}

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    return type == RecordingRunner.class
        || type == FakeTools.class
        || (type == Path.class && parameter.isAnnotated(OutputDirectory.class));
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    ExtensionContext.Store store = context.getStore(NAMESPACE);
    if (type == RecordingRunner.class) {
      return store.getOrComputeIfAbsent(RecordingRunner.class, k -> new RecordingRunner(), RecordingRunner.class);
    }
    if (type == FakeTools.class) {
      return store.getOrComputeIfAbsent(
          FakeTools.class, k -> FakeTools.create(scratch(store).resolve("fake-tools")), FakeTools.class);
    }
    Path out = scratch(store).resolve("output");
    try {
      Files.createDirectories(out);
    } catch (IOException e) {
      throw new ParameterResolutionException("creating the output directory " + out, e);
    }
    return out;
  }

  private static Path scratch(ExtensionContext.Store store) {
    return store.getOrComputeIfAbsent(Scratch.class, k -> Scratch.create(), Scratch.class).dir();
  }

  /** The test's temporary directory, deleted when JUnit closes the store. */
  private record Scratch(Path dir) implements AutoCloseable {
    static Scratch create() {
      try {
        return new Scratch(Files.createTempDirectory("tankos-test-"));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public void close() {
      Trees.deleteQuietly(dir);
    }
  }
}
