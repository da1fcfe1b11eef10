package uk.harbour.platform;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.event.ApplicationContextInitializedEvent;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggerConfiguration;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;

/**
 * Keeps a failed start to the one line {@link StartupFailureReporter} writes. While Harbour starts,
 * the Hikari pool does not log its own "Exception during pool initialization" stack trace and the
 * application context does not log its "cancelling refresh attempt" warning (the failure analysis
 * says the same, once). Both loggers get their configured levels back as soon as Harbour is ready
 * or has failed, so a database lost later is still logged in full.
 */
class StartupLogging implements ApplicationListener<ApplicationEvent> {

  static final String HIKARI_POOL = "com.zaxxer.hikari.pool.HikariPool";

  private final Map<String, LogLevel> quietened = new LinkedHashMap<>();

  @Override
  public void onApplicationEvent(ApplicationEvent event) {
    if (event instanceof ApplicationContextInitializedEvent initialized) {
      LoggingSystem logging = loggingSystem(initialized.getApplicationContext().getClassLoader());
      quieten(logging, HIKARI_POOL, LogLevel.OFF);
      quieten(logging, initialized.getApplicationContext().getClass().getName(), LogLevel.ERROR);
    } else if (event instanceof ApplicationReadyEvent || event instanceof ApplicationFailedEvent) {
      restore(loggingSystem(getClass().getClassLoader()));
    }
  }

  private synchronized void quieten(LoggingSystem logging, String logger, LogLevel level) {
    LoggerConfiguration current = logging.getLoggerConfiguration(logger);
    quietened.putIfAbsent(logger, current == null ? null : current.getConfiguredLevel());
    logging.setLogLevel(logger, level);
  }

  private synchronized void restore(LoggingSystem logging) {
    for (String logger : List.copyOf(quietened.keySet())) {
      logging.setLogLevel(logger, quietened.remove(logger));
    }
  }

  private static LoggingSystem loggingSystem(ClassLoader loader) {
    return LoggingSystem.get(loader);
  }
}
