package uk.harbour.tools.synthetic;

import java.util.List;
import java.util.Optional;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import uk.harbour.demo.DemoUsers;

/**
 * Stops the generator where it must never run: under the {@code prod} profile, or on a database
 * holding data it cannot recognise as synthetic, that is any account that is neither a demo account
 * nor a generated one, or more children's records than the demo world and a little trying-out make
 * ({@link #MOST_OTHER_CHILDREN}) that the generator did not make.
 */
@Component
public class DataGuard {

  /** The demo world holds 51 records; allow for some added while trying Harbour out. */
  static final long MOST_OTHER_CHILDREN = 100;

  private final Environment environment;
  private final AccessBulkLoad accounts;
  private final ChildBulkLoad children;

  DataGuard(Environment environment, AccessBulkLoad accounts, ChildBulkLoad children) {
    this.environment = environment;
    this.accounts = accounts;
    this.children = children;
  }

  /** Why the generator must not run here, if it must not. */
  public Optional<String> refusal() {
    if (environment.matchesProfiles("prod")) {
      return Optional.of("the prod profile is active: synthetic data never goes into production");
    }
    List<String> strangers =
        accounts.usernamesNotMatching(
            name -> DemoUsers.usernames().contains(name) || isGenerated(name));
    if (!strangers.isEmpty()) {
      return Optional.of(
          "the database holds accounts that are neither demo nor synthetic ("
              + String.join(", ", strangers.subList(0, Math.min(5, strangers.size())))
              + (strangers.size() > 5 ? ", ..." : "")
              + ")");
    }
    long others = children.countNotGenerated();
    if (others > MOST_OTHER_CHILDREN) {
      return Optional.of(
          "the database holds "
              + others
              + " children's records the generator did not make (more than "
              + MOST_OTHER_CHILDREN
              + ")");
    }
    return Optional.empty();
  }

  static boolean isGenerated(String username) {
    return username.matches(StaffPool.PREFIX + "[0-9]+\\..+");
  }
}
