package uk.harbour.demo;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Set;
import org.apache.commons.codec.binary.Base32;
import uk.harbour.accesscontrol.Role;

/**
 * The demo accounts. Everyone shares one password; each has their own second-factor secret, derived
 * from the username so that the README, the tests and the seeded database always agree.
 */
public final class DemoUsers {

  public static final String PASSWORD = "harbour-demo-password";

  /** One demo account. {@code agency} and {@code manager} refer to other entries by key. */
  record DemoUser(
      String username,
      String name,
      String jobTitle,
      String agency,
      String manager,
      Set<Role> roles) {

    String totpSecret() {
      return secretFor(username);
    }
  }

  static final List<DemoUser> ALL =
      List.of(
          new DemoUser(
              "admin.hughes",
              "Morgan Hughes",
              "Systems administrator",
              "social-care",
              null,
              Set.of(Role.SYSTEM_ADMINISTRATOR)),
          new DemoUser(
              "dpo.fraser",
              "Alex Fraser",
              "Data protection officer",
              "social-care",
              null,
              Set.of(Role.DATA_PROTECTION_OFFICER)),
          new DemoUser(
              "manager.okafor",
              "Grace Okafor",
              "CSE team manager",
              "social-care",
              null,
              Set.of(Role.TEAM_MANAGER, Role.PRACTITIONER)),
          new DemoUser(
              "kw.jones",
              "Rhys Jones",
              "CSE key worker",
              "social-care",
              "manager.okafor",
              Set.of(Role.KEY_WORKER, Role.PRACTITIONER)),
          new DemoUser(
              "sw.taylor",
              "Priya Taylor",
              "Social worker",
              "social-care",
              "manager.okafor",
              Set.of(Role.KEY_WORKER, Role.PRACTITIONER)),
          new DemoUser(
              "screening.lee",
              "Sam Lee",
              "MASH screening officer",
              "social-care",
              null,
              Set.of(Role.SCREENING_OFFICER, Role.PRACTITIONER)),
          new DemoUser(
              "screening.osei",
              "Ama Osei",
              "MASH screening officer (police)",
              "police",
              null,
              Set.of(Role.SCREENING_OFFICER, Role.PRACTITIONER)),
          new DemoUser(
              "manager.byrne",
              "Niamh Byrne",
              "Service manager",
              "charity",
              null,
              Set.of(Role.TEAM_MANAGER, Role.PRACTITIONER)),
          new DemoUser(
              "kw.ahmed",
              "Yusuf Ahmed",
              "Specialist key worker",
              "charity",
              "manager.byrne",
              Set.of(Role.KEY_WORKER, Role.PRACTITIONER)),
          new DemoUser(
              "youth.mensah",
              "Kofi Mensah",
              "Outreach youth worker",
              "charity",
              "manager.byrne",
              Set.of(Role.PRACTITIONER)),
          new DemoUser(
              "manager.clarke",
              "Dana Clarke",
              "Detective sergeant",
              "police",
              null,
              Set.of(Role.TEAM_MANAGER, Role.PRACTITIONER)),
          new DemoUser(
              "police.evans",
              "Tom Evans",
              "Detective constable",
              "police",
              "manager.clarke",
              Set.of(Role.PRACTITIONER)),
          new DemoUser(
              "analyst.novak",
              "Eva Novak",
              "Intelligence analyst",
              "police",
              "manager.clarke",
              Set.of(Role.INTELLIGENCE_ANALYST)),
          new DemoUser(
              "intel.patel",
              "Lena Patel",
              "Intelligence officer, police intelligence unit",
              "police",
              "manager.clarke",
              Set.of(Role.INTELLIGENCE_OFFICER)),
          new DemoUser(
              "coord.ward",
              "Sian Ward",
              "Return interview coordinator",
              "charity",
              "manager.byrne",
              Set.of(Role.RETURN_INTERVIEW_COORDINATOR, Role.PRACTITIONER)),
          new DemoUser(
              "context.rahman",
              "Imran Rahman",
              "Contextual safeguarding lead",
              "social-care",
              "manager.okafor",
              Set.of(Role.CONTEXTUAL_SAFEGUARDING_LEAD, Role.PRACTITIONER)),
          new DemoUser(
              "school.brown",
              "Chris Brown",
              "Designated safeguarding lead",
              "school",
              null,
              Set.of(Role.PRACTITIONER)),
          new DemoUser(
              "school.green",
              "Jo Green",
              "Pastoral lead",
              "school",
              null,
              Set.of(Role.PRACTITIONER)),
          new DemoUser(
              "nurse.singh",
              "Amrit Singh",
              "School nurse",
              "health",
              null,
              Set.of(Role.PRACTITIONER)),
          new DemoUser(
              "health.walsh",
              "Erin Walsh",
              "Sexual health nurse",
              "health",
              null,
              Set.of(Role.PRACTITIONER)));

  /** The demo accounts' usernames. */
  public static Set<String> usernames() {
    return ALL.stream()
        .map(DemoUser::username)
        .collect(java.util.stream.Collectors.toUnmodifiableSet());
  }

  /** A Base32 TOTP secret of 160 bits, the same on every machine for the same username. */
  public static String secretFor(String username) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-1")
              .digest(("harbour-demo-totp:" + username).getBytes(StandardCharsets.UTF_8));
      return new Base32().encodeToString(digest).replace("=", "");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private DemoUsers() {}
}
