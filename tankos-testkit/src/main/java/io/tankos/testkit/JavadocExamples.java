package io.tankos.testkit;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;

/**
 * Compiles the Java examples of a module's Javadoc: every {@code <pre>{@code ...}</pre>} block of
 * the sources under a root, as the body of a method in the file's package with the file's imports,
 * against the current class path, with the file's package and {@code java.io}, {@code java.nio.file},
 * {@code java.time}, {@code java.util} imported. A name the example takes as given (a lower-case variable such
 * as {@code runner}) may stay undeclared; every other error (a method, class or constructor that
 * does not exist, wrong argument types, a syntax error) is reported.
 *
 * <pre>{@code
 * JavadocExamples.assertAllCompile(Path.of("src/main/java"), 20);
 * }</pre>
 */
public final class JavadocExamples {
  private static final Pattern BLOCK = Pattern.compile("<pre>\\{@code\\n(.*?)\\n\\s*\\*?\\s*}</pre>",
      Pattern.DOTALL);
  private static final Pattern IMPORT = Pattern.compile("(?m)^import [^;]+;");
  private static final Pattern PACKAGE = Pattern.compile("(?m)^package ([\\w.]+);");
  /** javac's message for an undeclared variable: the example's given values. */
  private static final Pattern GIVEN =
      Pattern.compile("(?s)cannot find symbol\\s+symbol:\\s+variable [a-z]\\w*.*");

  private JavadocExamples() {}

  /**
   * The examples under a source root, in file order.
   *
   * @param sourceRoot e.g. {@code src/main/java}
   * @return each example as {@code FILE:INDEX} and its code
   */
  public static List<Example> examples(Path sourceRoot) {
    List<Example> out = new ArrayList<>();
    try (Stream<Path> files = Files.walk(sourceRoot)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
        String text = Files.readString(f);
        Matcher m = BLOCK.matcher(text);
        for (int i = 0; m.find(); i++) {
          String code = m.group(1).lines().map(l -> l.replaceFirst("^\\s*\\* ?", ""))
              .collect(Collectors.joining("\n"));
          out.add(new Example(sourceRoot.relativize(f) + ":" + i, f, code));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /**
   * Compiles every Java example under a source root.
   *
   * @param sourceRoot e.g. {@code src/main/java}
   * @return one line per error, {@code FILE:INDEX: message}; empty when every example compiles
   */
  public static List<String> errors(Path sourceRoot) {
    List<String> errors = new ArrayList<>();
    for (Example e : examples(sourceRoot)) {
      if (e.isJava()) {
        errors.addAll(compile(e));
      }
    }
    return errors;
  }

  /**
   * Fails unless a source root has at least {@code atLeast} Java examples and every one compiles.
   *
   * @param sourceRoot e.g. {@code src/main/java}
   * @param atLeast the fewest Java examples expected, so that a broken extraction cannot pass
   * @throws AssertionError naming every example that does not compile
   */
  public static void assertAllCompile(Path sourceRoot, int atLeast) {
    long count = examples(sourceRoot).stream().filter(Example::isJava).count();
    if (count < atLeast) {
      throw new AssertionError(
          count + " Java examples under " + sourceRoot + ", expected at least " + atLeast);
    }
    List<String> errors = errors(sourceRoot);
    if (!errors.isEmpty()) {
      throw new AssertionError("Javadoc examples that do not compile:\n" + String.join("\n", errors));
    }
  }

  private static List<String> compile(Example e) {
    String text;
    try {
      text = Files.readString(e.file());
    } catch (IOException x) {
      throw new UncheckedIOException(x);
    }
    Matcher pkg = PACKAGE.matcher(text);
    String packageName = pkg.find() ? pkg.group(1) : "";
    StringBuilder src = new StringBuilder();
    if (!packageName.isEmpty()) {
      src.append("package ").append(packageName).append(";\n");
    }
    Matcher imports = IMPORT.matcher(text);
    while (imports.find()) {
      src.append(imports.group()).append('\n');
    }
    // the JDK packages examples use without an import line of their own
    src.append("import java.io.*;\nimport java.nio.charset.*;\nimport java.nio.file.*;\n"
        + "import java.time.*;\nimport java.util.*;\nimport java.util.function.*;\n");
    src.append("import static org.assertj.core.api.Assertions.*;\n");
    src.append("class JavadocExample {\n@SuppressWarnings(\"unused\")\nvoid example() throws Exception {\n")
        .append(e.code()).append("\n}\n}\n");
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    JavaFileObject file = new SimpleJavaFileObject(URI.create("string:///JavadocExample.java"),
        JavaFileObject.Kind.SOURCE) {
      @Override
      public CharSequence getCharContent(boolean ignoreEncodingErrors) {
        return src;
      }
    };
    Path out;
    try {
      out = Files.createTempDirectory("javadoc-example");
    } catch (IOException x) {
      throw new UncheckedIOException(x);
    }
    List<String> options = List.of("-proc:none", "-d", out.toString(), "-classpath",
        System.getProperty("java.class.path") + File.pathSeparator + out);
    javac.getTask(new StringWriter(), null, diagnostics, options, null, List.of(file)).call();
    List<String> errors = new ArrayList<>();
    for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
      String message = d.getMessage(Locale.ROOT);
      if (d.getKind() == Diagnostic.Kind.ERROR && !GIVEN.matcher(message).matches()) {
        errors.add(e.name() + ": " + message.lines().collect(Collectors.joining(" ")));
      }
    }
    return errors;
  }

  /**
   * One example.
   *
   * @param name {@code FILE:INDEX}
   * @param file the source file
   * @param code the example, without the comment's leading {@code *}
   */
  public record Example(String name, Path file, String code) {
    /**
     * Whether the example is Java code (a statement), not a shell line or a file's text.
     *
     * @return true for Java
     */
    public boolean isJava() {
      String trimmed = code.strip();
      return trimmed.endsWith(";") || trimmed.endsWith("}");
    }
  }
}
