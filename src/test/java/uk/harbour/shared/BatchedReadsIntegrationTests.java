package uk.harbour.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.IncorrectResultSizeDataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/** Several queries in one statement list against the real PostgreSQL, each with its own rows. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@ActiveProfiles("test")
class BatchedReadsIntegrationTests {

  @Autowired JdbcTemplate jdbc;

  @Test
  void eachQueryGetsItsOwnParametersAndRows() {
    BatchedReads reads = new BatchedReads(jdbc);
    BatchedReads.Result<Integer> numbers =
        reads.add(
            "SELECT n FROM generate_series(?::int, ?::int) n ORDER BY n",
            List.of(3, 5),
            (rs, i) -> rs.getInt(1));
    BatchedReads.Result<String> none =
        reads.add("SELECT 'x' WHERE ?::boolean", List.of(false), (rs, i) -> rs.getString(1));
    BatchedReads.Result<String> text =
        reads.add("SELECT ?::text || ?::text", List.of("a", "b"), (rs, i) -> rs.getString(1));

    reads.run();

    assertThat(numbers.rows()).containsExactly(3, 4, 5);
    assertThat(none.rows()).isEmpty();
    assertThat(none.optional()).isEmpty();
    assertThat(text.optional()).contains("ab");
    assertThatThrownBy(numbers::optional)
        .isInstanceOf(IncorrectResultSizeDataAccessException.class);
  }

  @Test
  void aQueryListIsOneQueryEachWithoutSemicolonsAndRunsOnce() {
    BatchedReads reads = new BatchedReads(jdbc);
    assertThatThrownBy(() -> reads.add("SELECT 1;", List.of(), (rs, i) -> 1))
        .isInstanceOf(IllegalArgumentException.class);
    BatchedReads.Result<Integer> one = reads.add("SELECT 1", List.of(), (rs, i) -> rs.getInt(1));
    assertThatThrownBy(one::rows).isInstanceOf(IllegalStateException.class);
    reads.run();
    assertThat(one.rows()).containsExactly(1);
    assertThatThrownBy(reads::run).isInstanceOf(IllegalStateException.class);
  }
}
