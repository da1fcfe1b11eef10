package uk.harbour.tools.synthetic;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import uk.harbour.accesscontrol.AgencyKind;
import uk.harbour.accesscontrol.Directory;
import uk.harbour.accesscontrol.NewUser;
import uk.harbour.accesscontrol.Role;
import uk.harbour.accesscontrol.TeamRole;
import uk.harbour.demo.DemoUsers;
import uk.harbour.shared.AgencyId;
import uk.harbour.shared.UserId;

/**
 * Creates the practitioners for a generated set: four areas, each with a children's social care
 * team, a charity, a police child exploitation team, a health trust and a schools partnership; one
 * key worker per 15 to 25 young people, one manager per eight key workers, and enough police,
 * school, health and youth workers to join most teams around the child.
 */
@Component
class StaffPool {

  /** Every generated account's password (they also need their own second-factor code). */
  static final String PASSWORD = "synthetic-benchmark-password";

  /** What every generated username starts with. */
  static final String PREFIX = "synth";

  static final String[] AREAS = {"Ashford Vale", "Kingsmere", "Eastholm", "Penrose Bay"};

  private static final String[] FIRST = {
    "Alex", "Bea", "Cal", "Dee", "Eli", "Fern", "Gus", "Hana", "Ivo", "Jas", "Kit", "Lola", "Max",
    "Nia", "Oz", "Pip", "Rae", "Sol", "Tam", "Uma", "Vic", "Wyn", "Yas", "Zed"
  };
  private static final String[] LAST = {
    "Ashdown", "Birchall", "Coombe", "Dunmore", "Elsworth", "Fairley", "Garside", "Holloway",
    "Ingleby", "Jessop", "Kershaw", "Lomax", "Marsden", "Nuttall", "Ormerod", "Pickles"
  };

  private final Directory directory;
  private final AccessBulkLoad accounts;

  StaffPool(Directory directory, AccessBulkLoad accounts) {
    this.directory = directory;
    this.accounts = accounts;
  }

  /** Which generated set this is: one more than the sets already in the database. */
  int nextSet() {
    return (int)
            directory.agencies().stream()
                .filter(a -> a.name().contains("(synthetic set "))
                .map(a -> a.name().substring(a.name().indexOf("(synthetic set ")))
                .distinct()
                .count()
        + 1;
  }

  /** Creates the agencies and accounts for {@code children} young people. Call in a transaction. */
  Staff create(int children, int set, Random random) {
    String tag = PREFIX + set + ".";
    Map<String, AgencyId> agencies = new java.util.HashMap<>();
    for (String area : AREAS) {
      for (AgencyKind kind : KINDS) {
        agencies.put(area + kind, directory.createAgency(agencyName(area, kind, set), kind));
      }
    }
    int[] caseloads = caseloads(children, random);
    int keyWorkerCount = caseloads.length;
    int managerCount = (keyWorkerCount + Staff.TEAM_SIZE - 1) / Staff.TEAM_SIZE;

    List<Planned> managers = new ArrayList<>();
    for (int m = 0; m < managerCount; m++) {
      int area = m % AREAS.length;
      AgencyKind kind = m % 10 < 7 ? AgencyKind.CHILDRENS_SOCIAL_CARE : AgencyKind.VOLUNTARY_SECTOR;
      managers.add(
          planned(tag + "mgr" + m, "Team manager", area, kind, null, "manager", random, agencies));
    }
    List<Staff.Member> managerMembers = create(managers, set);

    List<Planned> keyWorkers = new ArrayList<>();
    for (int k = 0; k < keyWorkerCount; k++) {
      Planned manager = managers.get(k / Staff.TEAM_SIZE);
      Planned kw =
          planned(
              tag + "kw" + k,
              manager.kind == AgencyKind.VOLUNTARY_SECTOR
                  ? "Specialist key worker"
                  : "CSE key worker",
              manager.area,
              manager.kind,
              managerMembers.get(k / Staff.TEAM_SIZE).id(),
              "key worker",
              random,
              agencies);
      keyWorkers.add(kw);
    }
    List<Staff.Member> keyWorkerMembers = create(keyWorkers, set);

    Map<TeamRole, List<List<Staff.Member>>> others = new EnumMap<>(TeamRole.class);
    List<Staff.Member> everyone = new ArrayList<>(managerMembers);
    everyone.addAll(keyWorkerMembers);
    for (Other other : OTHERS) {
      List<List<Staff.Member>> byArea = new ArrayList<>();
      int perArea = Math.max(1, children / other.childrenEach / AREAS.length);
      for (int area = 0; area < AREAS.length; area++) {
        List<Planned> planned = new ArrayList<>();
        for (int i = 0; i < perArea; i++) {
          planned.add(
              planned(
                  tag + other.word + (area * perArea + i),
                  other.title,
                  area,
                  other.agency,
                  null,
                  other.word,
                  random,
                  agencies));
        }
        List<Staff.Member> members = create(planned, set);
        byArea.add(members);
        everyone.addAll(members);
      }
      others.put(other.role, byArea);
    }
    return new Staff(keyWorkerMembers, caseloads, managerMembers, others, everyone);
  }

  /** Caseloads of 15 to 25 that add up to {@code children}. */
  static int[] caseloads(int children, Random random) {
    List<Integer> loads = new ArrayList<>();
    int left = children;
    while (left > 0) {
      int load = Math.min(left, 15 + random.nextInt(11));
      loads.add(load);
      left -= load;
    }
    return loads.stream().mapToInt(Integer::intValue).toArray();
  }

  private List<Staff.Member> create(List<Planned> planned, int set) {
    List<NewUser> users =
        planned.stream()
            .map(
                p ->
                    new NewUser(
                        p.username,
                        p.name,
                        p.username + "@example.org",
                        p.title,
                        p.agency,
                        p.manager,
                        p.roles,
                        PASSWORD,
                        DemoUsers.secretFor(p.username)))
            .toList();
    List<UserId> ids = accounts.createUsers(users);
    List<Staff.Member> members = new ArrayList<>();
    for (int i = 0; i < planned.size(); i++) {
      Planned p = planned.get(i);
      members.add(
          new Staff.Member(
              ids.get(i),
              p.username,
              p.name,
              p.agency.value(),
              agencyName(AREAS[p.area], p.kind, set),
              p.roles.stream().map(Role::name).sorted().collect(Collectors.joining(",")),
              p.word,
              p.area,
              DemoUsers.secretFor(p.username)));
    }
    return members;
  }

  private Planned planned(
      String username,
      String title,
      int area,
      AgencyKind kind,
      UserId manager,
      String word,
      Random random,
      Map<String, AgencyId> agencies) {
    Set<Role> roles =
        switch (word) {
          case "manager" -> Set.of(Role.TEAM_MANAGER, Role.PRACTITIONER);
          case "key worker" -> Set.of(Role.KEY_WORKER, Role.PRACTITIONER);
          default -> Set.of(Role.PRACTITIONER);
        };
    String name = FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(LAST.length)];
    return new Planned(
        username, name, title, agencies.get(AREAS[area] + kind), manager, roles, area, kind, word);
  }

  private static String agencyName(String area, AgencyKind kind, int set) {
    return area + " " + agencyWord(kind) + " (synthetic set " + set + ")";
  }

  private static String agencyWord(AgencyKind kind) {
    return switch (kind) {
      case CHILDRENS_SOCIAL_CARE -> "Children's Social Care";
      case VOLUNTARY_SECTOR -> "Young People's Service (charity)";
      case POLICE -> "Police Child Exploitation Team";
      case HEALTH -> "Health Trust";
      default -> "Schools Partnership";
    };
  }

  private static final List<AgencyKind> KINDS =
      List.of(
          AgencyKind.CHILDRENS_SOCIAL_CARE,
          AgencyKind.VOLUNTARY_SECTOR,
          AgencyKind.POLICE,
          AgencyKind.HEALTH,
          AgencyKind.EDUCATION);

  private record Other(
      TeamRole role, AgencyKind agency, String word, String title, int childrenEach) {}

  /** The practitioners who join teams, and about how many children each one works with. */
  private static final List<Other> OTHERS =
      List.of(
          new Other(
              TeamRole.POLICE_OFFICER, AgencyKind.POLICE, "police", "Detective constable", 60),
          new Other(
              TeamRole.EDUCATION_PRACTITIONER,
              AgencyKind.EDUCATION,
              "school",
              "Designated safeguarding lead",
              80),
          new Other(TeamRole.HEALTH_PRACTITIONER, AgencyKind.HEALTH, "health", "School nurse", 120),
          new Other(
              TeamRole.YOUTH_WORKER,
              AgencyKind.VOLUNTARY_SECTOR,
              "youth",
              "Outreach youth worker",
              150));

  private record Planned(
      String username,
      String name,
      String title,
      AgencyId agency,
      UserId manager,
      Set<Role> roles,
      int area,
      AgencyKind kind,
      String word) {}
}
