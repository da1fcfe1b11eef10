package uk.harbour.accesscontrol;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.harbour.audit.AuditAction;
import uk.harbour.audit.Audited;
import uk.harbour.shared.ChildId;
import uk.harbour.shared.DisplayDates;
import uk.harbour.shared.StaleRecordException;
import uk.harbour.shared.UserId;

/**
 * Emergency access to a child's record outside the user's need-to-know. The user gives a reason of
 * at least {@value #MIN_REASON_LENGTH} characters; access lasts four hours; the child's key worker
 * and every data protection officer are told inside Harbour; each use waits in a review queue.
 *
 * <p>A grant's start and end are the database's time, because the rule that honours it ({@code
 * visible_child_ids}) runs in the database and compares with {@code now()}. Taking the start from
 * the application's clock instead would let the two disagree by however far the clocks drift.
 */
@Service
public class BreakGlass {

  public static final int MIN_REASON_LENGTH = 20;
  public static final int MAX_REASON_LENGTH = 2000;
  public static final Duration DURATION = Duration.ofHours(4);
  static final String RECORD_TYPE = "break-glass";

  private final BreakGlassRepository repository;
  private final TeamRepository teams;
  private final CurrentUser currentUser;
  private final Directory directory;
  private final Notifications notifications;
  private final ApplicationEventPublisher events;
  private final MessageSource messages;
  private final Clock clock;
  private final DisplayDates dates;

  BreakGlass(
      BreakGlassRepository repository,
      TeamRepository teams,
      CurrentUser currentUser,
      Directory directory,
      Notifications notifications,
      ApplicationEventPublisher events,
      MessageSource messages,
      Clock clock,
      DisplayDates dates) {
    this.dates = dates;
    this.repository = repository;
    this.teams = teams;
    this.currentUser = currentUser;
    this.directory = directory;
    this.notifications = notifications;
    this.events = events;
    this.messages = messages;
    this.clock = clock;
  }

  /** Grants the signed-in user four hours' access to the child, and tells those who must know. */
  @Transactional
  public BreakGlassGrant grant(
      ChildId child, @Nullable String childReference, @Nullable String reason) {
    HarbourUser user = currentUser.require();
    if (user.has(Role.SYSTEM_ADMINISTRATOR)) {
      throw new AccessDeniedException("Administrators do not see child records");
    }
    String why = reason == null ? "" : reason.strip();
    if (why.length() < MIN_REASON_LENGTH || why.length() > MAX_REASON_LENGTH) {
      throw new IllegalArgumentException("Break-glass reason must be 20 to 2000 characters");
    }
    UUID id = UUID.randomUUID();
    // The database's clock decides when the grant ends, here and in visible_child_ids, which
    // compares expires_at with the same clock: one clock, so the page and the rule never disagree.
    Instant now = repository.insert(id, user.id(), child, childReference, why, DURATION);
    AccessDecisions.forgetAll();
    events.publishEvent(
        Audited.succeeded(AuditAction.BREAK_GLASS, AccessPolicy.CHILD, child).withReason(why));
    notifyThoseWhoMustKnow(user, child, childReference, id, why, now);
    return find(id).orElseThrow();
  }

  private void notifyThoseWhoMustKnow(
      HarbourUser user, ChildId child, String reference, UUID grant, String why, Instant when) {
    String time = dates.dateTime(when);
    String message =
        messages.getMessage(
            "breakGlass.notification",
            new Object[] {user.displayName(), user.agencyName(), reference, time, why},
            Locale.UK);
    java.util.Set<UserId> recipients = new java.util.LinkedHashSet<>();
    teams.keyWorker(child).ifPresent(recipients::add);
    directory
        .activeUsersWithRole(Role.DATA_PROTECTION_OFFICER)
        .forEach(u -> recipients.add(u.id()));
    recipients.remove(user.id());
    recipients.forEach(r -> notifications.send(r, "BREAK_GLASS", child, grant, message));
  }

  /**
   * When the signed-in user's break-glass access to this child ends, if they have any. Compared
   * with the database's clock, as {@code visible_child_ids} does.
   */
  public Optional<Instant> activeUntil(ChildId child) {
    return currentUser.get().flatMap(u -> repository.activeUntil(u.id(), child));
  }

  /** The data protection officer's review queue: what awaits review and what was reviewed. */
  public record ReviewQueue(List<BreakGlassGrant> awaiting, List<BreakGlassGrant> reviewed) {}

  /**
   * The review queue, as a data protection officer sees it: uses awaiting review (oldest first) and
   * the most recently reviewed. It shows reasons and children's references, so the view is audited
   * and each child in it sees it in their access log.
   */
  @Transactional
  public ReviewQueue reviewQueue(int reviewedLimit) {
    ReviewQueue queue = new ReviewQueue(awaitingReview(), recentlyReviewed(reviewedLimit));
    List<ChildId> shown =
        java.util.stream.Stream.concat(queue.awaiting().stream(), queue.reviewed().stream())
            .map(BreakGlassGrant::child)
            .toList();
    events.publishEvent(
        new Audited(
                AuditAction.VIEW,
                RECORD_TYPE,
                null,
                uk.harbour.audit.AuditOutcome.SUCCEEDED,
                null,
                "review queue, awaiting "
                    + queue.awaiting().size()
                    + ", reviewed "
                    + queue.reviewed().size())
            .withChildren(shown));
    return queue;
  }

  /** One use of break-glass opened for review; the view is audited. */
  @Transactional
  public Optional<BreakGlassGrant> openForReview(UUID id) {
    Optional<BreakGlassGrant> grant = find(id);
    grant.ifPresent(
        g ->
            events.publishEvent(
                Audited.succeeded(AuditAction.VIEW, RECORD_TYPE, g.id())
                    .withDetail("review")
                    .withChildren(List.of(g.child()))));
    return grant;
  }

  /** Uses of break-glass not yet reviewed, oldest first. */
  public List<BreakGlassGrant> awaitingReview() {
    return repository.awaitingReview();
  }

  /** The most recent reviewed uses, newest first. */
  public List<BreakGlassGrant> recentlyReviewed(int limit) {
    return repository.recentlyReviewed(limit);
  }

  public Optional<BreakGlassGrant> find(UUID id) {
    return repository.find(id);
  }

  /** Records a data protection officer's review; a stale version changes nothing. */
  @Transactional
  public void review(UUID id, int version, BreakGlassReviewOutcome outcome, String note) {
    HarbourUser reviewer = currentUser.require();
    if (!reviewer.has(Role.DATA_PROTECTION_OFFICER)) {
      throw new AccessDeniedException("Only data protection officers review break-glass");
    }
    if (!repository.review(id, version, reviewer.id(), clock.instant(), outcome, note)) {
      BreakGlassGrant current =
          find(id).orElseThrow(() -> new uk.harbour.shared.RecordNotFoundException(RECORD_TYPE));
      throw new StaleRecordException(current.reviewerName(), current.reviewedAt());
    }
    events.publishEvent(new BreakGlassReviewed(id, outcome));
  }
}
