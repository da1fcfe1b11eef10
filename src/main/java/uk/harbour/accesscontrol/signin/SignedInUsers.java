package uk.harbour.accesscontrol.signin;

import java.util.Optional;
import org.springframework.stereotype.Component;
import uk.harbour.accesscontrol.Directory;
import uk.harbour.accesscontrol.HarbourUser;
import uk.harbour.accesscontrol.UserSummary;
import uk.harbour.shared.UserId;

/** Builds the session principal from the directory's current view of a user. */
@Component
class SignedInUsers {

  private final Directory directory;

  SignedInUsers(Directory directory) {
    this.directory = directory;
  }

  /** The user as they are now, or empty if they no longer exist or are inactive. */
  Optional<HarbourUser> current(UserId id) {
    return directory.findUser(id).filter(UserSummary::active).map(SignedInUsers::principal);
  }

  Optional<String> username(UserId id) {
    return directory.findUser(id).map(UserSummary::username);
  }

  static HarbourUser principal(UserSummary u) {
    return new HarbourUser(
        u.id(), u.username(), u.displayName(), u.agencyId(), u.agencyName(), u.roles());
  }
}
