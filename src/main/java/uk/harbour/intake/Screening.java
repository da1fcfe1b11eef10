package uk.harbour.intake;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.harbour.accesscontrol.HarbourUser;
import uk.harbour.accesscontrol.ScreeningAccess;
import uk.harbour.audit.AuditAction;
import uk.harbour.audit.AuditOutcome;
import uk.harbour.audit.Audited;
import uk.harbour.shared.RecordNotFoundException;

/**
 * The screening (MASH) queue and decisions. Screening officers see every concern awaiting a
 * decision (public reports saying a child is in danger now first, then the rest, each oldest
 * first), and decide each with written reasons; the decision, its time and how long it took are
 * recorded and audited. Deciding ends the officer's screening access to the child and tells the
 * practitioner who raised the concern what was decided ({@link ReporterNotice}).
 */
@Service
class Screening {

  static final String RECORD_TYPE = ConcernAccess.RECORD_TYPE;
  static final int DECIDED_LIMIT = 50;
  private static final Pattern INTERNAL =
      Pattern.compile("(?i)CON[-\\s]*(\\d{4})[-\\s]*(\\d{1,9})");

  /** Why a decision could not be recorded. */
  enum Refusal {
    NEEDS_CHILD,
    ALREADY_DECIDED
  }

  private final ConcernRepository repository;
  private final ConcernListRepository lists;
  private final ScreeningOfficer officer;
  private final ScreeningAccess screeningAccess;
  private final ApplicationEventPublisher events;
  private final Clock clock;
  private final ScreeningProperties properties;
  private final ReporterNotice reporterNotice;
  private final AutoLink autoLink;

  Screening(
      ConcernRepository repository,
      ConcernListRepository lists,
      ScreeningOfficer officer,
      ScreeningAccess screeningAccess,
      ApplicationEventPublisher events,
      Clock clock,
      ScreeningProperties properties,
      ReporterNotice reporterNotice,
      AutoLink autoLink) {
    this.autoLink = autoLink;
    this.repository = repository;
    this.lists = lists;
    this.reporterNotice = reporterNotice;
    this.properties = properties;
    this.officer = officer;
    this.screeningAccess = screeningAccess;
    this.events = events;
    this.clock = clock;
  }

  /**
   * Concerns awaiting a decision, those saying a child is in danger now first, each group oldest
   * first; the view of the queue is audited.
   */
  @Transactional
  List<Concern> queue() {
    officer.require();
    List<Concern> waiting = lists.awaitingDecision(properties.queueLimit());
    events.publishEvent(
        ConcernAccess.listed(waiting, "screening queue, results " + waiting.size()));
    return waiting;
  }

  /**
   * How many concerns await a decision in all; the queue shows only the oldest few hundred, so the
   * page can say when it shows only part.
   */
  @Transactional(readOnly = true)
  int waitingCount() {
    officer.require();
    return lists.countAwaitingDecision();
  }

  /** The most recent decisions, newest first; audited. */
  @Transactional
  List<Concern> recentlyDecided() {
    officer.require();
    List<Concern> decided = lists.recentlyDecided(DECIDED_LIMIT);
    events.publishEvent(
        ConcernAccess.listed(decided, "recent screening decisions, results " + decided.size()));
    return decided;
  }

  /**
   * The concern a caller's or colleague's reference stands for: the internal reference
   * (CON-2026-000123, any case, leading zeros optional) or a public report's reference
   * (K7MX-9DTA-HWG, any case, spaces or none). The look-up is audited as a search, naming the
   * concern found (and its child, if linked), never what was typed.
   */
  @Transactional
  Optional<UUID> find(String typed) {
    officer.require();
    Optional<Concern> found =
        internalReference(typed)
            .flatMap(repository::findSubmittedByReference)
            .or(
                () ->
                    PublicReference.normalise(typed)
                        .flatMap(repository::findSubmittedByPublicReference));
    events.publishEvent(
        new Audited(
                AuditAction.SEARCH,
                RECORD_TYPE,
                found.map(c -> c.id().toString()).orElse(null),
                AuditOutcome.SUCCEEDED,
                null,
                "concern reference look-up: " + (found.isPresent() ? "found" : "not found"))
            .withChildren(found.map(Concern::childId).stream().toList()));
    return found.map(Concern::id);
  }

  /** "con-2026-123" and "CON-2026-000123" both become CON-2026-000123; anything else empty. */
  static Optional<String> internalReference(String typed) {
    if (typed == null) {
      return Optional.empty();
    }
    Matcher m = INTERNAL.matcher(typed.strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    long number = Long.parseLong(m.group(2));
    return Optional.of(String.format(Locale.ROOT, "CON-%s-%06d", m.group(1), number));
  }

  /** One concern with everything in it, for screening; the view is audited. */
  @Transactional(noRollbackFor = RecordNotFoundException.class)
  Concern open(UUID id) {
    officer.require();
    Concern concern = repository.find(id).filter(c -> !c.isDraft()).orElse(null);
    if (concern == null) {
      throw new RecordNotFoundException(RECORD_TYPE);
    }
    events.publishEvent(
        Audited.succeeded(AuditAction.VIEW, RECORD_TYPE, id).withDetail("screening"));
    return concern;
  }

  /**
   * The candidate Harbour linked the concern to when it was submitted, with nobody deciding ({@link
   * AutoLinkOnSubmit}), while it awaits a decision: the page says so until the officer decides or
   * unlinks. Empty when automatic linking is off (nothing is read then) or a person linked it.
   */
  Optional<ScreeningCandidates.Candidate> linkedAutomatically(
      Concern concern, List<ScreeningCandidates.Candidate> candidates) {
    if (autoLink.threshold().isEmpty()
        || !concern.awaitingDecision()
        || concern.childId() == null
        || !repository.linkedAutomatically(concern.id())) {
      return Optional.empty();
    }
    return candidates.stream()
        .filter(c -> c.childReference().equals(concern.childReference()))
        .findFirst();
  }

  /**
   * Records the decision with its reasons and publishes it ({@link ConcernScreened}), audited as
   * one change to the concern; a referral to the CSE service opens the child's case or adds this
   * concern to it (the cases module reacts), so it needs the concern linked to a child first.
   *
   * @return null when recorded, otherwise why not
   */
  @Transactional
  @Nullable Refusal decide(UUID id, ScreeningOutcome outcome, String reasons) {
    return decision(id, outcome, reasons).refusal();
  }

  /**
   * What {@link #decide} did, with the concern as it was when decided: the page after a decision
   * names it without reading (and auditing) it again.
   *
   * @param refusal null when recorded, otherwise why not
   */
  record Decision(@Nullable Refusal refusal, Concern concern) {}

  /** Records the decision as {@link #decide} does, and says which concern it was. */
  @Transactional
  Decision decision(UUID id, ScreeningOutcome outcome, String reasons) {
    HarbourUser user = officer.require();
    Concern concern = repository.find(id).filter(c -> !c.isDraft()).orElse(null);
    if (concern == null) {
      throw new RecordNotFoundException(RECORD_TYPE);
    }
    if (!concern.awaitingDecision()) {
      return new Decision(Refusal.ALREADY_DECIDED, concern);
    }
    if (outcome.needsChild() && concern.childId() == null) {
      return new Decision(Refusal.NEEDS_CHILD, concern);
    }
    Instant now = clock.instant();
    if (!repository.decide(id, outcome, reasons, user.id(), user.displayName(), now)) {
      return new Decision(Refusal.ALREADY_DECIDED, concern);
    }
    events.publishEvent(
        new ConcernScreened(
            id,
            concern.reference(),
            concern.childId(),
            outcome,
            reasons,
            user.displayName(),
            concern.submittedAt(),
            concern.linkedAt(),
            now));
    reporterNotice.decided(concern, outcome, user.id());
    if (concern.childId() != null) {
      screeningAccess.screened(concern.childId(), concern.reference());
    }
    return new Decision(null, concern);
  }
}
