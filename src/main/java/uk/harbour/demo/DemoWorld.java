package uk.harbour.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import uk.harbour.accesscontrol.AgencyKind;
import uk.harbour.accesscontrol.Directory;
import uk.harbour.accesscontrol.NewUser;
import uk.harbour.accesscontrol.TeamRole;
import uk.harbour.accesscontrol.Teams;
import uk.harbour.intake.ConcernSeeding;
import uk.harbour.people.ChildDetails;
import uk.harbour.people.ChildRecord;
import uk.harbour.people.Children;
import uk.harbour.shared.AgencyId;
import uk.harbour.shared.ChildId;
import uk.harbour.shared.DisplayDates;
import uk.harbour.shared.UserId;

/**
 * Seeds the synthetic demo world on first start against an empty database: five agencies, sixteen
 * users across every role, and fifty fictional children each with a team around them. Never runs in
 * the {@code prod} profile ({@code harbour.demo.seed=false}).
 */
@Component
@ConditionalOnProperty(name = "harbour.demo.seed", havingValue = "true")
class DemoWorld implements SmartInitializingSingleton {

  private static final Logger log = LoggerFactory.getLogger(DemoWorld.class);

  /** Key workers, in turn. */
  private static final List<String> KEY_WORKERS = List.of("kw.jones", "kw.ahmed", "sw.taylor");

  /** Other practitioners who join teams. school.green joins none: she sees no child. */
  private static final List<String> OTHERS =
      List.of("school.brown", "nurse.singh", "police.evans", "health.walsh", "youth.mensah");

  private final Directory directory;
  private final Children children;
  private final Teams teams;
  private final TransactionTemplate transaction;
  private final Clock clock;
  private final DemoCases demoCases;
  private final DemoPlans demoPlans;
  private final ConcernSeeding concerns;
  private final uk.harbour.intelligence.IntelligenceSeeding intelligence;
  private final DemoDisruption disruption;
  private final DemoMissing missing;

  DemoWorld(
      Directory directory,
      Children children,
      Teams teams,
      TransactionTemplate transaction,
      Clock clock,
      DemoCases demoCases,
      DemoPlans demoPlans,
      ConcernSeeding concerns,
      uk.harbour.intelligence.IntelligenceSeeding intelligence,
      DemoDisruption disruption,
      DemoMissing missing) {
    this.missing = missing;
    this.intelligence = intelligence;
    this.disruption = disruption;
    this.demoCases = demoCases;
    this.demoPlans = demoPlans;
    this.concerns = concerns;
    this.directory = directory;
    this.children = children;
    this.teams = teams;
    this.transaction = transaction;
    this.clock = clock;
  }

  /**
   * Runs once every bean exists and before the web server takes requests, so nobody can sign in to
   * a half-seeded world.
   */
  @Override
  public void afterSingletonsInstantiated() {
    if (directory.hasAnyUser()) {
      return;
    }
    transaction.executeWithoutResult(status -> seed());
    log.info("Seeded the synthetic demo world: see the README for the demo sign-ins");
  }

  private void seed() {
    Map<String, AgencyId> agencies = new HashMap<>();
    agencies.put(
        "social-care",
        directory.createAgency(
            "Northbridge Children's Social Care", AgencyKind.CHILDRENS_SOCIAL_CARE));
    agencies.put(
        "police",
        directory.createAgency("Northbridge Police Child Exploitation Team", AgencyKind.POLICE));
    agencies.put("school", directory.createAgency("Riverside Academy", AgencyKind.EDUCATION));
    agencies.put(
        "health",
        directory.createAgency(
            "Northbridge Health Trust (sexual health and school nursing)", AgencyKind.HEALTH));
    agencies.put(
        "charity",
        directory.createAgency(
            "Compass Young People's Service (charity)", AgencyKind.VOLUNTARY_SECTOR));

    Map<String, UserId> users = new HashMap<>();
    for (DemoUsers.DemoUser u : DemoUsers.ALL) {
      UserId manager = u.manager() == null ? null : users.get(u.manager());
      users.put(
          u.username(),
          directory.createUser(
              new NewUser(
                  u.username(),
                  u.name(),
                  u.username() + "@example.org",
                  u.jobTitle(),
                  agencies.get(u.agency()),
                  manager,
                  u.roles(),
                  DemoUsers.PASSWORD,
                  u.totpSecret())));
    }

    LocalDate today = LocalDate.now(clock.withZone(DisplayDates.ZONE));
    List<ChildDetails> all = DemoChildren.generate(today);
    List<ChildId> created = new java.util.ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      ChildRecord child = children.create(all.get(i));
      ChildId id = child.id();
      created.add(id);
      if (i >= all.size() - 3) {
        // Three children are new to the service: a practitioner's concern about each awaits
        // screening (not yet linked to the child), and their team so far is that practitioner.
        String raisedBy = OTHERS.get(i % OTHERS.size());
        teams.assign(id, users.get(raisedBy), roleOf(raisedBy));
        DemoConcerns.raise(concerns, users.get(raisedBy), all.get(i), i, clock.instant());
        continue;
      }
      teams.assign(id, users.get(KEY_WORKERS.get(i % KEY_WORKERS.size())), TeamRole.KEY_WORKER);
      teams.assign(
          id, users.get(OTHERS.get(i % OTHERS.size())), roleOf(OTHERS.get(i % OTHERS.size())));
      String second = OTHERS.get((i * 3 + 1) % OTHERS.size());
      teams.assign(id, users.get(second), roleOf(second));
    }
    // The school nurse recorded one child again, with a shortened name and a typo: the duplicate
    // scan finds the pair for screening officers to merge.
    ChildRecord twice =
        children.create(DemoChildren.secondRecordOf(all.get(DemoChildren.RECORDED_TWICE)));
    teams.assign(twice.id(), users.get("nurse.singh"), TeamRole.HEALTH_PRACTITIONER);
    DemoConcerns.report(concerns, clock.instant());
    demoCases.seed();
    demoPlans.seed();
    // The first child's key worker is kw.jones, the second's kw.ahmed (KEY_WORKERS in turn).
    var named =
        DemoIntelligence.seed(intelligence, created.get(0), created.get(1), clock.instant());
    // A live sexual risk order against the adult, protecting both children, near its expiry.
    disruption.seed(
        named.get(DemoIntelligence.ADULT),
        List.of(created.get(0), created.get(1)),
        users.get("police.evans"),
        clock);
    // Missing episodes: the first child a repeat runaway, both found at the flat (KEY_WORKERS in
    // turn: the fourth child is kw.jones's too).
    missing.seed(created.get(0), created.get(1), created.get(3), named, clock);
  }

  private static TeamRole roleOf(String username) {
    return switch (username.substring(0, username.indexOf('.'))) {
      case "school" -> TeamRole.EDUCATION_PRACTITIONER;
      case "nurse", "health" -> TeamRole.HEALTH_PRACTITIONER;
      case "police" -> TeamRole.POLICE_OFFICER;
      case "youth" -> TeamRole.YOUTH_WORKER;
      default -> TeamRole.OTHER_PRACTITIONER;
    };
  }
}
