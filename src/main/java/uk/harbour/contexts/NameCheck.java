package uk.harbour.contexts;

import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.BindingResult;
import uk.harbour.audit.AuditAction;
import uk.harbour.audit.Audited;
import uk.harbour.people.ChildNamesInText;

/**
 * Refuses register text that names a child ({@link ChildNamesInText}: any child record's given,
 * family or other name, or a commonly used given name). The error says that a child's name appears,
 * never which name or child, and every refusal is audited (the record type and field, never the
 * words), so anyone trying names one by one is visible to the data protection officer.
 */
@Component
class NameCheck {

  private final ChildNamesInText names;
  private final ApplicationEventPublisher events;

  NameCheck(ChildNamesInText names, ApplicationEventPublisher events) {
    this.names = names;
    this.events = events;
  }

  /**
   * Rejects each field (name to text) that names a child, with the message {@code
   * contexts.error.namesChild}; true if any did.
   */
  @Transactional
  public boolean reject(BindingResult result, String recordType, Map<String, String> fields) {
    boolean any = false;
    for (Map.Entry<String, String> field : fields.entrySet()) {
      String text = field.getValue();
      if (text == null || text.isBlank() || result.hasFieldErrors(field.getKey())) {
        continue;
      }
      if (names.namesAChild(text)) {
        result.rejectValue(field.getKey(), "contexts.error.namesChild");
        events.publishEvent(
            Audited.denied(AuditAction.CREATE, recordType, null)
                .withDetail("refused: a child's name appears in " + field.getKey()));
        any = true;
      }
    }
    return any;
  }
}
