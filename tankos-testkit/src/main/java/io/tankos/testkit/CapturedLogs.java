package io.tankos.testkit;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.ILoggerFactory;
import org.slf4j.IMarkerFactory;
import org.slf4j.Marker;
import org.slf4j.event.Level;
import org.slf4j.helpers.AbstractLogger;
import org.slf4j.helpers.BasicMDCAdapter;
import org.slf4j.helpers.BasicMarkerFactory;
import org.slf4j.helpers.MessageFormatter;
import org.slf4j.spi.MDCAdapter;
import org.slf4j.spi.SLF4JServiceProvider;

/**
 * An SLF4J provider for tests: every logger logs at all levels (TRACE included) into a bounded
 * in-memory buffer, so tests can check what tankos logs (for example, that no secret is logged). A
 * module's tests enable it with a test resource {@code
 * META-INF/services/org.slf4j.spi.SLF4JServiceProvider} naming {@code
 * io.tankos.testkit.CapturedLogs$Provider}; testkit itself does not register it.
 */
public final class CapturedLogs {
  private static final int MAX = 10_000;
  private static final ArrayDeque<String> LINES = new ArrayDeque<>();

  private CapturedLogs() {}

  /**
   * Every captured line so far (formatted message and throwable text).
   *
   * @return the lines
   */
  public static synchronized List<String> lines() {
    return new ArrayList<>(LINES);
  }

  static synchronized void add(String line) {
    if (LINES.size() == MAX) {
      LINES.removeFirst();
    }
    LINES.addLast(line);
  }

  /** The provider, registered in META-INF/services of the test classpath. */
  public static final class Provider implements SLF4JServiceProvider {
    private final IMarkerFactory markers = new BasicMarkerFactory();
    private final MDCAdapter mdc = new BasicMDCAdapter();
    private final ILoggerFactory factory = CapturingLogger::new;

    @Override
    public ILoggerFactory getLoggerFactory() {
      return factory;
    }

    @Override
    public IMarkerFactory getMarkerFactory() {
      return markers;
    }

    @Override
    public MDCAdapter getMDCAdapter() {
      return mdc;
    }

    @Override
    public String getRequestedApiVersion() {
      return "2.0.99";
    }

    @Override
    public void initialize() {}
  }

  private static final class CapturingLogger extends AbstractLogger {
    private static final long serialVersionUID = 1L;

    CapturingLogger(String name) {
      this.name = name;
    }

    @Override
    protected String getFullyQualifiedCallerName() {
      return null;
    }

    @Override
    protected void handleNormalizedLoggingCall(
        Level level, Marker marker, String pattern, Object[] args, Throwable t) {
      String text = MessageFormatter.basicArrayFormat(pattern, args);
      add(level + " " + name + " " + text + (t == null ? "" : " " + t));
    }

    @Override
    public boolean isTraceEnabled() {
      return true;
    }

    @Override
    public boolean isTraceEnabled(Marker marker) {
      return true;
    }

    @Override
    public boolean isDebugEnabled() {
      return true;
    }

    @Override
    public boolean isDebugEnabled(Marker marker) {
      return true;
    }

    @Override
    public boolean isInfoEnabled() {
      return true;
    }

    @Override
    public boolean isInfoEnabled(Marker marker) {
      return true;
    }

    @Override
    public boolean isWarnEnabled() {
      return true;
    }

    @Override
    public boolean isWarnEnabled(Marker marker) {
      return true;
    }

    @Override
    public boolean isErrorEnabled() {
      return true;
    }

    @Override
    public boolean isErrorEnabled(Marker marker) {
      return true;
    }
  }
}
