package uk.harbour.missing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.harbour.audit.AuditAction;
import uk.harbour.audit.Audited;
import uk.harbour.intelligence.Entities;
import uk.harbour.intelligence.EntityKind;
import uk.harbour.intelligence.EntitySummary;
import uk.harbour.intelligence.IntelligenceSource;
import uk.harbour.shared.RecordNotFoundException;

/**
 * A held return interview's account as intelligence in one step: the young person, who they were
 * found with (register entries as they are named there, others as described) and where they were
 * found carry over as rows. The young person's own words carry over only as far as they agreed: all
 * of them and the interviewer's summary when they agreed to share, only the part they agreed when
 * some, nothing when they did not. Harm disclosed and anything else they said stay in the return
 * interview. Only for someone who may see the child; the read is audited.
 */
@Component
class ReturnInterviewAsIntelligence implements IntelligenceSource {

  static final String KIND = "return-interview";

  private static final java.time.format.DateTimeFormatter DATE =
      java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK);

  private final Episodes episodes;
  private final ReturnInterviewRepository interviews;
  private final Entities entities;
  private final ApplicationEventPublisher events;

  ReturnInterviewAsIntelligence(
      Episodes episodes,
      ReturnInterviewRepository interviews,
      Entities entities,
      ApplicationEventPublisher events) {
    this.episodes = episodes;
    this.interviews = interviews;
    this.entities = entities;
    this.events = events;
  }

  @Override
  public String kind() {
    return KIND;
  }

  @Override
  @Transactional(noRollbackFor = RecordNotFoundException.class)
  public Optional<Prefill> prefill(UUID recordId) {
    MissingEpisode episode;
    try {
      episode = episodes.view(new EpisodeId(recordId));
    } catch (RecordNotFoundException notSeen) {
      return Optional.empty();
    }
    Optional<ReturnInterview> held =
        interviews.find(episode.id()).filter(r -> r.outcome() == InterviewOutcome.HELD);
    if (held.isEmpty()) {
      return Optional.empty();
    }
    ReturnInterview r = held.get();
    String words = words(r);
    List<Row> rows = rows(episode);
    events.publishEvent(
        Audited.succeeded(AuditAction.VIEW, ReturnInterview.RECORD_TYPE, episode.id())
            .withDetail(
                "to start intelligence, rows "
                    + rows.size()
                    + (words.isEmpty() ? ", no words shared" : ", words the young person agreed"))
            .withChildren(List.of(episode.child())));
    return Optional.of(new Prefill(words, List.of(episode.child()), rows));
  }

  /** What the young person agreed to share, and nothing else. */
  static String words(ReturnInterview r) {
    String shared = r.wordsToShare();
    List<String> parts = new ArrayList<>();
    if (shared != null && !shared.isBlank()) {
      parts.add(
          "From a return interview held on "
              + (r.heldOn() == null ? "" : DATE.format(r.heldOn()))
              + ". What the young person agreed to share: "
              + shared.strip());
    }
    if (r.consent() == ConsentToShare.YES
        && r.accountSummary() != null
        && !r.accountSummary().isBlank()) {
      parts.add("Interviewer's summary: " + r.accountSummary().strip());
    }
    return String.join("\n\n", parts);
  }

  private List<Row> rows(MissingEpisode e) {
    List<Row> rows = new ArrayList<>();
    for (MissingEpisode.FoundWith w : e.foundWith()) {
      if (w.entity() != null) {
        entities.find(w.entity()).ifPresent(s -> rows.add(row(s)));
      } else {
        rows.add(new Row(EntityKind.PERSON, "", "", "", "", "", "", "", "", w.description()));
      }
    }
    MissingEpisode.Found found = e.found();
    if (found.place() != null) {
      entities.find(found.place()).ifPresent(s -> rows.add(row(s)));
    } else if (found.shown() != null || found.where() != null) {
      String place = found.shown() != null ? found.shown() : found.where();
      String description = found.shown() != null && found.where() != null ? found.where() : "";
      rows.add(new Row(EntityKind.PLACE, "", "", "", "", "", "", "", place, description));
    }
    return rows;
  }

  private static Row row(EntitySummary s) {
    String label = s.label();
    return switch (s.kind()) {
      case PERSON -> new Row(EntityKind.PERSON, label, "", "", "", "", "", "", "", "");
      case VEHICLE -> new Row(EntityKind.VEHICLE, "", "", "", label, "", "", "", "", "");
      case PHONE -> new Row(EntityKind.PHONE, "", "", "", "", label, "", "", "", "");
      case ONLINE_ACCOUNT ->
          new Row(EntityKind.ONLINE_ACCOUNT, "", "", "", "", "", "", label, "", "");
      case PLACE -> new Row(EntityKind.PLACE, "", "", "", "", "", "", "", label, "");
    };
  }
}
