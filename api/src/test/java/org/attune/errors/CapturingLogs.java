package org.attune.errors;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.slf4j.ILoggerFactory;
import org.slf4j.IMarkerFactory;
import org.slf4j.Logger;
import org.slf4j.Marker;
import org.slf4j.event.Level;
import org.slf4j.helpers.BasicMDCAdapter;
import org.slf4j.helpers.BasicMarkerFactory;
import org.slf4j.helpers.LegacyAbstractLogger;
import org.slf4j.helpers.MessageFormatter;
import org.slf4j.spi.MDCAdapter;
import org.slf4j.spi.SLF4JServiceProvider;

/**
 * The slf4j binding of the api module's tests (registered in {@code META-INF/services}): every level
 * is enabled, and while {@link #capture} runs, every line logged, formatted as a logging backend
 * would format it (with the throwable's {@code toString()}), is recorded. Outside a capture nothing
 * is kept, so that the other tests cost no memory.
 */
public final class CapturingLogs implements SLF4JServiceProvider {

  private static final Object LOCK = new Object();
  private static List<String> lines = new ArrayList<>();
  private static boolean capturing;

  private final ILoggerFactory loggers = new Loggers();
  private final IMarkerFactory markers = new BasicMarkerFactory();
  private final MDCAdapter mdc = new BasicMDCAdapter();

  /** Creates the provider; called by slf4j's service loader. */
  public CapturingLogs() {}

  /** {@return every line logged while {@code action} ran} */
  static List<String> capture(ThrowingRunnable action) throws Exception {
    synchronized (LOCK) {
      lines = new ArrayList<>();
      capturing = true;
    }
    try {
      action.run();
    } finally {
      synchronized (LOCK) {
        capturing = false;
      }
    }
    synchronized (LOCK) {
      return List.copyOf(lines);
    }
  }

  /** Code that may throw. */
  @FunctionalInterface
  interface ThrowingRunnable {
    /** Runs the code. */
    void run() throws Exception;
  }

  private static void record(String line) {
    synchronized (LOCK) {
      if (capturing) {
        lines.add(line);
      }
    }
  }

  @Override
  public ILoggerFactory getLoggerFactory() {
    return loggers;
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

  /** One logger per name. */
  private static final class Loggers implements ILoggerFactory {
    private final ConcurrentMap<String, Logger> byName = new ConcurrentHashMap<>();

    @Override
    public Logger getLogger(String name) {
      return byName.computeIfAbsent(name, CapturingLogger::new);
    }
  }

  /** A logger of every level that records its lines. */
  private static final class CapturingLogger extends LegacyAbstractLogger {
    private static final long serialVersionUID = 1L;

    CapturingLogger(String name) {
      this.name = name;
    }

    @Override
    public boolean isTraceEnabled() {
      return true;
    }

    @Override
    public boolean isDebugEnabled() {
      return true;
    }

    @Override
    public boolean isInfoEnabled() {
      return true;
    }

    @Override
    public boolean isWarnEnabled() {
      return true;
    }

    @Override
    public boolean isErrorEnabled() {
      return true;
    }

    @Override
    protected String getFullyQualifiedCallerName() {
      return CapturingLogger.class.getName();
    }

    @Override
    protected void handleNormalizedLoggingCall(
        Level level, Marker marker, String messagePattern, Object[] arguments, Throwable thrown) {
      synchronized (LOCK) {
        if (!capturing) {
          return;
        }
      }
      StringBuilder line = new StringBuilder(level.toString()).append(' ').append(name).append(": ");
      line.append(MessageFormatter.basicArrayFormat(messagePattern, arguments));
      for (Throwable t = thrown; t != null; t = t.getCause()) {
        line.append(" | ").append(t);
      }
      record(line.toString());
    }
  }
}
