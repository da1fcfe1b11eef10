package uk.harbour.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.harbour.accesscontrol.Role;

class NavigationTests {

  static List<NavItem> items(String path, Role... roles) {
    return Navigation.itemsFor(WebTestSecurity.user("A", "B", roles), path);
  }

  static List<String> current(List<NavItem> items) {
    return items.stream().filter(NavItem::current).map(NavItem::key).toList();
  }

  @Test
  void marksTheSectionOfTheCurrentPage() {
    assertThat(current(items("/", Role.KEY_WORKER))).containsExactly("home");
    assertThat(current(items("/children", Role.KEY_WORKER))).containsExactly("children");
    assertThat(current(items("/children/123/plan", Role.KEY_WORKER))).containsExactly("children");
    assertThat(current(items("/account/mfa", Role.KEY_WORKER))).containsExactly("account");
    assertThat(current(items("/childrenish", Role.KEY_WORKER))).isEmpty();
    assertThat(current(items("/elsewhere", Role.KEY_WORKER))).isEmpty();
  }

  @Test
  void saysPageOnlyForTheExactPage() {
    NavItem exact = items("/children", Role.KEY_WORKER).get(1);
    NavItem within = items("/children/123", Role.KEY_WORKER).get(1);
    NavItem other = items("/", Role.KEY_WORKER).get(1);
    assertThat(exact.ariaCurrent()).isEqualTo("page");
    assertThat(within.ariaCurrent()).isEqualTo("true");
    assertThat(other.ariaCurrent()).isNull();
  }

  @Test
  void screeningOfficersSeeScreeningAndAdministratorsRaiseNoConcerns() {
    assertThat(items("/", Role.SCREENING_OFFICER))
        .extracting(NavItem::key)
        .containsExactly(
            "home",
            "children",
            "raiseConcern",
            "intelligence",
            "intelligenceQueue",
            "screening",
            "duplicates",
            "missing",
            "contexts",
            "notifications",
            "account");
    assertThat(current(items("/screening/123", Role.SCREENING_OFFICER)))
        .containsExactly("screening");
    assertThat(current(items("/intelligence/queue", Role.SCREENING_OFFICER)))
        .as("only the most specific section is current")
        .containsExactly("intelligenceQueue");
    assertThat(current(items("/intelligence/new", Role.SCREENING_OFFICER)))
        .containsExactly("intelligence");
    assertThat(items("/", Role.SYSTEM_ADMINISTRATOR))
        .extracting(NavItem::key)
        .doesNotContain("raiseConcern", "screening");
  }

  @Test
  void everyoneWhoMayHaveActivitiesToSeeSeesDisruptionAndOthersDoNot() {
    for (Role role :
        List.of(
            Role.INTELLIGENCE_OFFICER,
            Role.INTELLIGENCE_ANALYST,
            Role.PRACTITIONER,
            Role.KEY_WORKER,
            Role.TEAM_MANAGER)) {
      assertThat(items("/", role)).as(role.name()).extracting(NavItem::key).contains("disruption");
    }
    assertThat(items("/", Role.SCREENING_OFFICER, Role.PRACTITIONER))
        .extracting(NavItem::key)
        .contains("disruption");
    assertThat(current(items("/disruption/123/edit", Role.KEY_WORKER)))
        .containsExactly("disruption");
    assertThat(items("/", Role.SYSTEM_ADMINISTRATOR))
        .extracting(NavItem::key)
        .doesNotContain("disruption");
    assertThat(items("/", Role.SYSTEM_ADMINISTRATOR, Role.KEY_WORKER))
        .extracting(NavItem::key)
        .doesNotContain("disruption");
    assertThat(items("/", Role.DATA_PROTECTION_OFFICER))
        .extracting(NavItem::key)
        .doesNotContain("disruption");
    assertThat(items("/", Role.SCREENING_OFFICER))
        .as("the security rule keeps a screening officer alone out of /disruption")
        .extracting(NavItem::key)
        .doesNotContain("disruption");
  }

  @Test
  void rolesAddTheirAreas() {
    assertThat(
            items("/", Role.TEAM_MANAGER, Role.DATA_PROTECTION_OFFICER, Role.SYSTEM_ADMINISTRATOR))
        .extracting(NavItem::key)
        .containsExactly(
            "home",
            "notifications",
            "languageLearning",
            "breakGlassReviews",
            "signInResets",
            "audit",
            "users",
            "agencies",
            "account");
  }

  @Test
  void keyWorkersSeeWorkDueAndOnlyManagersAndDpoSeeLanguageLearning() {
    assertThat(items("/cases/due", Role.KEY_WORKER))
        .filteredOn(NavItem::current)
        .extracting(NavItem::key)
        .containsExactly("workDue");
    assertThat(items("/", Role.KEY_WORKER))
        .extracting(NavItem::key)
        .doesNotContain("languageLearning");
    assertThat(items("/", Role.TEAM_MANAGER)).extracting(NavItem::key).contains("languageLearning");
  }

  @Test
  void managersSeeCaseloads() {
    assertThat(items("/cases/manager", Role.TEAM_MANAGER))
        .filteredOn(NavItem::current)
        .extracting(NavItem::key)
        .containsExactly("caseloads");
    assertThat(items("/", Role.KEY_WORKER)).extracting(NavItem::key).doesNotContain("caseloads");
  }

  @Test
  void theRegisterOfContextsIsOfferedToPractitionersAndTheLeadButNotAdministratorsOrDpoAlone() {
    for (Role role :
        new Role[] {
          Role.PRACTITIONER,
          Role.KEY_WORKER,
          Role.TEAM_MANAGER,
          Role.SCREENING_OFFICER,
          Role.RETURN_INTERVIEW_COORDINATOR,
          Role.CONTEXTUAL_SAFEGUARDING_LEAD
        }) {
      assertThat(items("/", role)).as(role.name()).extracting(NavItem::key).contains("contexts");
    }
    assertThat(current(items("/contexts/123/plan", Role.CONTEXTUAL_SAFEGUARDING_LEAD)))
        .containsExactly("contexts");
    assertThat(items("/", Role.DATA_PROTECTION_OFFICER))
        .extracting(NavItem::key)
        .doesNotContain("contexts");
    assertThat(items("/", Role.PRACTITIONER, Role.SYSTEM_ADMINISTRATOR))
        .extracting(NavItem::key)
        .doesNotContain("contexts");
  }

  @Test
  void teamManagersAndDataProtectionOfficersSeeTheMissingReturnAndNobodyElse() {
    assertThat(items("/", Role.TEAM_MANAGER)).extracting(NavItem::key).contains("missingReturn");
    assertThat(items("/", Role.DATA_PROTECTION_OFFICER))
        .extracting(NavItem::key)
        .contains("missingReturn");
    assertThat(current(items("/missing/ssda903", Role.TEAM_MANAGER)))
        .as("only the most specific section is current")
        .containsExactly("missingReturn");
    for (Role role :
        List.of(
            Role.KEY_WORKER,
            Role.PRACTITIONER,
            Role.SCREENING_OFFICER,
            Role.RETURN_INTERVIEW_COORDINATOR,
            Role.SYSTEM_ADMINISTRATOR)) {
      assertThat(items("/", role))
          .as(role.name())
          .extracting(NavItem::key)
          .doesNotContain("missingReturn");
    }
  }
}
