package uk.harbour.demo;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import uk.harbour.intelligence.EntityId;
import uk.harbour.intelligence.IntelligenceSeeding;
import uk.harbour.intelligence.IntelligenceSeeding.SeedItem;
import uk.harbour.intelligence.IntelligenceSeeding.SeedSubmission;
import uk.harbour.shared.ChildId;

/**
 * The demo world's intelligence, all fictional: a school and a youth worker each describe the same
 * adult ("Deano"), the same black car and the same flat, about two different children, and the
 * intelligence unit has linked them; a third submission, naming a "Dino" and a phone number, waits
 * in the duty queue to be assessed.
 */
final class DemoIntelligence {

  static final String ADULT = "deano";
  static final String CAR = "audi";
  static final String FLAT = "flat";

  private DemoIntelligence() {}

  /** Seeds it; the register entries for the adult, the car and the flat, by key. */
  static Map<String, EntityId> seed(
      IntelligenceSeeding seeding, ChildId first, ChildId second, Instant now) {
    Map<String, EntityId> named =
        seeding.seed(
            new SeedSubmission(
                "school.brown",
                "intel.patel",
                "A man who calls himself Deano, about 25, has waited outside the school gates in a"
                    + " black Audi three times this fortnight. The registration starts KX17. A pupil"
                    + " was seen getting into the car. Another pupil says he drives young people to"
                    + " a flat at Mill Court.",
                List.of(first),
                List.of(
                    SeedItem.person(ADULT, null, "Deano", 25),
                    SeedItem.vehicle(CAR, "KX17???", "Audi", "black"),
                    SeedItem.place(FLAT, "Mill Court", "Flat 3, 12 Mill Lane", "NB1 2XY")),
                false,
                now.minus(9, ChronoUnit.DAYS)));
    seeding.seed(
        new SeedSubmission(
            "youth.mensah",
            "intel.patel",
            "A member of the public called the outreach team: a man called Deano in a black Audi"
                + " collects a girl from the park most evenings and takes her to Mill Court.",
            List.of(second),
            List.of(
                SeedItem.person(ADULT, null, "Deano", 26),
                SeedItem.vehicle(CAR, "KX17RBC", "Audi", "black"),
                SeedItem.place(FLAT, "Mill Court", "12 Mill Ln, flat 3", "NB1 2XY")),
            false,
            now.minus(4, ChronoUnit.DAYS)));
    seeding.seed(
        new SeedSubmission(
            "kw.ahmed",
            null,
            "A number saved as \"Dino\" keeps messaging her late at night and offering lifts.",
            List.of(second),
            List.of(
                SeedItem.person("dino", null, "Dino", null),
                SeedItem.phone("phone", "+447700900461")),
            false,
            now.minus(2, ChronoUnit.HOURS)));
    return named;
  }
}
