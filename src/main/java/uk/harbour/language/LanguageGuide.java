package uk.harbour.language;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import uk.harbour.accesscontrol.CurrentUser;
import uk.harbour.accesscontrol.Directory;
import uk.harbour.accesscontrol.HarbourUser;
import uk.harbour.accesscontrol.UserSummary;
import uk.harbour.shared.AuditAction;
import uk.harbour.shared.Audited;

/**
 * The language guide for every free-text field: checks text, records what practitioners did about
 * findings (for learning, never naming them), and lets administrators maintain the entries.
 */
@Service
public class LanguageGuide {

  private final GuideStore store;
  private final FindingEvents events;
  private final CurrentUser currentUser;
  private final Directory directory;
  private final ApplicationEventPublisher publisher;
  private volatile GuideMatcher matcher;

  LanguageGuide(
      GuideStore store,
      FindingEvents events,
      CurrentUser currentUser,
      Directory directory,
      ApplicationEventPublisher publisher) {
    this.store = store;
    this.events = events;
    this.currentUser = currentUser;
    this.directory = directory;
    this.publisher = publisher;
  }

  /** The findings in {@code text}; empty for the young person's own words. Never throws. */
  public List<Finding> check(String text, TextContext context) {
    return matcher().check(text, context);
  }

  /** Checks several named fields; only fields with findings are in the result, in order. */
  public Map<String, List<Finding>> checkFields(Map<String, String> fields, TextContext context) {
    Map<String, List<Finding>> result = new LinkedHashMap<>();
    fields.forEach(
        (name, text) -> {
          List<Finding> findings = check(text, context);
          if (!findings.isEmpty()) {
            result.put(name, findings);
          }
        });
    return result;
  }

  /** The entry with this id, if it exists (enabled or not). */
  public java.util.Optional<GuideEntry> entry(String id) {
    return matcher().entries().stream().filter(e -> e.id().equals(id)).findFirst();
  }

  /**
   * Records what the signed-in practitioner did about a finding: the entry, the month, their agency
   * and their manager. Never the text and never the practitioner.
   */
  @Transactional
  public void record(String entryId, FindingOutcome outcome) {
    if (entry(entryId).isEmpty()) {
      return;
    }
    HarbourUser user = currentUser.require();
    java.util.UUID manager =
        directory
            .findUser(user.id())
            .map(UserSummary::managerId)
            .map(id -> id.value())
            .orElse(null);
    events.record(entryId, user.agencyId().value(), manager, outcome);
  }

  List<GuideEntry> entries() {
    return matcher().entries();
  }

  @Transactional
  void save(GuideEntry entry, boolean isNew) {
    store.save(entry, currentUser.require().id().value());
    publisher.publishEvent(
        Audited.succeeded(
                isNew ? AuditAction.CREATE : AuditAction.CHANGE, "language-entry", entry.id())
            .withDetail(entry.enabled() ? "enabled" : "disabled"));
    reloadAfterCommit();
  }

  /** Imports entries from guide YAML (each replaces the entry with its id); returns how many. */
  @Transactional
  int importYaml(String yaml) {
    List<GuideEntry> entries = GuideYaml.read(yaml);
    for (GuideEntry entry : entries) {
      store.save(entry, currentUser.require().id().value());
    }
    publisher.publishEvent(
        Audited.succeeded(AuditAction.CHANGE, "language-guide", null)
            .withDetail("imported " + entries.size() + " entries"));
    reloadAfterCommit();
    return entries.size();
  }

  @Transactional
  String exportYaml() {
    publisher.publishEvent(Audited.succeeded(AuditAction.EXPORT, "language-guide", null));
    return GuideYaml.write(entries());
  }

  private void reloadAfterCommit() {
    matcher = null;
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
              matcher = null;
            }
          });
    }
  }

  private GuideMatcher matcher() {
    GuideMatcher current = matcher;
    if (current == null) {
      current = GuideMatcher.of(store.effective());
      matcher = current;
    }
    return current;
  }
}
