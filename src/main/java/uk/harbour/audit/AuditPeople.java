package uk.harbour.audit;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import uk.harbour.audit.AuditDirectory.Person;
import uk.harbour.shared.UserId;

/** People's names for the audit pages, from the directory, and finding a person by name. */
@Component
class AuditPeople {

  private final AuditDirectory directory;

  AuditPeople(AuditDirectory directory) {
    this.directory = directory;
  }

  /** The people with these ids that the directory holds, by id. */
  Map<UUID, Person> byId(Collection<UUID> ids) {
    Map<UUID, Person> found = new HashMap<>();
    if (ids.isEmpty()) {
      return found;
    }
    for (Person person : directory.withIds(ids.stream().map(UserId::new).toList())) {
      found.put(person.id().value(), person);
    }
    return found;
  }

  /**
   * The username to search for when a data protection officer types a name or a username: the
   * account's when exactly one person has that username or name; the text itself (in lower case)
   * when nobody has, so usernames seen only in failed sign-ins are still found; empty when several
   * people share the name (the officer must choose: {@link #named}).
   */
  Optional<String> usernameFor(String typed) {
    List<Person> people = named(typed);
    if (people.size() > 1) {
      return Optional.empty();
    }
    return Optional.of(
        people.isEmpty() ? typed.strip().toLowerCase(Locale.ROOT) : people.get(0).username());
  }

  /**
   * Who a data protection officer means by what they typed: the account with that username, or
   * everyone whose name it is (ignoring case and spaces at the ends); empty when it is neither.
   */
  List<Person> named(String typed) {
    String text = typed.strip();
    Optional<Person> byUsername = directory.withUsername(text);
    if (byUsername.isPresent()) {
      return List.of(byUsername.get());
    }
    String wanted = comparable(text);
    return directory.everyone().stream()
        .filter(p -> p.displayName() != null && comparable(p.displayName()).equals(wanted))
        .toList();
  }

  private static String comparable(String name) {
    return name.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
  }
}
