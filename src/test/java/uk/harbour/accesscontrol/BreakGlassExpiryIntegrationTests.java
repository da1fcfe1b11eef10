package uk.harbour.accesscontrol;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import uk.harbour.people.Children;
import uk.harbour.people.Sex;
import uk.harbour.shared.ChildId;
import uk.harbour.testing.ActAs;
import uk.harbour.testing.MutableClock;
import uk.harbour.testing.TestChildren;
import uk.harbour.testing.TestUsers;

/**
 * Break-glass ends by one clock, the database's: the grant's start and end, the page's "access
 * until" and the need-to-know rule all use it, so an application clock that drifts (here, one moved
 * five hours ahead) cannot make the page say access has ended while the rule still shows the
 * record, or the other way round.
 */
@SpringBootTest
@ActiveProfiles("test")
@Import({ActAs.class, MutableClock.Config.class})
class BreakGlassExpiryIntegrationTests {

  @Autowired BreakGlass breakGlass;
  @Autowired AccessPolicy policy;
  @Autowired Children children;
  @Autowired Directory directory;
  @Autowired ActAs actAs;
  @Autowired MutableClock clock;
  @Autowired JdbcClient jdbc;

  @AfterEach
  void reset() {
    clock.reset();
    actAs.nobody();
  }

  @Test
  void theGrantTheRuleAndThePageAgreeWhateverTheApplicationClockSays() {
    ChildId child = aChildNobodyWorksWith();
    var outsider = new TestUsers(directory).create(Role.PRACTITIONER);
    actAs.user(outsider.username());
    BreakGlassGrant grant =
        breakGlass.grant(child, "HBR-EXPIRY", "Testing which clock ends emergency access");
    assertThat(Duration.between(grant.grantedAt(), grant.expiresAt()))
        .isEqualTo(BreakGlass.DURATION);
    Long skew =
        jdbc.sql("SELECT abs(extract(epoch FROM (now() - ?::timestamptz)))::bigint")
            .param(java.sql.Timestamp.from(grant.grantedAt()))
            .query(Long.class)
            .single();
    assertThat(skew).as("granted at the database's time").isLessThan(60);

    clock.advance(Duration.ofHours(5));
    assertThat(policy.maySeeChild(child)).isTrue();
    assertThat(breakGlass.activeUntil(child)).contains(grant.expiresAt());

    jdbc.sql(
            "UPDATE break_glass SET granted_at = now() - interval '5 hours',"
                + " expires_at = now() - interval '1 hour' WHERE id = ?")
        .param(grant.id())
        .update();
    clock.reset();
    assertThat(policy.maySeeChild(child)).isFalse();
    assertThat(breakGlass.activeUntil(child)).isEmpty();
  }

  private ChildId aChildNobodyWorksWith() {
    actAs.user("kw.jones");
    ChildId id =
        children
            .create(TestChildren.inNeed("Clock", "Keeper", LocalDate.of(2011, 1, 2), Sex.FEMALE))
            .id();
    actAs.nobody();
    return id;
  }
}
