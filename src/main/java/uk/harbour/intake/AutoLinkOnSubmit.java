package uk.harbour.intake;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Links a concern to a held child when it is submitted, in the submission's transaction, if the
 * service switched automatic linking on and the match is certain ({@link AutoLink}). Reading the
 * screening page never writes: it only shows what was linked.
 */
@Component
class AutoLinkOnSubmit {

  private final AutoLink autoLink;
  private final ConcernRepository repository;
  private final ScreeningCandidates candidates;
  private final ChildLinks links;

  AutoLinkOnSubmit(
      AutoLink autoLink,
      ConcernRepository repository,
      ScreeningCandidates candidates,
      ChildLinks links) {
    this.autoLink = autoLink;
    this.repository = repository;
    this.candidates = candidates;
    this.links = links;
  }

  @EventListener
  @Transactional(propagation = Propagation.MANDATORY)
  void on(ConcernSubmitted submitted) {
    if (autoLink.threshold().isEmpty()) {
      return;
    }
    repository
        .find(submitted.concernId())
        .ifPresent(c -> links.linkIfCertain(c, candidates.forAutomaticLinking(c)));
  }
}
