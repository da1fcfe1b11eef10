package uk.harbour.missing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The small rules of episodes and return interviews that need no database. */
class MissingRulesTests {

  static final Instant LEFT = Instant.parse("2026-11-30T20:00:00Z");
  static final Instant SEEN = Instant.parse("2026-11-30T21:30:00Z");

  @Test
  void anEpisodeStartsAtTheLaterOfLeavingAndBeingLastSeenAndNeedsOne() {
    assertThat(MissingEpisode.Times.startOf(LEFT, SEEN)).isEqualTo(SEEN);
    assertThat(MissingEpisode.Times.startOf(SEEN, LEFT)).isEqualTo(SEEN);
    assertThat(MissingEpisode.Times.startOf(null, LEFT)).isEqualTo(LEFT);
    assertThat(MissingEpisode.Times.startOf(LEFT, null)).isEqualTo(LEFT);
    assertThatThrownBy(() -> MissingEpisode.Times.startOf(null, null))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theSameAddressMatchesHoweverItIsTyped() {
    assertThat(MissingEpisode.Found.locationKey("Flat 3, 12 Mill Lane", "NB1 2XY"))
        .isEqualTo(MissingEpisode.Found.locationKey("flat 3 12  MILL lane.", "nb12xy"))
        .isEqualTo("flat 3 12 mill lane|NB12XY");
    assertThat(MissingEpisode.Found.locationKey(null, " ")).isNull();
    assertThat(MissingEpisode.Found.locationKey("Flat 3, 12 Mill Lane", "NB1 2XY"))
        .isNotEqualTo(MissingEpisode.Found.locationKey("Flat 3, 12 Mill Lane", "NB1 2XZ"));
  }

  @Test
  void onlyTheWordsTheYoungPersonAgreedToShareAreShared() {
    assertThat(held(ConsentToShare.YES).wordsToShare()).isEqualTo("all of it");
    assertThat(held(ConsentToShare.SOME).wordsToShare()).isEqualTo("the part");
    assertThat(held(ConsentToShare.NO).wordsToShare()).isNull();
    assertThat(ReturnInterviewAsIntelligence.words(held(ConsentToShare.NO))).isEmpty();
    assertThat(ReturnInterviewAsIntelligence.words(held(ConsentToShare.SOME)))
        .contains("the part")
        .doesNotContain("all of it")
        .doesNotContain("summary");
    assertThat(ReturnInterviewAsIntelligence.words(held(ConsentToShare.YES)))
        .contains("all of it")
        .contains("summary");
  }

  @Test
  void anInterviewIsOverdueOnlyWithNoOutcomeAfterItsDueTime() {
    ReturnInterview waiting = interview(null, null);
    assertThat(waiting.overdue(SEEN.minusSeconds(1))).isFalse();
    assertThat(waiting.overdue(SEEN.plusSeconds(1))).isTrue();
    assertThat(interview(InterviewOutcome.NOT_HELD, null).overdue(SEEN.plusSeconds(1))).isFalse();
    assertThat(interview(InterviewOutcome.DECLINED, null).overdue(SEEN.plusSeconds(1))).isFalse();
  }

  @Test
  void timesAreReadAsPeopleWriteThem() {
    assertThat(WhenField.parseTime("21:30")).isEqualTo(LocalTime.of(21, 30));
    assertThat(WhenField.parseTime("9.05")).isEqualTo(LocalTime.of(9, 5));
    assertThat(WhenField.parseTime("9pm")).isEqualTo(LocalTime.of(21, 0));
    assertThat(WhenField.parseTime("12:15am")).isEqualTo(LocalTime.of(0, 15));
    assertThat(WhenField.parseTime("12 pm")).isEqualTo(LocalTime.of(12, 0));
    assertThat(WhenField.parseTime("25:00")).isNull();
    assertThat(WhenField.parseTime("13pm")).isNull();
    assertThat(WhenField.parseTime("teatime")).isNull();
  }

  private static ReturnInterview held(ConsentToShare consent) {
    return new ReturnInterview(
        new EpisodeId(UUID.randomUUID()),
        SEEN,
        null,
        null,
        null,
        null,
        false,
        InterviewOutcome.HELD,
        LocalDate.of(2026, 12, 1),
        null,
        "all of it",
        "summary",
        consent,
        "the part",
        false,
        1);
  }

  private static ReturnInterview interview(InterviewOutcome outcome, String reason) {
    return new ReturnInterview(
        new EpisodeId(UUID.randomUUID()),
        SEEN,
        null,
        null,
        null,
        null,
        false,
        outcome,
        null,
        reason,
        null,
        null,
        null,
        null,
        false,
        1);
  }
}
