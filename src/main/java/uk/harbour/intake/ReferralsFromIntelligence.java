package uk.harbour.intake;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import uk.harbour.intelligence.IntelligenceReferred;
import uk.harbour.people.Children;
import uk.harbour.shared.ChildId;
import uk.harbour.shared.UserId;

/**
 * When the police intelligence unit decides a submission is a safeguarding referral, makes it a
 * concern awaiting screening, in the decision's transaction: its account is the unit's sanitised
 * text (never the source's words), it says it came from the unit with the intelligence reference
 * and carries any handling conditions. Linked to the child when exactly one is named (so the key
 * worker is told, as when a screening officer links); otherwise the screening officer links it. One
 * concern per submission, however often the decision is delivered.
 */
@Component
class ReferralsFromIntelligence {

  private final IntelligenceReferralRepository referrals;
  private final ConcernRepository repository;
  private final Concerns concerns;
  private final ChildLinks links;
  private final Children children;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  ReferralsFromIntelligence(
      IntelligenceReferralRepository referrals,
      ConcernRepository repository,
      Concerns concerns,
      ChildLinks links,
      Children children,
      ApplicationEventPublisher events,
      Clock clock) {
    this.referrals = referrals;
    this.repository = repository;
    this.concerns = concerns;
    this.links = links;
    this.children = children;
    this.events = events;
    this.clock = clock;
  }

  @EventListener
  @Transactional(propagation = Propagation.MANDATORY)
  void on(IntelligenceReferred referred) {
    Instant now = clock.instant();
    Optional<UUID> created =
        referrals.insert(
            referred.submissionId(),
            referred.reference(),
            blankToNull(referred.conditions()),
            referred.decidedByName(),
            now);
    if (created.isEmpty()) {
      return;
    }
    UUID id = created.get();
    repository.saveDetails(id, 0, details(referred), now);
    String reference = concerns.newReference(now);
    repository.submit(id, 1, reference, now);
    events.publishEvent(
        new ConcernReferredByIntelligence(id, reference, referred.reference(), now));
    if (referred.children().size() == 1 && children.exists(referred.children().get(0))) {
      ChildId child = children.heldRecordOf(referred.children().get(0));
      repository
          .find(id)
          .ifPresent(
              concern ->
                  links.linkReferred(
                      concern,
                      child,
                      children.referenceForBreakGlass(child),
                      new UserId(referred.decidedBy())));
    }
  }

  private static ConcernDetails details(IntelligenceReferred referred) {
    WhatHappened happened =
        new WhatHappened(
            referred.sanitisedText(), null, null, null, null, null, null, null, null, null);
    return new ConcernDetails(
        AboutWhom.NOTHING, happened, Connections.NONE, Map.of(), PublicDetails.NONE);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
