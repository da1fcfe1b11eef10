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
import uk.harbour.audit.AuditAction;
import uk.harbour.audit.Audited;

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
   * Records what the signed-in practitioner did about a finding: the entry, the month, their
   * agency, their manager and a monthly pseudonym (see {@link FindingEvents}). Never the text and
   * never the practitioner. Unknown entries are ignored.
   */
  @Transactional
  public void record(String entryId, FindingOutcome outcome) {
    record(List.of(entryId), outcome);
  }

  /** Records SHOWN for every finding shown after a save. */
  @Transactional
  public void recordShown(List<FieldFindings> shown) {
    List<String> ids = new java.util.ArrayList<>();
    for (FieldFindings field : shown) {
      for (Finding finding : field.findings()) {
        ids.add(finding.entryId());
      }
    }
    record(ids, FindingOutcome.SHOWN);
  }

  private void record(List<String> entryIds, FindingOutcome outcome) {
    List<String> known = entryIds.stream().filter(id -> entry(id).isPresent()).toList();
    if (known.isEmpty()) {
      return;
    }
    HarbourUser user = currentUser.require();
    java.util.UUID manager =
        directory
            .findUser(user.id())
            .map(UserSummary::managerId)
            .map(id -> id.value())
            .orElse(null);
    events.record(known, user.agencyId().value(), manager, user.id().value(), outcome);
  }

  List<GuideEntry> entries() {
    return matcher().entries();
  }

  /** The version of the built-in guide. */
  int builtInVersion() {
    return GuideYaml.builtInVersion();
  }

  /** How many entries administrators have added or changed here (stored over the built-in ones). */
  int changedHere() {
    return store.stored().size();
  }

  /**
   * Saves an entry (new or changed) and audits it, saying which fields changed. A new entry must
   * not reuse an existing id: the caller checks {@link #entry(String)} first.
   */
  @Transactional
  void save(GuideEntry entry, boolean isNew) {
    GuideEntry before = isNew ? null : entry(entry.id()).orElse(null);
    store.save(entry, currentUser.require().id().value());
    audit(before, entry);
    reloadAfterCommit();
  }

  /**
   * Imports entries from guide YAML (each replaces the entry with its id); returns how many. Each
   * entry is audited with what changed; the import as a whole too.
   */
  @Transactional
  int importYaml(String yaml) {
    List<GuideEntry> entries = GuideYaml.read(yaml);
    int changed = 0;
    for (GuideEntry entry : entries) {
      GuideEntry before = entry(entry.id()).orElse(null);
      if (before != null && GuideChanges.describe(before, entry).equals("no change")) {
        continue;
      }
      store.save(entry, currentUser.require().id().value());
      audit(before, entry);
      changed++;
    }
    publisher.publishEvent(new GuideImported(entries.size(), changed));
    reloadAfterCommit();
    return entries.size();
  }

  private void audit(GuideEntry before, GuideEntry after) {
    publisher.publishEvent(new GuideEntryChanged(before, after));
  }

  @Transactional
  String exportYaml() {
    int version = builtInVersion();
    publisher.publishEvent(
        Audited.succeeded(AuditAction.EXPORT, "language-guide", null)
            .withDetail("built-in version " + version));
    return GuideYaml.export(entries(), version, changedHere());
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
