package uk.harbour.disruption;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.harbour.accesscontrol.CurrentUser;
import uk.harbour.shared.RecordNotFoundException;
import uk.harbour.shared.StaleRecordException;

/**
 * The tactic catalogue: read by anyone recording a disruption, kept by administrators. A tactic is
 * never deleted: it is retired, and every saved version is kept. Each change is audited ({@link
 * TacticChanged}). The catalogue holds no child data.
 */
@Service
class TacticCatalogue {

  private final TacticRepository tactics;
  private final CurrentUser currentUser;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  TacticCatalogue(
      TacticRepository tactics,
      CurrentUser currentUser,
      ApplicationEventPublisher events,
      Clock clock) {
    this.tactics = tactics;
    this.currentUser = currentUser;
    this.events = events;
    this.clock = clock;
  }

  List<Tactic> all() {
    return tactics.all();
  }

  /** The tactics a new activity may use: those not retired. */
  List<Tactic> current() {
    return tactics.all().stream().filter(t -> !t.retired()).toList();
  }

  Tactic require(UUID id) {
    return tactics
        .find(id)
        .orElseThrow(() -> new RecordNotFoundException(TacticChanged.RECORD_TYPE));
  }

  boolean nameTaken(String name, UUID except) {
    return tactics.nameTaken(name, except);
  }

  @Transactional
  UUID add(Tactic.Words words) {
    UUID id = UUID.randomUUID();
    String code = code(words.name(), id);
    tactics.insert(id, code, words, clock.instant(), by());
    events.publishEvent(new TacticChanged(id, code, TacticChanged.Change.ADDED, 1));
    return id;
  }

  /** Saves new words; {@link StaleRecordException} if someone saved the tactic since. */
  @Transactional
  void update(UUID id, int openedVersion, Tactic.Words words) {
    Tactic before = require(id);
    Instant now = clock.instant();
    if (!tactics.update(id, openedVersion, words, now, by())) {
      Tactic current = require(id);
      throw new StaleRecordException(current.updatedByName(), current.updatedAt());
    }
    events.publishEvent(
        new TacticChanged(id, before.code(), TacticChanged.Change.CHANGED, openedVersion + 1));
  }

  /** Retires the tactic, or brings it back; {@link StaleRecordException} as for a change. */
  @Transactional
  void retire(UUID id, int openedVersion, boolean retire) {
    Tactic before = require(id);
    if (!tactics.retire(id, openedVersion, retire, clock.instant(), by())) {
      Tactic current = require(id);
      throw new StaleRecordException(current.updatedByName(), current.updatedAt());
    }
    events.publishEvent(
        new TacticChanged(
            id,
            before.code(),
            retire ? TacticChanged.Change.RETIRED : TacticChanged.Change.RESTORED,
            openedVersion + 1));
  }

  int versions(UUID id) {
    return tactics.versions(id);
  }

  /** A stable code for a tactic an administrator adds: its name in capitals, made unique. */
  static String code(String name, UUID id) {
    String base =
        name.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_").replaceAll("^_+|_+$", "");
    if (base.length() > 60) {
      base = base.substring(0, 60);
    }
    return (base.isEmpty() ? "TACTIC" : base)
        + "_"
        + id.toString().substring(0, 8).toUpperCase(Locale.ROOT);
  }

  private String by() {
    return currentUser.require().displayName();
  }
}
