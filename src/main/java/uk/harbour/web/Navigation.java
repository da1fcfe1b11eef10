package uk.harbour.web;

import java.util.ArrayList;
import java.util.List;
import uk.harbour.accesscontrol.HarbourUser;
import uk.harbour.accesscontrol.Role;

/** The service navigation a signed-in user sees, which depends on their roles. */
final class Navigation {

  private Navigation() {}

  /**
   * The items for this user, in order, with the one for {@code path} marked current. Nobody sees a
   * link to an area their roles do not let them use.
   */
  static List<NavItem> itemsFor(HarbourUser user, String path) {
    List<String[]> links = new ArrayList<>();
    links.add(new String[] {"home", "/"});
    if (!user.has(Role.SYSTEM_ADMINISTRATOR)) {
      links.add(new String[] {"children", "/children"});
      links.add(new String[] {"raiseConcern", "/concerns/new"});
    }
    if (user.has(Role.KEY_WORKER) && !user.has(Role.SYSTEM_ADMINISTRATOR)) {
      links.add(new String[] {"workDue", "/cases/due"});
    }
    if (user.has(Role.TEAM_MANAGER) && !user.has(Role.SYSTEM_ADMINISTRATOR)) {
      links.add(new String[] {"caseloads", "/cases/manager"});
    }
    if (!user.has(Role.SYSTEM_ADMINISTRATOR) && !onlyDataProtection(user)) {
      links.add(new String[] {"intelligence", "/intelligence"});
    }
    if (!user.has(Role.SYSTEM_ADMINISTRATOR)
        && (user.has(Role.SCREENING_OFFICER)
            || user.has(Role.INTELLIGENCE_OFFICER)
            || user.has(Role.INTELLIGENCE_ANALYST))) {
      links.add(new String[] {"intelligenceQueue", "/intelligence/queue"});
    }
    if (user.has(Role.SCREENING_OFFICER)) {
      links.add(new String[] {"screening", "/screening"});
      links.add(new String[] {"duplicates", "/duplicates"});
    }
    if (mayHaveDisruption(user)) {
      links.add(new String[] {"disruption", "/disruption"});
    }
    // Missing episodes and return interviews: the return interview coordinator and the roles of
    // the team around the child (the security rule for /missing). Never administrators.
    if (!user.has(Role.SYSTEM_ADMINISTRATOR)
        && (user.has(Role.RETURN_INTERVIEW_COORDINATOR)
            || user.has(Role.PRACTITIONER)
            || user.has(Role.KEY_WORKER)
            || user.has(Role.TEAM_MANAGER)
            || user.has(Role.SCREENING_OFFICER))) {
      links.add(new String[] {"missing", "/missing"});
    }
    if (maySeeContexts(user)) {
      links.add(new String[] {"contexts", "/contexts"});
    }
    // The SSDA903 return of missing episodes: team managers and data protection officers (the
    // security rule for /missing/ssda903). Never administrators.
    if (!user.has(Role.SYSTEM_ADMINISTRATOR)
        && (user.has(Role.TEAM_MANAGER) || user.has(Role.DATA_PROTECTION_OFFICER))) {
      links.add(new String[] {"missingReturn", "/missing/ssda903"});
    }
    links.add(new String[] {"notifications", "/notifications"});
    if (user.has(Role.TEAM_MANAGER) || user.has(Role.DATA_PROTECTION_OFFICER)) {
      links.add(new String[] {"languageLearning", "/language/learning"});
    }
    if (user.has(Role.DATA_PROTECTION_OFFICER)) {
      links.add(new String[] {"breakGlassReviews", "/break-glass/reviews"});
      links.add(new String[] {"signInResets", "/sign-in-resets"});
      links.add(new String[] {"audit", "/audit"});
    }
    if (user.has(Role.SYSTEM_ADMINISTRATOR)) {
      links.add(new String[] {"users", "/admin/users"});
      links.add(new String[] {"agencies", "/admin/agencies"});
    }
    links.add(new String[] {"account", "/account/password"});

    // Only the most specific link the path falls under is current (/intelligence/queue is in the
    // duty queue's section, not also in /intelligence's).
    String currentHref = null;
    for (String[] link : links) {
      String href = link[1];
      boolean within =
          href.equals(path) || (!href.equals("/") && path.startsWith(section(href) + "/"));
      if (within && (currentHref == null || href.length() > currentHref.length())) {
        currentHref = href;
      }
    }
    List<NavItem> items = new ArrayList<>();
    for (String[] link : links) {
      String key = link[0];
      String href = link[1];
      items.add(new NavItem(key, href, href.equals(currentHref), href.equals(path)));
    }
    return List.copyOf(items);
  }

  /**
   * Whoever may have disruption activities to see: the intelligence unit and analysts see them all,
   * and any practitioner may lead one or be the key worker or team manager of a child one protects
   * (the roles the security rule lets into /disruption). Never administrators, nor a data
   * protection officer or screening officer with no practitioner role.
   */
  private static boolean mayHaveDisruption(HarbourUser user) {
    return !user.has(Role.SYSTEM_ADMINISTRATOR)
        && (user.has(Role.PRACTITIONER)
            || user.has(Role.KEY_WORKER)
            || user.has(Role.TEAM_MANAGER)
            || user.has(Role.INTELLIGENCE_OFFICER)
            || user.has(Role.INTELLIGENCE_ANALYST));
  }

  /**
   * Whoever the security rule lets into /contexts: the partnership's practitioners and the
   * contextual safeguarding lead, never administrators or a data protection officer alone.
   */
  private static boolean maySeeContexts(HarbourUser user) {
    return !user.has(Role.SYSTEM_ADMINISTRATOR)
        && (user.has(Role.PRACTITIONER)
            || user.has(Role.KEY_WORKER)
            || user.has(Role.TEAM_MANAGER)
            || user.has(Role.SCREENING_OFFICER)
            || user.has(Role.INTELLIGENCE_ANALYST)
            || user.has(Role.INTELLIGENCE_OFFICER)
            || user.has(Role.RETURN_INTERVIEW_COORDINATOR)
            || user.has(Role.CONTEXTUAL_SAFEGUARDING_LEAD));
  }

  /** A data protection officer with no practitioner role submits no intelligence. */
  private static boolean onlyDataProtection(HarbourUser user) {
    return user.roles().stream().allMatch(r -> r == Role.DATA_PROTECTION_OFFICER);
  }

  /** The section a link belongs to: /account/password is in /account, /children is its own. */
  private static String section(String href) {
    int second = href.indexOf('/', 1);
    return href.startsWith("/account/") ? href.substring(0, second) : href;
  }
}
