package uk.harbour.missing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.harbour.shared.ChildId;
import uk.harbour.shared.RecordNotFoundException;
import uk.harbour.shared.UserId;

/**
 * Records missing episodes and return interviews without their forms, for the demo world's
 * synthetic data: through the same rules (the signed-in user must be allowed to record them), the
 * same audit and the same events as the forms.
 */
@Service
public class MissingSeeding {

  private final Episodes episodes;
  private final ReturnInterviews interviews;
  private final EpisodeRepository repository;
  private final KindChanges kindChanges;

  MissingSeeding(
      Episodes episodes,
      ReturnInterviews interviews,
      EpisodeRepository repository,
      KindChanges kindChanges) {
    this.kindChanges = kindChanges;
    this.episodes = episodes;
    this.interviews = interviews;
    this.repository = repository;
  }

  /** Records an episode that started when the child left (and was last seen then). */
  @Transactional
  public EpisodeId start(
      ChildId child,
      EpisodeKind kind,
      Instant left,
      @Nullable String policeReference,
      @Nullable PoliceRiskGrade grade,
      RecorderCapacity capacity) {
    return episodes.record(
        child,
        new EpisodeDraft(
            kind,
            left,
            left,
            policeReference == null
                ? MissingEpisode.Police.NOT_REPORTED
                : new MissingEpisode.Police(true, policeReference, grade),
            capacity));
  }

  /** Records the child's return, where and with whom they were found. */
  @Transactional
  public void returned(
      EpisodeId id,
      Instant at,
      HowReturned how,
      MissingEpisode.Found found,
      List<MissingEpisode.FoundWith> with) {
    episodes.recordReturn(
        id, version(id), new EpisodeDraft.Return(at, how, found, with, MissingEpisode.Harm.NONE));
  }

  /** The episode changed between missing and away at {@code at}; returns the new episode. */
  @Transactional
  public EpisodeId changed(EpisodeId id, Instant at) {
    return kindChanges.changeKind(id, version(id), at);
  }

  /** Records the return interview as held, with what the young person agreed to share. */
  @Transactional
  public void interviewHeld(
      EpisodeId id,
      Instant offeredAt,
      UserId interviewer,
      LocalDate heldOn,
      String words,
      String summary,
      ConsentToShare consent,
      @Nullable String shareable) {
    MissingEpisode episode = repository.find(id).orElseThrow();
    ReturnInterview r = interviews.toRecord(episode);
    interviews.record(
        episode,
        r.version(),
        new ReturnInterviews.Draft(
            offeredAt,
            interviewer,
            false,
            InterviewOutcome.HELD,
            heldOn,
            null,
            words,
            summary,
            consent,
            shareable));
  }

  /** Records the return interview as not held, with the reason. */
  @Transactional
  public void interviewNotHeld(EpisodeId id, Instant offeredAt, String reason) {
    MissingEpisode episode = repository.find(id).orElseThrow();
    ReturnInterview r = interviews.toRecord(episode);
    interviews.record(
        episode,
        r.version(),
        new ReturnInterviews.Draft(
            offeredAt,
            null,
            false,
            InterviewOutcome.NOT_HELD,
            null,
            reason,
            null,
            null,
            null,
            null));
  }

  private int version(EpisodeId id) {
    return repository
        .find(id)
        .orElseThrow(() -> new RecordNotFoundException(MissingEpisode.RECORD_TYPE))
        .version();
  }
}
