package uk.harbour.intake;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.harbour.accesscontrol.CurrentUser;
import uk.harbour.accesscontrol.Directory;
import uk.harbour.accesscontrol.HarbourUser;
import uk.harbour.accesscontrol.UserSummary;
import uk.harbour.audit.AuditAction;
import uk.harbour.audit.Audited;
import uk.harbour.people.ChildDetails;
import uk.harbour.people.ChildRecord;
import uk.harbour.people.Children;
import uk.harbour.people.Sex;
import uk.harbour.shared.ChildId;
import uk.harbour.shared.UserId;

/**
 * Writes submitted concerns straight into the screening queue, with nobody signed in: for the
 * synthetic demo world only (the demo module calls it while seeding an empty database). Each write
 * is audited like a real submission, and every concern gets a real reference like any other.
 */
@Service
public class ConcernSeeding {

  /** Who a seeded concern is about, as the reporter knew them (partial details allowed). */
  public record About(
      boolean nameUnknown,
      String givenNames,
      String familyName,
      String otherNames,
      LocalDate dateOfBirth,
      Integer approximateAge,
      Sex sex,
      String school) {}

  private final ConcernRepository repository;
  private final Concerns concerns;
  private final Directory directory;
  private final ApplicationEventPublisher events;
  private final CurrentUser currentUser;
  private final Children children;

  ConcernSeeding(
      ConcernRepository repository,
      Concerns concerns,
      Directory directory,
      ApplicationEventPublisher events,
      CurrentUser currentUser,
      Children children) {
    this.repository = repository;
    this.concerns = concerns;
    this.directory = directory;
    this.events = events;
    this.currentUser = currentUser;
    this.children = children;
  }

  /** A practitioner's concern, submitted at {@code at} and awaiting screening; its reference. */
  @Transactional
  public String practitionerConcern(
      UserId reporter, About about, String account, String where, Instant at) {
    UserSummary user = directory.findUser(reporter).orElseThrow();
    java.util.UUID id =
        repository.insert(
            ConcernSource.PRACTITIONER, reporter, user.displayName(), user.agencyName(), at);
    repository.saveDetails(id, 0, details(about, account, where), at);
    String reference = concerns.newReference(at);
    repository.submit(id, 1, reference, at);
    events.publishEvent(
        Audited.succeeded(AuditAction.CREATE, Concerns.RECORD_TYPE, id)
            .withDetail("demo concern " + reference));
    return reference;
  }

  /**
   * A concern the signed-in practitioner raised about a child they can see, linked to the child and
   * referred to the CSE service by {@code screeningOfficer}, which opens the child's case (or adds
   * the concern to it) exactly as a screening referral does: the case names the concern by its real
   * reference, and the chronology has the concern and the decision.
   *
   * @return the concern's reference
   */
  @Transactional
  public String referral(
      ChildId child, UserId screeningOfficer, String account, String reasons, Instant at) {
    HarbourUser reporter = currentUser.require();
    ChildRecord record = children.view(child);
    ChildDetails held = record.details();
    UUID id =
        repository.insert(
            ConcernSource.PRACTITIONER,
            reporter.id(),
            reporter.displayName(),
            reporter.agencyName(),
            at);
    About about =
        new About(
            false,
            held.firstName(),
            held.lastName(),
            held.otherNames(),
            held.dateOfBirth(),
            held.dateOfBirth() == null ? held.approximateAge() : null,
            held.sex(),
            held.school());
    repository.saveDetails(id, 0, details(about, account, null), at);
    String reference = concerns.newReference(at);
    repository.submit(id, 1, reference, at);
    UserSummary officer = directory.findUser(screeningOfficer).orElseThrow();
    repository.link(id, child, record.reference(), officer.id(), at);
    repository.decide(
        id,
        ScreeningOutcome.REFERRAL_TO_CSE_SERVICE,
        reasons,
        officer.id(),
        officer.displayName(),
        at);
    events.publishEvent(
        Audited.succeeded(AuditAction.CREATE, Concerns.RECORD_TYPE, id)
            .withDetail("demo concern " + reference + ", referred to the CSE service"));
    events.publishEvent(
        new ConcernScreened(
            id,
            reference,
            child,
            ScreeningOutcome.REFERRAL_TO_CSE_SERVICE,
            reasons,
            officer.displayName(),
            at,
            at,
            at));
    return reference;
  }

  /** A member of the public's anonymous report, received at {@code at}; its reference. */
  @Transactional
  public String publicReport(String account, String where, Instant at) {
    String reference = concerns.newReference(at);
    java.util.UUID id =
        repository
            .insertSubmitted(
                new ConcernDetails(
                    AboutWhom.NOTHING,
                    happened(account, where),
                    Connections.NONE,
                    java.util.Map.of(),
                    new PublicDetails(DangerNow.NO, null, null, null, null, null, null)),
                reference,
                PublicReference.generate(),
                at)
            .orElseThrow();
    events.publishEvent(
        Audited.succeeded(AuditAction.CREATE, Concerns.RECORD_TYPE, id)
            .withDetail("demo public report " + reference));
    return reference;
  }

  private static ConcernDetails details(About about, String account, String where) {
    return new ConcernDetails(
        new AboutWhom(
            about.nameUnknown(),
            about.givenNames(),
            about.familyName(),
            about.otherNames(),
            about.dateOfBirth(),
            about.approximateAge(),
            about.sex(),
            null,
            null,
            about.school(),
            null),
        happened(account, where),
        Connections.NONE,
        java.util.Map.of(),
        PublicDetails.NONE);
  }

  private static WhatHappened happened(String account, String where) {
    return new WhatHappened(
        account,
        null,
        null,
        where,
        InformationSource.FIRST_HAND,
        null,
        Reliability.PROBABLY_TRUE,
        null,
        null,
        null);
  }
}
