package uk.harbour.audit;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import uk.harbour.shared.AgencyId;
import uk.harbour.shared.UserId;

/**
 * Who is acting, and who people are, as the audit module needs to know them. The module that owns
 * accounts provides it (accesscontrol), so the audit module, whose contract every module uses,
 * depends on nothing but {@code shared}.
 */
public interface AuditDirectory {

  /** The signed-in person the current request acts for, or empty for a public or system request. */
  Optional<Actor> current();

  /** The people with these ids that the directory holds. */
  List<Person> withIds(Collection<UserId> ids);

  /** The person with exactly this username. */
  Optional<Person> withUsername(String username);

  /** Everyone with an account, active or not. */
  List<Person> everyone();

  /** Every agency's name, by its id as text. */
  Map<String, String> agencyNames();

  /**
   * Who acted, as the audit trail keeps it.
   *
   * @param roles the names of the person's roles
   * @param dataProtectionOfficer whether the person may search the whole audit trail
   */
  record Actor(
      UserId id,
      String username,
      AgencyId agencyId,
      String agencyName,
      Set<String> roles,
      boolean dataProtectionOfficer) {

    public Actor {
      roles = Set.copyOf(roles);
    }
  }

  /** A person as the audit pages name them. */
  record Person(UserId id, String username, @Nullable String displayName, String agencyName) {

    /** "Name (Agency)", as the audit pages show a person. */
    public String nameAndAgency() {
      return displayName + " (" + agencyName + ")";
    }
  }
}
