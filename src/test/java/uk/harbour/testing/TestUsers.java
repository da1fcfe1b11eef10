package uk.harbour.testing;

import java.util.Set;
import java.util.UUID;
import uk.harbour.accesscontrol.AgencyKind;
import uk.harbour.accesscontrol.Directory;
import uk.harbour.accesscontrol.NewUser;
import uk.harbour.accesscontrol.Role;
import uk.harbour.shared.AgencyId;
import uk.harbour.shared.UserId;

/**
 * Creates uniquely named agencies and users for integration tests, each user with a known password
 * and second-factor secret so that {@link SignIn} can sign them in.
 */
public final class TestUsers {

  public static final String PASSWORD = "lantern orchard gravel otter";

  /** A test account and what is needed to sign it in. */
  public record TestUser(UserId id, String username, String password, String totpSecret) {
    public Browser signIn(int port) {
      return SignIn.as(port, username, password, totpSecret);
    }
  }

  private final Directory directory;

  public TestUsers(Directory directory) {
    this.directory = directory;
  }

  public AgencyId agency() {
    return directory.createAgency("Test agency " + unique(), AgencyKind.OTHER);
  }

  /** An active user in a new agency with the given roles and a second factor already set up. */
  public TestUser create(Role... roles) {
    return create(agency(), SignIn.newSecret(), roles);
  }

  /** An active user who has not yet set up an authenticator app. */
  public TestUser createWithoutSecondFactor(Role... roles) {
    return create(agency(), null, roles);
  }

  public TestUser create(AgencyId agency, String totpSecret, Role... roles) {
    String username = "test-" + unique();
    UserId id =
        directory.createUser(
            new NewUser(
                username,
                "Test User " + username.substring(5),
                username + "@example.org",
                "Tester",
                agency,
                null,
                Set.of(roles),
                PASSWORD,
                totpSecret));
    return new TestUser(id, username, PASSWORD, totpSecret);
  }

  private static String unique() {
    return UUID.randomUUID().toString().substring(0, 8);
  }
}
