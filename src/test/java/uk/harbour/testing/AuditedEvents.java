package uk.harbour.testing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;
import uk.harbour.audit.AuditAction;
import uk.harbour.audit.Audited;

/**
 * Collects every {@link Audited} event the application publishes, from any thread, so tests over
 * HTTP can check what was recorded. Import {@link Config} to use it.
 */
public final class AuditedEvents {

  private final List<Audited> events = new CopyOnWriteArrayList<>();

  @EventListener
  void on(Audited event) {
    events.add(event);
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
