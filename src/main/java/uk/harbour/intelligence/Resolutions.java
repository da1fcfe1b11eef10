package uk.harbour.intelligence;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.harbour.accesscontrol.CurrentUser;
import uk.harbour.accesscontrol.HarbourUser;
import uk.harbour.matching.entities.EntityMatch;
import uk.harbour.shared.RecordNotFoundException;

/**
 * Changing, after triage, which register entry a mention is: separating it into a new entry (the
 * officer decided it was someone or something else) or joining it to another entry (a match found
 * later, or undoing a separation). Nothing is overwritten: every decision is a new row in
 * intel_resolution, the submission's links move with its mention, and both are audited.
 */
@Service
class Resolutions {

  private final MentionRepository mentions;
  private final RegisterRepository registers;
  private final LinkRepository links;
  private final EntityIndex index;
  private final CurrentUser currentUser;
  private final Clock clock;
  private final ApplicationEventPublisher events;

  Resolutions(
      MentionRepository mentions,
      RegisterRepository registers,
      LinkRepository links,
      EntityIndex index,
      CurrentUser currentUser,
      Clock clock,
      ApplicationEventPublisher events) {
    this.mentions = mentions;
    this.registers = registers;
    this.links = links;
    this.index = index;
    this.currentUser = currentUser;
    this.clock = clock;
    this.events = events;
  }

  /** A resolved mention, for the intelligence unit. */
  @Transactional(readOnly = true)
  MentionRepository.EntityMention mention(UUID id) {
    requireTriager();
    return mentions
        .find(id)
        .filter(m -> m.item().entityId() != null)
        .orElseThrow(() -> new RecordNotFoundException(IntelligenceAccess.ENTITY));
  }

  /** Entries the mention may be, other than the one it is now. */
  @Transactional(readOnly = true)
  List<EntityMatch> others(MentionRepository.EntityMention mention) {
    String now = mention.item().entityId().toString();
    return index.candidates(mention.item(), Triage.CANDIDATES + 1).stream()
        .filter(m -> !m.id().equals(now))
        .limit(Triage.CANDIDATES)
        .toList();
  }

  @Transactional(readOnly = true)
  String label(UUID entity) {
    return registers.find(entity).map(RegisterRepository.Entry::label).orElse("");
  }

  /** Separates the mention into a new entry; the new entry's id. */
  @Transactional
  UUID separate(UUID mentionId, String reasons) {
    HarbourUser user = requireTriager();
    MentionRepository.EntityMention mention = mention(mentionId);
    Instant now = clock.instant();
    UUID from = mention.item().entityId();
    UUID to = registers.create(mention.item(), user.displayName(), now);
    move(mention, from, to, "SEPARATED", reasons, user, now);
    events.publishEvent(
        new EntityResolutionChanged(
            mentionId,
            new EntityId(from),
            new EntityId(to),
            EntityResolutionChanged.Change.SEPARATED));
    return to;
  }

  /** Joins the mention to another entry of the same kind. */
  @Transactional
  void join(UUID mentionId, UUID to, String reasons) {
    HarbourUser user = requireTriager();
    MentionRepository.EntityMention mention = mention(mentionId);
    UUID from = mention.item().entityId();
    RegisterRepository.Entry target =
        registers
            .find(to)
            .filter(e -> e.kind() == mention.item().kind() && !e.id().equals(from))
            .orElseThrow(() -> new RecordNotFoundException(IntelligenceAccess.ENTITY));
    move(mention, from, target.id(), "SAME", reasons, user, clock.instant());
    events.publishEvent(
        new EntityResolutionChanged(
            mentionId,
            new EntityId(from),
            new EntityId(target.id()),
            EntityResolutionChanged.Change.JOINED));
  }

  private void move(
      MentionRepository.EntityMention mention,
      UUID from,
      UUID to,
      String decision,
      String reasons,
      HarbourUser user,
      Instant now) {
    mentions.resolve(mention.item().id(), to);
    mentions.recordDecision(mention.item().id(), to, decision, reasons, user, now);
    links.move(mention.submissionId(), from, to);
  }

  private HarbourUser requireTriager() {
    HarbourUser user = currentUser.require();
    if (!IntelligenceAccess.triages(user)) {
      throw new RecordNotFoundException(IntelligenceAccess.ENTITY);
    }
    return user;
  }
}
