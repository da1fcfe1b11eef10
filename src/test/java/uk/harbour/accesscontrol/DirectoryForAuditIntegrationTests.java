package uk.harbour.accesscontrol;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import uk.harbour.audit.AuditDirectory;
import uk.harbour.testing.ActAs;

/** The audit module learns who is acting, and who people are, only through this adapter. */
@SpringBootTest
@ActiveProfiles("test")
@Import(ActAs.class)
class DirectoryForAuditIntegrationTests {

  @Autowired AuditDirectory audit;
  @Autowired Directory directory;
  @Autowired ActAs actAs;

  @AfterEach
  void signOut() {
    actAs.nobody();
  }

  @Test
  void nobodyIsActingWithoutASignIn() {
    assertThat(audit.current()).isEmpty();
  }

  @Test
  void theActorIsTheSignedInUserWithTheirAgencyAndRoles() {
    HarbourUser user = actAs.user("kw.jones");

    AuditDirectory.Actor actor = audit.current().orElseThrow();

    assertThat(actor.id()).isEqualTo(user.id());
    assertThat(actor.username()).isEqualTo("kw.jones");
    assertThat(actor.agencyId()).isEqualTo(user.agencyId());
    assertThat(actor.agencyName()).isEqualTo(user.agencyName());
    assertThat(actor.roles())
        .containsExactlyInAnyOrderElementsOf(user.roles().stream().map(Role::name).toList());
    assertThat(actor.dataProtectionOfficer()).isFalse();
  }

  @Test
  void onlyADataProtectionOfficerMaySearchTheTrail() {
    UserSummary officer =
        directory.activeUsersWithRole(Role.DATA_PROTECTION_OFFICER).stream()
            .findFirst()
            .orElseThrow();
    actAs.user(officer.username());

    assertThat(audit.current().orElseThrow().dataProtectionOfficer()).isTrue();
  }

  @Test
  void peopleAreNamedWithTheirAgencyAndFoundByUsername() {
    UserSummary someone = directory.findUserByUsername("kw.jones").orElseThrow();

    List<AuditDirectory.Person> found = audit.withIds(List.of(someone.id()));

    assertThat(found)
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.nameAndAgency())
                  .isEqualTo(someone.displayName() + " (" + someone.agencyName() + ")");
              assertThat(p.username()).isEqualTo("kw.jones");
            });
    assertThat(audit.withUsername("kw.jones")).contains(found.get(0));
    assertThat(audit.withUsername("nobody.of.that.name")).isEmpty();
    assertThat(audit.everyone()).hasSize(directory.allUsers().size());
    assertThat(audit.agencyNames())
        .containsEntry(someone.agencyId().value().toString(), someone.agencyName());
  }
}
