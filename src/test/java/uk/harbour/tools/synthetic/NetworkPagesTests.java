package uk.harbour.tools.synthetic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code benchmark pages --pages network}: what it asks for and as whom. */
class NetworkPagesTests {

  @TempDir Path dir;

  @Test
  void theNetworkModeReadsTheEntryListAndTheCaseModeTheSignInList() {
    BenchmarkOptions cases =
        BenchmarkOptions.parse(new String[] {"--base-url", "http://localhost:8080"}, dir);
    BenchmarkOptions network =
        BenchmarkOptions.parse(
            new String[] {"--base-url", "http://localhost:8080", "--pages", "network"}, dir);

    assertThat(cases.network()).isFalse();
    assertThat(cases.manifest()).isEqualTo(dir.resolve("synthetic-users.csv"));
    assertThat(network.network()).isTrue();
    assertThat(network.manifest()).isEqualTo(dir.resolve("synthetic-entities.csv"));
    assertThatThrownBy(
            () ->
                BenchmarkOptions.parse(
                    new String[] {"--base-url", "http://localhost:8080", "--pages", "plans"}, dir))
        .hasMessageContaining("--pages is cases, network or missing");
  }

  @Test
  void theEntryListGivesTheIdsAndTheDemoIntelligenceAccountsAskForThem() throws Exception {
    Path list = dir.resolve("synthetic-entities.csv");
    Files.writeString(
        list,
        "entity_id,kind,links,chosen\n"
            + "5b0f4a3e-1d2c-4f5e-8a9b-0c1d2e3f4a5b,PERSON,7,at random\n"
            + "6c1f4a3e-1d2c-4f5e-8a9b-0c1d2e3f4a5b,VEHICLE,4012,most links\n",
        StandardCharsets.UTF_8);

    List<String> ids = PageBenchmark.readEntities(list);
    List<PageBenchmark.Account> accounts = PageBenchmark.networkAccounts(ids);

    assertThat(ids)
        .containsExactly(
            "5b0f4a3e-1d2c-4f5e-8a9b-0c1d2e3f4a5b", "6c1f4a3e-1d2c-4f5e-8a9b-0c1d2e3f4a5b");
    assertThat(accounts)
        .extracting(PageBenchmark.Account::username)
        .containsExactly("intel.patel", "analyst.novak");
    assertThat(accounts).allSatisfy(a -> assertThat(a.cases()).isEqualTo(ids));
    assertThat(PageBenchmark.NETWORK_PAGES.get(0).path(ids.get(0)))
        .isEqualTo("/intelligence/entities/5b0f4a3e-1d2c-4f5e-8a9b-0c1d2e3f4a5b");
  }

  @Test
  void aListThatIsNotTheGeneratorsIsRefused() throws Exception {
    Path list = dir.resolve("other.csv");
    Files.writeString(list, "username,password\n", StandardCharsets.UTF_8);

    assertThatThrownBy(() -> PageBenchmark.readEntities(list))
        .hasMessageContaining("intelligence generate");
  }

  @Test
  void fiftyUsersShareTheTwoSignedInSessionsInTurn() {
    List<PageBenchmark.Account> accounts = PageBenchmark.networkAccounts(List.of("x"));
    URI base = URI.create("http://localhost:8080/");
    List<LoadRun.User> signedIn =
        accounts.stream().map(a -> new LoadRun.User(new SignedInClient(base), a)).toList();

    List<LoadRun.User> users = LoadRun.spread(signedIn, 50);

    assertThat(users).hasSize(50);
    assertThat(users.subList(0, 2)).isEqualTo(signedIn);
    assertThat(users.stream().filter(u -> u.account().username().equals("intel.patel")))
        .hasSize(25);
    assertThat(users.stream().map(LoadRun.User::client).distinct()).hasSize(50);
  }
}
