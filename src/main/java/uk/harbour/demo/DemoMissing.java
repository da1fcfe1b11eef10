package uk.harbour.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import uk.harbour.accesscontrol.Directory;
import uk.harbour.accesscontrol.UserSummary;
import uk.harbour.intelligence.EntityId;
import uk.harbour.missing.ConsentToShare;
import uk.harbour.missing.EpisodeId;
import uk.harbour.missing.EpisodeKind;
import uk.harbour.missing.HowReturned;
import uk.harbour.missing.MissingEpisode;
import uk.harbour.missing.MissingSeeding;
import uk.harbour.missing.PoliceRiskGrade;
import uk.harbour.missing.RecorderCapacity;
import uk.harbour.shared.ChildId;
import uk.harbour.shared.DisplayDates;

/**
 * The demo world's missing episodes: the first child (kw.jones's) is a repeat runaway, with four
 * episodes in the last 90 days (one changing from away to missing), found twice at the Mill Lane
 * flat with the adult and his car from the intelligence register; the second child (kw.ahmed's) was
 * found at the same flat in another episode; two return interviews are overdue, one was held (the
 * young person agreed to share part of what they said), one was not held, with the reason; and a
 * third child (kw.jones's) is missing now. Recorded as the key workers and the return interview
 * coordinator would, through the same rules, audit and events as the forms. All text is invented.
 */
@Component
@ConditionalOnProperty(name = "harbour.demo.seed", havingValue = "true")
public class DemoMissing {

  /** The flat both children were found at, as the register and the episodes give it. */
  public static final String FLAT_ADDRESS = "Flat 3, 12 Mill Lane";

  public static final String FLAT_POSTCODE = "NB1 2XY";

  private final MissingSeeding seeding;
  private final Directory directory;

  DemoMissing(MissingSeeding seeding, Directory directory) {
    this.seeding = seeding;
    this.directory = directory;
  }

  /**
   * Seeds the episodes. {@code runaway} and {@code third} are in kw.jones's team, {@code second} in
   * kw.ahmed's; {@code named} holds the register entries for the adult, the car and the flat. Call
   * inside the demo world's seeding transaction; whoever was signed in before is signed in again
   * after.
   */
  void seed(
      ChildId runaway, ChildId second, ChildId third, Map<String, EntityId> named, Clock clock) {
    Instant now = clock.instant();
    var previous = SecurityContextHolder.getContext().getAuthentication();
    try {
      signIn("kw.jones");
      MissingEpisode.Found flat =
          MissingEpisode.Found.of(
              "A first-floor flat above the shops on Mill Lane.",
              FLAT_ADDRESS,
              FLAT_POSTCODE,
              named.get(DemoIntelligence.FLAT));
      List<MissingEpisode.FoundWith> withAdult =
          List.of(
              new MissingEpisode.FoundWith(named.get(DemoIntelligence.ADULT), null),
              new MissingEpisode.FoundWith(named.get(DemoIntelligence.CAR), null));
      // 1. Eighty days ago, overnight; returned by herself. Interview held, some words shared.
      EpisodeId first =
          seeding.start(
              runaway,
              EpisodeKind.M,
              days(now, 80, 21),
              "NB-MIS-0412",
              PoliceRiskGrade.MEDIUM,
              RecorderCapacity.KEY_WORKER);
      seeding.returned(
          first,
          days(now, 79, 9),
          HowReturned.RETURNED_THEMSELVES,
          MissingEpisode.Found.of("Said she had been at a friend's house.", null, null, null),
          List.of());
      // 2. Forty-five days ago: away (whereabouts known), then missing; found at the flat.
      EpisodeId away =
          seeding.start(
              runaway, EpisodeKind.A, days(now, 45, 18), null, null, RecorderCapacity.KEY_WORKER);
      EpisodeId missing = seeding.changed(away, days(now, 45, 23));
      seeding.returned(missing, days(now, 44, 14), HowReturned.FOUND_BY_POLICE, flat, withAdult);
      // 3. Twenty days ago: found by her carer in the town centre.
      EpisodeId third20 =
          seeding.start(
              runaway,
              EpisodeKind.M,
              days(now, 20, 20),
              "NB-MIS-0533",
              PoliceRiskGrade.LOW,
              RecorderCapacity.CARERS_AGENCY);
      seeding.returned(
          third20,
          days(now, 19, 11),
          HowReturned.FOUND_BY_CARER,
          MissingEpisode.Found.of("The bus station in the town centre.", null, null, null),
          List.of());
      // 4. Four days ago, found at the flat again: the return interview is overdue.
      EpisodeId latest =
          seeding.start(
              runaway,
              EpisodeKind.M,
              days(now, 5, 22),
              "NB-MIS-0571",
              PoliceRiskGrade.HIGH,
              RecorderCapacity.KEY_WORKER);
      seeding.returned(latest, days(now, 4, 8), HowReturned.FOUND_BY_POLICE, flat, withAdult);
      // A third child of kw.jones's team is missing now.
      seeding.start(
          third,
          EpisodeKind.M,
          now.minus(Duration.ofHours(6)),
          "NB-MIS-0580",
          PoliceRiskGrade.MEDIUM,
          RecorderCapacity.KEY_WORKER);

      signIn("kw.ahmed");
      // The second child was found at the same flat, in an episode of her own: overdue interview.
      EpisodeId seconds =
          seeding.start(
              second,
              EpisodeKind.M,
              days(now, 6, 19),
              "NB-MIS-0566",
              PoliceRiskGrade.MEDIUM,
              RecorderCapacity.KEY_WORKER);
      seeding.returned(
          seconds,
          days(now, 5, 10),
          HowReturned.FOUND_BY_POLICE,
          MissingEpisode.Found.of(
              "The flat above the shops on Mill Lane.",
              "FLAT 3 12 Mill Lane.",
              "nb1 2xy",
              named.get(DemoIntelligence.FLAT)),
          List.of(
              new MissingEpisode.FoundWith(null, "A man in his twenties the police did not name")));

      signIn("coord.ward");
      UserSummary coordinator = directory.findUserByUsername("coord.ward").orElseThrow();
      seeding.interviewHeld(
          first,
          days(now, 79, 12),
          coordinator.id(),
          LocalDate.ofInstant(days(now, 78, 12), DisplayDates.ZONE),
          "I was at my mate's. I don't want to say whose. Someone gave us a lift back.",
          "Calm and tired. Would not name the friend. Agreed we can tell the police she was given"
              + " a lift home by an adult in a dark car.",
          ConsentToShare.SOME,
          "Someone gave us a lift back.");
      seeding.interviewNotHeld(
          third20,
          days(now, 19, 15),
          "Offered twice; she was in hospital for three days after the return, and by then her"
              + " key worker had seen her and the moment had passed.");
      seeding.interviewNotHeld(
          missing,
          days(now, 44, 16),
          "She said she would only talk to her key worker, who saw her the next day.");
    } finally {
      SecurityContextHolder.getContext().setAuthentication(previous);
    }
  }

  /** {@code ago} days before now, at {@code hour} o'clock UK time. */
  private static Instant days(Instant now, int ago, int hour) {
    LocalDate day = LocalDate.ofInstant(now, DisplayDates.ZONE).minusDays(ago);
    return day.atTime(hour, 0).atZone(DisplayDates.ZONE).toInstant();
  }

  private void signIn(String username) {
    DemoDisruption.signIn(directory.findUserByUsername(username).orElseThrow());
  }
}
