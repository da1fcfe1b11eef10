package uk.harbour.missing;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import uk.harbour.accesscontrol.Directory;
import uk.harbour.accesscontrol.Notifications;
import uk.harbour.accesscontrol.Role;
import uk.harbour.accesscontrol.TeamMember;
import uk.harbour.accesscontrol.Teams;
import uk.harbour.accesscontrol.UserSummary;
import uk.harbour.intelligence.Entities;
import uk.harbour.intelligence.EntityId;
import uk.harbour.shared.ChildId;
import uk.harbour.shared.UserId;

/**
 * After an episode is saved, looks for the same found address, place or register entry (a person or
 * vehicle the child was found with) in other children's missing episodes. For each pair of children
 * not flagged before for that subject, it tells every active contextual safeguarding lead (what the
 * subject is and how many children share it, never who) and each child's team (about their own
 * child only, and that the subject comes up for other children, who are not named). Runs in the
 * saving transaction ({@link PatternChecksOnSave}); each subject costs two indexed statements.
 */
@Component
class RecurrenceCheck {

  static final String KIND = "missing-recurrence";

  private final RecurrenceRepository repository;
  private final Entities entities;
  private final Directory directory;
  private final Teams teams;
  private final Notifications notifications;
  private final MessageSource messages;
  private final Clock clock;
  private final ApplicationEventPublisher events;

  RecurrenceCheck(
      RecurrenceRepository repository,
      Entities entities,
      Directory directory,
      Teams teams,
      Notifications notifications,
      MessageSource messages,
      Clock clock,
      ApplicationEventPublisher events) {
    this.repository = repository;
    this.entities = entities;
    this.directory = directory;
    this.teams = teams;
    this.notifications = notifications;
    this.messages = messages;
    this.clock = clock;
    this.events = events;
  }

  /** One thing an episode could share with others': its kind, key and the words for it. */
  record Subject(RecurrenceRepository.Kind kind, String key, String words) {}

  /** Checks one saved episode; returns how many new pairs of children were flagged. */
  int check(EpisodeId episode) {
    RecurrenceRepository.Subjects found = repository.subjectsOf(episode).orElse(null);
    if (found == null) {
      return 0;
    }
    int flagged = 0;
    Instant now = clock.instant();
    for (Subject subject : subjects(found)) {
      List<ChildId> others =
          repository.flagNewPairs(
              subject.kind(), subject.key(), subject.words(), found.child(), episode, now);
      if (others.isEmpty()) {
        continue;
      }
      flagged += others.size();
      long sharing = repository.childrenSharing(subject.kind(), subject.key());
      int told = tell(subject, found.child(), others, sharing);
      events.publishEvent(
          new RecurrenceFlagged(episode, found.child(), subject.kind(), sharing, others, told));
    }
    return flagged;
  }

  private List<Subject> subjects(RecurrenceRepository.Subjects found) {
    List<Subject> subjects = new ArrayList<>();
    if (found.locationKey() != null) {
      subjects.add(
          new Subject(
              RecurrenceRepository.Kind.LOCATION,
              found.locationKey(),
              PatternPages.addressLine(found.address(), found.postcode())));
    }
    List<EntityId> ids = new ArrayList<>();
    if (found.place() != null) {
      ids.add(new EntityId(found.place()));
    }
    found.entities().forEach(e -> ids.add(new EntityId(e)));
    Map<EntityId, String> labels = ids.isEmpty() ? Map.of() : entities.labels(ids);
    if (found.place() != null) {
      EntityId place = new EntityId(found.place());
      subjects.add(
          new Subject(
              RecurrenceRepository.Kind.PLACE,
              place.value().toString(),
              labels.getOrDefault(place, place.value().toString())));
    }
    for (UUID entity : found.entities()) {
      EntityId id = new EntityId(entity);
      subjects.add(
          new Subject(
              RecurrenceRepository.Kind.ENTITY,
              entity.toString(),
              labels.getOrDefault(id, entity.toString())));
    }
    return subjects;
  }

  /** Sends the notifications; returns how many people were told. */
  private int tell(Subject subject, ChildId child, List<ChildId> others, long sharing) {
    String what = text("missing.recurrence.kind." + subject.kind(), subject.words());
    Set<UserId> told = new LinkedHashSet<>();
    for (UserSummary lead : directory.activeUsersWithRole(Role.CONTEXTUAL_SAFEGUARDING_LEAD)) {
      notifications.send(
          lead.id(),
          KIND,
          null,
          subjectId(subject, lead.id(), null),
          text("missing.recurrence.lead", what, sharing),
          null);
      told.add(lead.id());
    }
    List<ChildId> children = new ArrayList<>();
    children.add(child);
    children.addAll(others);
    for (ChildId each : children) {
      for (TeamMember member : teams.members(each)) {
        if (!member.user().active()) {
          continue;
        }
        notifications.send(
            member.user().id(),
            KIND,
            each,
            subjectId(subject, member.user().id(), each),
            text("missing.recurrence.team", what),
            "/missing/children/" + each.value() + "/pattern");
        told.add(member.user().id());
      }
    }
    return told.size();
  }

  private static UUID subjectId(Subject subject, UserId user, @Nullable ChildId child) {
    return UUID.nameUUIDFromBytes(
        (subject.kind() + ":" + subject.key() + ":" + user.value() + ":" + child)
            .getBytes(StandardCharsets.UTF_8));
  }

  private String text(String key, Object... args) {
    return messages.getMessage(key, args, Locale.UK);
  }
}
