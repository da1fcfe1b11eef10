package uk.harbour.contexts;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.harbour.accesscontrol.AccessPolicy;
import uk.harbour.accesscontrol.HarbourUser;
import uk.harbour.audit.AuditAction;
import uk.harbour.audit.Audited;
import uk.harbour.contexts.Kinds.ContextKind;
import uk.harbour.contexts.Kinds.Decision;
import uk.harbour.contexts.Records.Context;
import uk.harbour.contexts.Records.NewContext;
import uk.harbour.contexts.Records.Ranked;
import uk.harbour.contexts.Records.Referral;
import uk.harbour.shared.ChildId;
import uk.harbour.shared.DisplayDates;
import uk.harbour.shared.RecordNotFoundException;
import uk.harbour.shared.StaleRecordException;

/**
 * The register of contexts and the referrals about them: every view and change audited, the linked
 * children counted for everyone and listed only as the need-to-know rule allows.
 */
@Service
class Register {

  static final int LIST = 500;

  private final ContextRepository contexts;
  private final CaseContextRepository links;
  private final ContextAccess access;
  private final AccessPolicy policy;
  private final List<MissingEpisodesAtContexts> missing;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  Register(
      ContextRepository contexts,
      CaseContextRepository links,
      ContextAccess access,
      AccessPolicy policy,
      List<MissingEpisodesAtContexts> missing,
      ApplicationEventPublisher events,
      Clock clock) {
    this.contexts = contexts;
    this.links = links;
    this.access = access;
    this.policy = policy;
    this.missing = missing;
    this.events = events;
    this.clock = clock;
  }

  LocalDate today() {
    return LocalDate.now(clock.withZone(DisplayDates.ZONE));
  }

  @Transactional
  List<Context> list() {
    List<Context> all = contexts.all(LIST);
    events.publishEvent(
        Audited.succeeded(AuditAction.VIEW, ContextChanged.RECORD_TYPE, null)
            .withDetail("contexts, results " + all.size()));
    return all;
  }

  /** The context, audited as a view with the linked children this viewer may see. */
  @Transactional(noRollbackFor = RecordNotFoundException.class)
  Context view(ContextId id, List<ChildId> shown) {
    Context context = require(id, AuditAction.VIEW);
    events.publishEvent(
        Audited.succeeded(AuditAction.VIEW, ContextChanged.RECORD_TYPE, id).withChildren(shown));
    return context;
  }

  boolean exists(ContextId id) {
    return contexts.exists(id);
  }

  /** The linked children this viewer may see (the rule inside the query). */
  List<ChildId> visibleChildren(ContextId id) {
    return links.visibleChildren(id, policy.visibleChildrenClause("l.child_id"), policy.viewerId());
  }

  @Transactional(noRollbackFor = RecordNotFoundException.class)
  Context require(ContextId id, AuditAction attempted) {
    return contexts
        .find(id)
        .orElseThrow(
            () -> {
              events.publishEvent(
                  Audited.denied(AuditAction.ACCESS_DENIED, ContextChanged.RECORD_TYPE, id)
                      .withDetail(attempted.name()));
              return new RecordNotFoundException(ContextChanged.RECORD_TYPE);
            });
  }

  @Transactional(noRollbackFor = AccessDeniedException.class)
  ContextId create(NewContext words) {
    access.requireLead(ContextChanged.RECORD_TYPE, null, AuditAction.CREATE);
    ContextId id = new ContextId(UUID.randomUUID());
    contexts.insert(id, words, clock.instant(), access.me().displayName());
    events.publishEvent(new ContextChanged(id, ContextChanged.Change.CREATED, words.kind().name()));
    return id;
  }

  /**
   * Contexts by linked children and referrals, and when the missing module supplies them, by linked
   * children and missing episodes found there together (a stable sort, so referrals then name break
   * ties).
   */
  @Transactional(noRollbackFor = AccessDeniedException.class)
  List<Ranked> ranked() {
    access.requireRanking();
    List<Ranked> ranked = contexts.ranked(LIST);
    if (!missing.isEmpty()) {
      Map<ContextId, Integer> found =
          missing.get(0).episodesFoundAt(contexts.places(ranked.stream().map(Ranked::id).toList()));
      ranked =
          ranked.stream()
              .map(
                  r ->
                      new Ranked(
                          r.id(),
                          r.name(),
                          r.kind(),
                          r.linkedChildren(),
                          r.referrals(),
                          found.getOrDefault(r.id(), 0)))
              .sorted(
                  java.util.Comparator.comparingInt(
                          (Ranked r) ->
                              r.linkedChildren()
                                  + (r.missingEpisodes() == null ? 0 : r.missingEpisodes()))
                      .reversed())
              .collect(Collectors.toList());
    }
    events.publishEvent(
        Audited.succeeded(AuditAction.VIEW, ContextChanged.RECORD_TYPE, null)
            .withDetail("contexts ranked, results " + ranked.size()));
    return ranked;
  }

  boolean missingCounted() {
    return !missing.isEmpty();
  }

  @Transactional
  UUID refer(ContextKind kind, String name, String whatNoticed) {
    HarbourUser me = access.me();
    UUID id = UUID.randomUUID();
    contexts.insertReferral(
        id, kind, name, whatNoticed, me.displayName(), me.agencyName(), clock.instant());
    events.publishEvent(new ContextReferred(id, kind.name(), ""));
    return id;
  }

  @Transactional(noRollbackFor = AccessDeniedException.class)
  List<Referral> openReferrals() {
    access.requireLead(ContextReferred.RECORD_TYPE, null, AuditAction.VIEW);
    List<Referral> open = contexts.referrals(null, LIST);
    events.publishEvent(
        Audited.succeeded(AuditAction.VIEW, ContextReferred.RECORD_TYPE, null)
            .withDetail("referrals awaiting a decision, results " + open.size()));
    return open;
  }

  List<Referral> referralsAbout(ContextId id) {
    return contexts.referrals(id, LIST);
  }

  @Transactional(noRollbackFor = {AccessDeniedException.class, RecordNotFoundException.class})
  Referral referral(UUID id) {
    access.requireLead(ContextReferred.RECORD_TYPE, id, AuditAction.VIEW);
    Referral referral =
        contexts
            .referral(id)
            .orElseThrow(() -> new RecordNotFoundException(ContextReferred.RECORD_TYPE));
    events.publishEvent(Audited.succeeded(AuditAction.VIEW, ContextReferred.RECORD_TYPE, id));
    return referral;
  }

  /**
   * Decides the referral: assess (a new context from it, unless {@code into} names one), no further
   * action with the reason, or merge into {@code into}. Returns the context it led to, if any.
   */
  @Transactional(noRollbackFor = {AccessDeniedException.class, RecordNotFoundException.class})
  @Nullable ContextId decide(
      UUID id,
      int openedVersion,
      Decision decision,
      @Nullable String reason,
      @Nullable ContextId into) {
    Referral referral = referral(id);
    ContextId context = into;
    if (decision == Decision.ASSESS && context == null) {
      context =
          create(
              new NewContext(
                  referral.kind(),
                  referral.name(),
                  referral.whatNoticed(),
                  null,
                  null,
                  null,
                  null,
                  null));
    }
    if (context != null) {
      require(context, AuditAction.CHANGE);
    }
    String by = access.me().displayName();
    if (!contexts.decide(id, openedVersion, decision, reason, context, by, clock.instant())) {
      Referral now = contexts.referral(id).orElseThrow();
      throw new StaleRecordException(
          now.decidedByName() == null ? "" : now.decidedByName(), clock.instant());
    }
    events.publishEvent(new ContextReferred(id, referral.kind().name(), decision.name()));
    if (context != null) {
      events.publishEvent(
          new ContextChanged(context, ContextChanged.Change.REFERRAL_JOINED, decision.name()));
    }
    return context;
  }
}
