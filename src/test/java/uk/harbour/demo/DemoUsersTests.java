package uk.harbour.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The README's demo sign-ins must be the ones the demo world seeds. */
class DemoUsersTests {

  @Test
  void readmeListsEveryDemoUserWithTheirSeededSecretAndPassword() throws Exception {
    String readme = Files.readString(Path.of("README.md"));
    Map<String, String> listed = new HashMap<>();
    Matcher row =
        Pattern.compile("^\\| ([a-z.]+) \\|.*\\| `([A-Z2-7]{32})` \\|$", Pattern.MULTILINE)
            .matcher(readme);
    while (row.find()) {
      listed.put(row.group(1), row.group(2));
    }
    assertThat(listed).hasSize(DemoUsers.ALL.size());
    for (DemoUsers.DemoUser user : DemoUsers.ALL) {
      assertThat(listed).containsEntry(user.username(), user.totpSecret());
    }
    assertThat(readme).contains("`" + DemoUsers.PASSWORD + "`");
  }

  @Test
  void everyRoleHasADemoUser() {
    var roles = new java.util.HashSet<uk.harbour.accesscontrol.Role>();
    DemoUsers.ALL.forEach(u -> roles.addAll(u.roles()));
    assertThat(roles).containsExactlyInAnyOrder(uk.harbour.accesscontrol.Role.values());
  }

  @Test
  void childrenAreDeterministicAndAged8To17() {
    var today = java.time.LocalDate.of(2026, 11, 25);
    var first = DemoChildren.generate(today);
    assertThat(first).hasSize(50).isEqualTo(DemoChildren.generate(today));
    for (var child : first) {
      int age =
          child.dateOfBirth() != null
              ? java.time.Period.between(child.dateOfBirth(), today).getYears()
              : child.approximateAge();
      assertThat(age).isBetween(8, 17);
    }
    assertThat(first)
        .extracting(c -> c.sex())
        .contains(uk.harbour.people.Sex.FEMALE, uk.harbour.people.Sex.MALE);
    assertThat(first.stream().map(c -> c.ethnicity()).distinct().count()).isGreaterThan(4);
    assertThat(first.stream().map(c -> c.careStatus()).distinct().count()).isGreaterThan(3);
    assertThat(first).extracting(c -> c.disability()).contains(uk.harbour.people.Disability.YES);
  }
}
