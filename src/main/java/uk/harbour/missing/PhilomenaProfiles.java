package uk.harbour.missing;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.harbour.accesscontrol.AccessPolicy;
import uk.harbour.accesscontrol.CurrentUser;
import uk.harbour.audit.AuditAction;
import uk.harbour.audit.Audited;
import uk.harbour.people.ChildRecord;
import uk.harbour.people.Children;
import uk.harbour.shared.ChildId;
import uk.harbour.shared.RecordNotFoundException;
import uk.harbour.shared.StaleRecordException;

/**
 * The Philomena profile: anyone who may see the child may read it, print it for the police and see
 * its photograph; the team around the child (the key worker, the carer's agency, practitioners in
 * the team, their managers, or break-glass) keep it current. Every read, print and change is
 * audited against the child; a child the user may not see is not found (audited).
 */
@Service
class PhilomenaProfiles {

  /** How many of the child's most recent episodes the profile lists (all are counted). */
  static final int HISTORY_SHOWN = 8;

  private final PhilomenaRepository profiles;
  private final EpisodeRepository episodes;
  private final Children children;
  private final AccessPolicy policy;
  private final CurrentUser currentUser;
  private final ApplicationEventPublisher events;
  private final PhilomenaProperties properties;
  private final Clock clock;

  PhilomenaProfiles(
      PhilomenaRepository profiles,
      EpisodeRepository episodes,
      Children children,
      AccessPolicy policy,
      CurrentUser currentUser,
      ApplicationEventPublisher events,
      PhilomenaProperties properties,
      Clock clock) {
    this.profiles = profiles;
    this.episodes = episodes;
    this.children = children;
    this.policy = policy;
    this.currentUser = currentUser;
    this.events = events;
    this.properties = properties;
    this.clock = clock;
  }

  /**
   * The child and their profile (if one was started), as a page shows them.
   *
   * @param mayChange whether this user may keep the profile current
   * @param episodes how many missing or away episodes the child has had
   * @param recent the most recent of them, newest first
   */
  record Shown(
      ChildRecord child,
      @Nullable PhilomenaProfile profile,
      boolean mayChange,
      long daysSinceConfirmed,
      boolean stale,
      long confirmWithinDays,
      int episodes,
      List<MissingEpisode> recent) {

    /** The {@code n} most recent episodes, for the one-page PDF. */
    public List<MissingEpisode> mostRecent(int n) {
      return recent.stream().limit(n).toList();
    }
  }

  /** The profile page's content, audited as a view of the profile. */
  @Transactional(noRollbackFor = RecordNotFoundException.class)
  Shown view(ChildId child) {
    return shown(child, AuditAction.VIEW, null);
  }

  /** What the printable PDF for the police holds, audited as an export. */
  @Transactional(noRollbackFor = RecordNotFoundException.class)
  Shown forPolice(ChildId child) {
    return shown(child, AuditAction.EXPORT, "police handover PDF");
  }

  private Shown shown(ChildId child, AuditAction action, @Nullable String detail) {
    ChildRecord record = children.viewWithin(child);
    Optional<PhilomenaProfile> profile = profiles.find(child);
    List<MissingEpisode> history =
        episodes.forChild(child).stream()
            .sorted(
                java.util.Comparator.comparing((MissingEpisode e) -> e.times().startAt())
                    .reversed())
            .toList();
    events.publishEvent(
        Audited.succeeded(action, PhilomenaProfileChanged.RECORD_TYPE, child)
            .withDetail(detail)
            .withChildren(List.of(child)));
    Instant now = clock.instant();
    return new Shown(
        record,
        profile.orElse(null),
        policy.mayChangeChild(child),
        profile.map(p -> p.daysSinceConfirmed(now)).orElse(0L),
        profile.map(p -> p.stale(now, properties.confirmWithin())).orElse(true),
        properties.confirmWithin().toDays(),
        history.size(),
        history.stream().limit(HISTORY_SHOWN).toList());
  }

  /** The child and profile for the form that changes it; refused unless the user may change it. */
  @Transactional(noRollbackFor = {RecordNotFoundException.class, AccessDeniedException.class})
  Shown toChange(ChildId child) {
    policy.requireChildChange(child, AuditAction.CHANGE);
    return view(child);
  }

  /**
   * Saves the profile over the version the user opened (null: there was none), which also confirms
   * it as current. If someone saved in between, nothing is written and {@link StaleRecordException}
   * says who and when.
   */
  @Transactional(noRollbackFor = {RecordNotFoundException.class, AccessDeniedException.class})
  void save(ChildId child, @Nullable Integer openedVersion, PhilomenaProfile.Details details) {
    policy.requireChildChange(child, AuditAction.CHANGE);
    String by = currentUser.require().displayName();
    Instant at = clock.instant();
    boolean saved =
        openedVersion == null
            ? profiles.insert(child, details, by, at)
            : profiles.update(child, openedVersion, details, by, at);
    PhilomenaProfile now = profiles.find(child).orElseThrow(() -> notFound());
    if (!saved) {
      throw new StaleRecordException(now.updatedByName(), now.updatedAt());
    }
    events.publishEvent(
        new PhilomenaProfileChanged(
            child,
            openedVersion == null
                ? PhilomenaProfileChanged.Change.CREATED
                : PhilomenaProfileChanged.Change.SAVED,
            now.version()));
  }

  /**
   * Records that the profile is still current, over the version the user opened; false if there is
   * no profile yet to confirm.
   */
  @Transactional(noRollbackFor = {RecordNotFoundException.class, AccessDeniedException.class})
  boolean confirm(ChildId child, int openedVersion) {
    policy.requireChildChange(child, AuditAction.CHANGE);
    if (profiles.find(child).isEmpty()) {
      return false;
    }
    boolean confirmed =
        profiles.confirm(
            child, openedVersion, currentUser.require().displayName(), clock.instant());
    PhilomenaProfile now = profiles.find(child).orElseThrow(() -> notFound());
    if (!confirmed) {
      throw new StaleRecordException(now.confirmedByName(), now.confirmedAt());
    }
    events.publishEvent(
        new PhilomenaProfileChanged(
            child, PhilomenaProfileChanged.Change.CONFIRMED, now.version()));
    return true;
  }

  /** Stores a photograph already checked by {@link PhilomenaPhoto}, replacing any before it. */
  @Transactional(noRollbackFor = {RecordNotFoundException.class, AccessDeniedException.class})
  void savePhoto(ChildId child, String mediaType, byte[] content) {
    policy.requireChildChange(child, AuditAction.CHANGE);
    profiles.savePhoto(
        child, mediaType, content, currentUser.require().displayName(), clock.instant());
    events.publishEvent(
        new PhilomenaProfileChanged(child, PhilomenaProfileChanged.Change.PHOTO_SAVED, 0));
  }

  /** Removes the child's photograph, if there is one. */
  @Transactional(noRollbackFor = {RecordNotFoundException.class, AccessDeniedException.class})
  void removePhoto(ChildId child) {
    policy.requireChildChange(child, AuditAction.CHANGE);
    if (profiles.removePhoto(child)) {
      events.publishEvent(
          new PhilomenaProfileChanged(child, PhilomenaProfileChanged.Change.PHOTO_REMOVED, 0));
    }
  }

  /** The child's photograph, audited as a view; not found if there is none or they may not see. */
  @Transactional(noRollbackFor = RecordNotFoundException.class)
  PhilomenaRepository.Photo photo(ChildId child) {
    policy.requireChild(child, AuditAction.VIEW);
    PhilomenaRepository.Photo photo = profiles.photo(child).orElseThrow(() -> notFound());
    events.publishEvent(
        Audited.succeeded(AuditAction.VIEW, PhilomenaProfileChanged.RECORD_TYPE, child)
            .withDetail("photograph")
            .withChildren(List.of(child)));
    return photo;
  }

  /** The photograph for the PDF, read without an event of its own (the export is audited). */
  @Transactional(noRollbackFor = RecordNotFoundException.class)
  Optional<PhilomenaRepository.Photo> photoForPolice(ChildId child) {
    policy.requireChild(child, AuditAction.EXPORT);
    return profiles.photo(child);
  }

  PhilomenaProperties properties() {
    return properties;
  }

  private static RecordNotFoundException notFound() {
    return new RecordNotFoundException(PhilomenaProfileChanged.RECORD_TYPE);
  }
}
