package uk.harbour.cases.youngperson;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.harbour.audit.AuditAction;
import uk.harbour.audit.Audited;
import uk.harbour.cases.CaseId;
import uk.harbour.cases.CaseSummary;
import uk.harbour.cases.Cases;
import uk.harbour.intelligence.EntityKind;
import uk.harbour.intelligence.IntelligenceSource;
import uk.harbour.shared.RecordNotFoundException;

/**
 * Intelligence started from a case carries over, without retyping, the child and the persons of
 * concern the young person's page records (name and description, as the practitioners wrote them).
 * Only for someone who may see the case; the read is audited as a view of it. The words start
 * blank: nothing the young person said, and none of their voice entries, profile or relationships
 * (family, friends and professionals, described in the young person's own terms) travel into
 * intelligence.
 */
@Component
class CaseAsIntelligence implements IntelligenceSource {

  static final String KIND = "case";

  private final Cases cases;
  private final YoungPersonRepository repository;
  private final ApplicationEventPublisher events;

  CaseAsIntelligence(
      Cases cases, YoungPersonRepository repository, ApplicationEventPublisher events) {
    this.cases = cases;
    this.repository = repository;
    this.events = events;
  }

  @Override
  public String kind() {
    return KIND;
  }

  @Override
  @Transactional(noRollbackFor = RecordNotFoundException.class)
  public Optional<Prefill> prefill(UUID recordId) {
    CaseSummary summary;
    try {
      summary = cases.requireCase(new CaseId(recordId), AuditAction.VIEW);
    } catch (RecordNotFoundException notSeen) {
      return Optional.empty();
    }
    List<Row> rows =
        repository.personsOfConcern(summary.child()).stream()
            .map(
                p ->
                    new Row(
                        EntityKind.PERSON,
                        p.name(),
                        "",
                        "",
                        "",
                        "",
                        "",
                        "",
                        "",
                        p.description() == null ? "" : p.description()))
            .toList();
    events.publishEvent(
        Audited.succeeded(AuditAction.VIEW, Cases.RECORD_TYPE, summary.id())
            .withDetail("to start intelligence, persons of concern " + rows.size()));
    return Optional.of(new Prefill("", List.of(summary.child()), rows));
  }
}
