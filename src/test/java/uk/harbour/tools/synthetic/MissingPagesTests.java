package uk.harbour.tools.synthetic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code benchmark pages --pages missing}: what it asks for and as whom. */
class MissingPagesTests {

  @TempDir Path dir;

  @Test
  void coordinatorsAskForTheOverdueListAndPractitionersForTheirChildrensPatterns()
      throws Exception {
    Path list = dir.resolve("synthetic-missing-users.csv");
    StringBuilder text = new StringBuilder(PageBenchmark.MISSING_HEADER + "\n");
    for (int i = 0; i < 20; i++) {
      text.append("synth1.coord")
          .append(i)
          .append(",pw,SECRET,coordinator,\n")
          .append("synth1.kw")
          .append(i)
          .append(",pw,SECRET,key-worker,00000000-0000-0001-0000-00000000000")
          .append(i % 10)
          .append('\n');
    }
    text.append("synth1.nobody,pw,SECRET,key-worker,\n");
    Files.writeString(list, text, StandardCharsets.UTF_8);

    BenchmarkOptions options =
        BenchmarkOptions.parse(
            new String[] {"--base-url", "http://localhost:8080", "--pages", "missing"}, dir);
    assertThat(options.manifest()).isEqualTo(list);

    List<PageBenchmark.Account> all = PageBenchmark.readMissing(list);
    assertThat(all).hasSize(40);
    List<PageBenchmark.Account> chosen = PageBenchmark.chooseMissing(all, 50);
    assertThat(chosen.stream().filter(a -> a.kind().equals("coordinator"))).hasSize(10);
    assertThat(chosen).hasSize(30);
    assertThat(all.get(0).cases()).containsExactly("");

    PageBenchmark.Page overdue = PageBenchmark.MISSING_PAGES.get(0);
    PageBenchmark.Page pattern = PageBenchmark.MISSING_PAGES.get(1);
    assertThat(overdue.forKind()).isEqualTo("coordinator");
    assertThat(overdue.path("")).isEqualTo("/missing");
    assertThat(LoadRun.usable(PageBenchmark.MISSING_PAGES, "coordinator")).containsExactly(0);
    assertThat(LoadRun.usable(PageBenchmark.MISSING_PAGES, "key-worker")).containsExactly(1);
    assertThat(LoadRun.usable(PageBenchmark.PAGES, "key-worker")).containsExactly(0, 1, 2);
    assertThat(pattern.path(all.get(1).cases().get(0)))
        .isEqualTo("/missing/children/00000000-0000-0001-0000-000000000000/pattern");
  }

  @Test
  void aListFromAnotherCommandIsRefused() throws Exception {
    Path list = dir.resolve("other.csv");
    Files.writeString(
        list, "username,password,totp_secret,kind,case_ids\n", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> PageBenchmark.readMissing(list))
        .hasMessageContaining("missing generate");
  }
}
