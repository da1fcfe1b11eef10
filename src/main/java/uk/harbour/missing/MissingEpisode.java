package uk.harbour.missing;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import uk.harbour.intelligence.EntityId;
import uk.harbour.shared.ChildId;
import uk.harbour.shared.UserId;

/**
 * A missing (M) or away (A) episode as saved: when it started (the later of leaving and being last
 * seen), when it ended (null while open), the police's part, where and with whom the child was
 * found, how they returned, any harm disclosed, and who recorded it in what capacity.
 *
 * @param previous the episode this one followed on from when it changed between M and A
 * @param recordedByName the recorder's display name
 */
public record MissingEpisode(
    EpisodeId id,
    ChildId child,
    EpisodeKind kind,
    Times times,
    @Nullable EpisodeId previous,
    Police police,
    Found found,
    @Nullable HowReturned howReturned,
    Harm harm,
    UserId recordedBy,
    String recordedByName,
    RecorderCapacity capacity,
    List<FoundWith> foundWith,
    int version,
    Instant createdAt) {

  public static final String RECORD_TYPE = "missing episode";

  public MissingEpisode {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(child, "child");
    foundWith = List.copyOf(foundWith);
  }

  /** Whether the child has not yet returned (nor the episode changed kind). */
  public boolean open() {
    return times.returnedAt() == null;
  }

  /** How long the episode lasted, or has lasted so far. */
  public Duration duration(Instant now) {
    Instant end = times.returnedAt() == null ? now : times.returnedAt();
    return Duration.between(times.startAt(), end);
  }

  /** Whether the episode ended with the child's return (so a return interview is due). */
  public boolean returned() {
    return times.returnedAt() != null && howReturned != HowReturned.CHANGED_KIND;
  }

  /**
   * When the child left and was last seen (either may be unknown, not both), the start (the later
   * of the two) and the end.
   */
  public record Times(
      @Nullable Instant leftAt,
      @Nullable Instant lastSeenAt,
      Instant startAt,
      @Nullable Instant returnedAt) {

    /** The times, with the start computed from the other two. */
    public static Times of(
        @Nullable Instant leftAt, @Nullable Instant lastSeenAt, @Nullable Instant returnedAt) {
      return new Times(leftAt, lastSeenAt, startOf(leftAt, lastSeenAt), returnedAt);
    }

    /** The later of leaving and being last seen (SSDA903's start). */
    public static Instant startOf(@Nullable Instant leftAt, @Nullable Instant lastSeenAt) {
      if (leftAt == null && lastSeenAt == null) {
        throw new IllegalArgumentException("either when they left or when last seen is needed");
      }
      if (leftAt == null) {
        return lastSeenAt;
      }
      if (lastSeenAt == null) {
        return leftAt;
      }
      return leftAt.isAfter(lastSeenAt) ? leftAt : lastSeenAt;
    }
  }

  /** Whether the police were told, their reference and risk grade. */
  public record Police(
      boolean reported, @Nullable String reference, @Nullable PoliceRiskGrade grade) {
    public static final Police NOT_REPORTED = new Police(false, null, null);
  }

  /**
   * Where the child was found: in words, an address and postcode, the normalised key that matches
   * the same address across children, and optionally a place in the intelligence register.
   */
  public record Found(
      @Nullable String where,
      @Nullable String address,
      @Nullable String postcode,
      @Nullable String locationKey,
      @Nullable EntityId place) {

    public static final Found NOT_YET = new Found(null, null, null, null, null);

    /** The address and postcode as one line, or null when neither was given. */
    public @Nullable String shown() {
      if (address == null && postcode == null) {
        return null;
      }
      return address == null ? postcode : postcode == null ? address : address + ", " + postcode;
    }

    /** Where found, with the location key computed from the address and postcode. */
    public static Found of(
        @Nullable String where,
        @Nullable String address,
        @Nullable String postcode,
        @Nullable EntityId place) {
      return new Found(where, address, postcode, locationKey(address, postcode), place);
    }

    /**
     * The address and postcode normalised so the same place matches however typed: lower case,
     * punctuation dropped, single spaces, the postcode without spaces; null when neither is given.
     */
    public static @Nullable String locationKey(
        @Nullable String address, @Nullable String postcode) {
      String a = address == null ? "" : address.toLowerCase(Locale.UK);
      a = a.replaceAll("[^a-z0-9 ]", " ").replaceAll("\\s+", " ").strip();
      String p = postcode == null ? "" : postcode.toUpperCase(Locale.UK).replaceAll("\\s+", "");
      if (a.isEmpty() && p.isEmpty()) {
        return null;
      }
      return a + "|" + p;
    }
  }

  /** Whether the child disclosed harm, and the practitioner's notes of it. */
  public record Harm(boolean disclosed, @Nullable String notes) {
    public static final Harm NONE = new Harm(false, null);
  }

  /**
   * Someone the child was found with: an entry in the intelligence register (a person of concern or
   * a vehicle) with the words naming it, or only a description.
   */
  public record FoundWith(@Nullable EntityId entity, @Nullable String description) {
    public FoundWith {
      if (entity == null && (description == null || description.isBlank())) {
        throw new IllegalArgumentException("an entry or a description is needed");
      }
    }
  }
}
