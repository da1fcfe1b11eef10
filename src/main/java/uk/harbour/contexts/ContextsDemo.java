package uk.harbour.contexts;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import uk.harbour.contexts.Kinds.ContextKind;
import uk.harbour.contexts.Kinds.ControllerKind;
import uk.harbour.contexts.Records.NewContext;
import uk.harbour.shared.DisplayDates;

/**
 * The demo world's context (issue 12): a shopping centre's food court with an assessment, a
 * conference, a plan, two measures over time and a review, recorded by the demo's contextual
 * safeguarding lead (context.rahman). Seeded once, outside production, by this module itself so the
 * demo module need not know of contexts. All text is invented and names no child.
 */
@Component
@ConditionalOnProperty(name = "harbour.demo.seed", havingValue = "true")
class ContextsDemo implements SmartInitializingSingleton {

  static final ContextId FOOD_COURT =
      new ContextId(UUID.fromString("c0e7e7a0-0012-4c00-8000-000000000001"));
  static final String LEAD = "Imran Rahman";

  private final ContextRepository contexts;
  private final ContextWorkRepository work;
  private final TransactionTemplate transactions;
  private final Clock clock;

  ContextsDemo(
      ContextRepository contexts,
      ContextWorkRepository work,
      TransactionTemplate transactions,
      Clock clock) {
    this.contexts = contexts;
    this.work = work;
    this.transactions = transactions;
    this.clock = clock;
  }

  @Override
  public void afterSingletonsInstantiated() {
    transactions.executeWithoutResult(
        status -> {
          if (!contexts.exists(FOOD_COURT)) {
            seed();
          }
        });
  }

  private void seed() {
    Instant now = clock.instant();
    LocalDate today = LocalDate.now(clock.withZone(DisplayDates.ZONE));
    contexts.insert(
        FOOD_COURT,
        new NewContext(
            ContextKind.PLACE,
            "Riverside shopping centre food court",
            "An indoor food court open until 10pm, with seating out of sight of the staffed"
                + " counters. Several referrals describe adults buying food for groups of young"
                + " people after school and offering lifts from the car park.",
            "Riverside Centre Management",
            ControllerKind.BUSINESS,
            null,
            "Riverside shopping centre, Northbridge",
            "NB1 4RS"),
        now,
        LEAD);
    work.addAssessment(
        FOOD_COURT,
        1,
        new String[] {
          "Young people describe the food court as warm, free and somewhere to be together after"
              + " school; many look out for one another, and some have told youth workers they"
              + " feel uneasy about the adults who buy food.",
          "Security staff patrol the shops but not the seating area after 6pm; there is no youth"
              + " provision nearby in the evenings.",
          "The seating area is out of view of the cameras and counters; the car park exit is"
              + " unlit and unstaffed. The centre has no safeguarding policy for its staff.",
          "Riverside Centre Management (the landlord of the units and the car park) and the"
              + " security contractor; the takeaway tenants.",
          "The food court must change first: it is where young people meet the adults, before"
              + " any other place named in the referrals."
        },
        now,
        LEAD);
    work.addConference(
        UUID.fromString("c0e7e7a0-0012-4c00-8000-000000000002"),
        FOOD_COURT,
        today.minusWeeks(3),
        "The conference discussed the food court as a context: who is there after school, where"
            + " the seating is hidden from view, and what the centre's staff see. Security staff"
            + " had noticed adults buying food for groups but had no one to tell.",
        "The centre will move seating into view and light the car park exit; security staff will"
            + " be trained and given a number to call; youth workers will run an evening session"
            + " nearby on Thursdays.",
        List.of("Northbridge Council Children's Services", "Northbridge Police"),
        now,
        LEAD);
    work.savePlan(
        FOOD_COURT,
        0,
        "Young people can be in the food court after school without being approached by adults"
            + " who exploit them; staff know what to look for and whom to tell.",
        "Seating moved into view of the counters; car park exit lit; security staff trained and"
            + " given the police's number; a licensing check of the takeaway tenants (disruption"
            + " on the place); detached youth work on Thursday evenings.",
        now,
        LEAD);
    work.addMeasure(
        FOOD_COURT,
        "Calls from centre staff to the police about adults with young people",
        today.minusWeeks(2),
        "None in the fortnight before the training.",
        now,
        LEAD);
    work.addMeasure(
        FOOD_COURT,
        "Calls from centre staff to the police about adults with young people",
        today.minusDays(2),
        "Three calls since the training, each followed up the same evening.",
        now,
        LEAD);
    work.addReview(
        FOOD_COURT,
        today.minusDays(1),
        "Seating has moved and staff are calling; the car park lighting is still awaited from the"
            + " centre's landlord. Review again in six weeks.",
        now,
        LEAD);
  }
}
