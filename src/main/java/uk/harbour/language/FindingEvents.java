package uk.harbour.language;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import uk.harbour.shared.DisplayDates;

/**
 * Finding events for the learning view: entry, month, agency, manager, outcome and a monthly
 * pseudonym of the practitioner (a hash of this installation's secret, their id and the month, so
 * that the view can count how many practitioners a number covers without knowing who). Never the
 * text, never the practitioner's id.
 */
@Component
class FindingEvents {

  /** One row of the learning view, before any count is withheld. */
  record Count(
      LocalDate month,
      String team,
      String entryId,
      long shown,
      long kept,
      long changed,
      long practitioners) {}

  private final FindingEventRepository events;
  private final Clock clock;
  private volatile @Nullable String secret;

  FindingEvents(FindingEventRepository events, Clock clock) {
    this.events = events;
    this.clock = clock;
  }

  void record(
      List<String> entryIds,
      UUID agencyId,
      UUID managerId,
      UUID practitioner,
      FindingOutcome outcome) {
    LocalDate month = LocalDate.ofInstant(clock.instant(), DisplayDates.ZONE).withDayOfMonth(1);
    String key = pseudonym(practitioner, month);
    for (String entryId : entryIds) {
      events.insert(entryId, month, agencyId, managerId, outcome, key);
    }
  }

  /** Counts for the people this manager manages, by month and entry. */
  List<Count> forManager(UUID managerId) {
    return counts("e.manager_id = :who", managerId);
  }

  /** Counts for every agency, by month, agency and entry. */
  List<Count> byAgency() {
    return counts("TRUE", null);
  }

  private List<Count> counts(String where, @Nullable UUID who) {
    return events.counts(where, who);
  }

  private String pseudonym(UUID practitioner, LocalDate month) {
    String installation = secret;
    if (installation == null) {
      installation = events.secret();
      secret = installation;
    }
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      byte[] hash =
          sha.digest(
              (installation + ":" + practitioner + ":" + month).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
