package uk.harbour.testing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import uk.harbour.audit.AuditAction;
import uk.harbour.audit.Audited;
import uk.harbour.audit.AuditedEvent;

/**
 * Collects every {@link Audited} event the application publishes, and the records of every typed
 * {@link AuditedEvent} as the audit module stores them (each as if published on its own), from any
 * thread, so tests over HTTP can check what was recorded. Import {@link Config} to use it.
 */
public final class AuditedEvents {

  private final List<Audited> events = new CopyOnWriteArrayList<>();

  @EventListener
  void on(Audited event) {
    events.add(event);
  }

  /** First among the event's listeners, as the audit module records it. */
  @EventListener
  @Order(Ordered.HIGHEST_PRECEDENCE)
  void on(AuditedEvent event) {
    events.addAll(event.audited());
  }

  public List<Audited> all() {
    return List.copyOf(events);
  }

  public List<Audited> about(String recordId) {
    return events.stream().filter(e -> recordId.equals(e.recordId())).toList();
  }

  public List<AuditAction> actionsAbout(String recordId) {
    return about(recordId).stream().map(Audited::action).toList();
  }

  @TestConfiguration(proxyBeanMethods = false)
  public static class Config {
    @Bean
    AuditedEvents auditedEvents() {
      return new AuditedEvents();
    }
  }
}
