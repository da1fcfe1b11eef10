package uk.harbour.missing;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.harbour.accesscontrol.AccessPolicy;
import uk.harbour.audit.AuditAction;
import uk.harbour.audit.Audited;
import uk.harbour.intelligence.Entities;
import uk.harbour.intelligence.EntityId;
import uk.harbour.people.ChildRecord;
import uk.harbour.people.Children;
import uk.harbour.shared.ChildId;
import uk.harbour.shared.DisplayDates;
import uk.harbour.shared.RecordNotFoundException;

/**
 * A child's missing pattern page: need-to-know first (a refusal is a 404, audited), then the
 * child's episodes with where and with whom they were found named from the registers, worked into
 * {@link PatternFigures}' charts. Audited as a view of the child's record.
 */
@Service
class PatternPages {

  private final Children children;
  private final EpisodeRepository episodes;
  private final Entities entities;
  private final MessageSource messages;
  private final Clock clock;
  private final ApplicationEventPublisher events;

  PatternPages(
      Children children,
      EpisodeRepository episodes,
      Entities entities,
      MessageSource messages,
      Clock clock,
      ApplicationEventPublisher events) {
    this.children = children;
    this.episodes = episodes;
    this.entities = entities;
    this.messages = messages;
    this.clock = clock;
    this.events = events;
  }

  /** The page: whose pattern, how many episodes, and the charts. */
  record View(ChildRecord child, int episodes, List<PatternChart> charts) {}

  @Transactional(noRollbackFor = {RecordNotFoundException.class, AccessDeniedException.class})
  View of(ChildId id) {
    ChildRecord child = children.viewWithin(id);
    List<MissingEpisode> found = episodes.forChild(id);
    List<PatternFigures.Episode> facts = facts(found);
    PatternFigures figures =
        new PatternFigures(
            (key, args) -> messages.getMessage(key, args, Locale.UK), DisplayDates.ZONE);
    events.publishEvent(
        Audited.succeeded(AuditAction.VIEW, AccessPolicy.CHILD, id)
            .withDetail("missing pattern, " + found.size() + " episodes"));
    return new View(child, found.size(), figures.charts(facts, clock.instant()));
  }

  /** Each episode as the pattern needs it, with register entries named (one query for all). */
  private List<PatternFigures.Episode> facts(List<MissingEpisode> found) {
    List<EntityId> ids = new ArrayList<>();
    for (MissingEpisode e : found) {
      if (e.found().place() != null) {
        ids.add(e.found().place());
      }
      e.foundWith().stream()
          .map(MissingEpisode.FoundWith::entity)
          .filter(x -> x != null)
          .forEach(ids::add);
    }
    Map<EntityId, String> labels = ids.isEmpty() ? Map.of() : entities.labels(ids);
    List<PatternFigures.Episode> facts = new ArrayList<>();
    for (MissingEpisode e : found) {
      List<String> with = new ArrayList<>();
      for (MissingEpisode.FoundWith w : e.foundWith()) {
        with.add(
            w.entity() != null && labels.containsKey(w.entity())
                ? labels.get(w.entity())
                : String.valueOf(w.description()));
      }
      facts.add(
          new PatternFigures.Episode(
              e.times().startAt(), e.times().returnedAt(), foundAt(e, labels), with));
    }
    return facts;
  }

  /** Where found: the register's place, else the address and postcode, else the words given. */
  static @Nullable String foundAt(MissingEpisode e, Map<EntityId, String> labels) {
    MissingEpisode.Found f = e.found();
    if (f.place() != null && labels.containsKey(f.place())) {
      return labels.get(f.place());
    }
    String line = addressLine(f.address(), f.postcode());
    return line.isEmpty() ? f.where() : line;
  }

  /** An address and postcode as one line ("Flat 3, Canal Street, NB1 4QT"); empty when neither. */
  static String addressLine(@Nullable String address, @Nullable String postcode) {
    String a = address == null ? "" : address.strip();
    String p = postcode == null ? "" : postcode.strip().toUpperCase(Locale.UK);
    return a.isEmpty() ? p : p.isEmpty() ? a : a + ", " + p;
  }
}
