package uk.harbour.contexts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import uk.harbour.contexts.Kinds.ContextKind;
import uk.harbour.contexts.Kinds.ControllerKind;
import uk.harbour.contexts.Kinds.Decision;
import uk.harbour.contexts.Kinds.Influence;
import uk.harbour.contexts.Kinds.Reliability;
import uk.harbour.shared.ChildId;

/** What the contexts module stores, as its pages read it. None of these names a child. */
final class Records {

  private Records() {}

  /** A context in the register, with how many children are linked to it (a count only). */
  record Context(
      ContextId id,
      ContextKind kind,
      String name,
      String description,
      @Nullable String controllerName,
      @Nullable ControllerKind controllerKind,
      @Nullable UUID placeId,
      @Nullable String address,
      @Nullable String postcode,
      int version,
      Instant updatedAt,
      String updatedByName,
      int linkedChildren) {}

  /** The words of a new context. */
  record NewContext(
      ContextKind kind,
      String name,
      String description,
      @Nullable String controllerName,
      @Nullable ControllerKind controllerKind,
      @Nullable UUID placeId,
      @Nullable String address,
      @Nullable String postcode) {}

  /** A referral about a context and, once made, the lead's decision. */
  record Referral(
      UUID id,
      ContextKind kind,
      String name,
      String whatNoticed,
      String referredByName,
      String referredByAgency,
      Instant referredAt,
      @Nullable Decision decision,
      @Nullable String reason,
      @Nullable ContextId context,
      @Nullable String decidedByName,
      int version) {}

  /** One version of a context's assessment, in the toolkit's domains; narrative, never a score. */
  record Assessment(
      int version,
      String strengthsAndNeeds,
      String guardianship,
      String environment,
      String whoControls,
      String weighting,
      Instant recordedAt,
      String recordedByName) {}

  /** A context conference: who was invited (by agency), minutes and decisions. */
  record Conference(
      UUID id,
      LocalDate heldOn,
      String minutes,
      String decisions,
      List<String> invitees,
      Instant recordedAt,
      String recordedByName) {}

  /** The context's plan: goals and responses, kept current. */
  record Plan(
      String goals, String responses, int version, Instant updatedAt, String updatedByName) {}

  /** A measure of change, recorded on a day. */
  record Measure(
      UUID id, String measure, LocalDate observedOn, String observation, String recordedByName) {}

  /** A review of the plan. */
  record Review(UUID id, LocalDate reviewedOn, String summary, String recordedByName) {}

  /** A child's link to a context, read only inside the child's case. */
  record Link(
      UUID id,
      ContextId context,
      String contextName,
      ContextKind kind,
      ChildId child,
      String basis,
      Reliability reliability,
      Instant createdAt,
      String createdByName) {}

  /** A friend or peer on a child's peer map: initials only. */
  record PeerEntry(
      UUID id,
      String initials,
      Influence influence,
      Reliability reliability,
      String safetyAction,
      Instant createdAt,
      String createdByName) {}

  /** A context in the managers' ranking: counts only, never children. */
  record Ranked(
      ContextId id,
      String name,
      ContextKind kind,
      int linkedChildren,
      int referrals,
      @Nullable Integer missingEpisodes) {}
}
