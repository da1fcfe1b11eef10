package uk.harbour.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import uk.harbour.accesscontrol.Directory;
import uk.harbour.accesscontrol.HarbourUser;
import uk.harbour.accesscontrol.UserSummary;
import uk.harbour.disruption.DisruptionId;
import uk.harbour.disruption.DisruptionSeeding;
import uk.harbour.intelligence.EntityId;
import uk.harbour.shared.ChildId;
import uk.harbour.shared.DisplayDates;
import uk.harbour.shared.UserId;

/**
 * A live disruption order for the demo world: a sexual risk order against one adult, protecting the
 * children linked to them, granted two years ago and expiring in ten days, so its lead officer is
 * reminded in Harbour. Recorded as the lead officer would, through the same rule, audit and event
 * as the form. All text is invented.
 */
@Component
@ConditionalOnProperty(name = "harbour.demo.seed", havingValue = "true")
public class DemoDisruption {

  /** Days from the demo's today to the order's expiry. */
  public static final int EXPIRES_IN_DAYS = 10;

  static final String TACTIC = "SEXUAL_RISK_ORDER";

  private final DisruptionSeeding seeding;
  private final Directory directory;

  DemoDisruption(DisruptionSeeding seeding, Directory directory) {
    this.seeding = seeding;
    this.directory = directory;
  }

  /**
   * Records the order against {@code adult}, linked to {@code children}, led by {@code leadOfficer}
   * (in the demo, police.evans) from their agency. Call inside the demo world's seeding
   * transaction; whoever was signed in before is signed in again after.
   */
  public DisruptionId seed(
      EntityId adult, List<ChildId> children, UserId leadOfficer, Clock clock) {
    UserSummary lead = directory.findUser(leadOfficer).orElseThrow();
    LocalDate today = LocalDate.now(clock.withZone(DisplayDates.ZONE));
    LocalDate expires = today.plusDays(EXPIRES_IN_DAYS);
    LocalDate served = expires.minusYears(2);
    var previous = SecurityContextHolder.getContext().getAuthentication();
    try {
      signIn(lead);
      return seeding.record(
          new DisruptionSeeding.ServedOrder(
              adult,
              TACTIC,
              children,
              lead.id(),
              lead.agencyName(),
              served.minusWeeks(6),
              served,
              expires,
              "Not to be with, contact or give lifts to any person under 18, or to be within 100"
                  + " metres of Northbridge Academy, without the written agreement of the police.",
              "Both young people were asked through their key workers what would help them feel"
                  + " safe; neither wanted to give evidence, and the order was sought so that they"
                  + " would not have to."));
    } finally {
      SecurityContextHolder.getContext().setAuthentication(previous);
    }
  }

  /** Signs {@code user} in for the demo's seeding, as the sign-in pages would. */
  static void signIn(UserSummary user) {
    HarbourUser principal =
        new HarbourUser(
            user.id(),
            user.username(),
            user.displayName(),
            user.agencyId(),
            user.agencyName(),
            user.roles());
    List<SimpleGrantedAuthority> authorities = new ArrayList<>();
    user.roles().forEach(r -> authorities.add(new SimpleGrantedAuthority(r.authority())));
    SecurityContextHolder.getContext()
        .setAuthentication(
            UsernamePasswordAuthenticationToken.authenticated(principal, null, authorities));
  }
}
