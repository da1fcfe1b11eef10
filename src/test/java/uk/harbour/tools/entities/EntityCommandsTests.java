package uk.harbour.tools.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import uk.harbour.matching.entities.EntityRecord;

class EntityCommandsTests {

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private final EntityCommands commands =
      new EntityCommands(
          new PrintStream(out, true, StandardCharsets.UTF_8),
          new PrintStream(err, true, StandardCharsets.UTF_8));

  @Test
  void theQualityCommandPrintsARowPerTypeAndOverall() {
    int status =
        commands.run(
            new String[] {"benchmark", "entities", "--register", "3000", "--mentions", "400"});

    String printed = out.toString(StandardCharsets.UTF_8);
    assertThat(status).isZero();
    assertThat(printed)
        .contains("Seed 1, 3,000 register entries, 400 mentions")
        .contains("STRONG p")
        .containsPattern("(?m)^PERSON +\\d+")
        .containsPattern("(?m)^PHONE +\\d+ +\\d+ +1\\.0000 +1\\.0000")
        .containsPattern("(?m)^all +400 ");
  }

  @Test
  void theLatencyCommandPrintsPercentiles() {
    int status =
        commands.run(
            new String[] {
              "benchmark", "entities-latency", "--register", "2000", "--mentions", "200"
            });

    assertThat(status).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8))
        .contains("2,000 entries filed")
        .containsPattern("p50 [0-9.]+ ms, p95 [0-9.]+ ms, p99 [0-9.]+ ms");
  }

  @Test
  void unknownOptionsGiveTheUsage() {
    assertThat(commands.run(new String[] {"benchmark", "entities", "--size", "3"})).isEqualTo(2);
    assertThat(commands.run(new String[] {"benchmark", "entities", "--seed"})).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("Usage: benchmark entities");
  }

  @Test
  void theSameSeedGivesTheSameDataAndEveryTruthIsOnTheRegister() {
    EntityData one = EntityData.generate(5, 2000, 300, true);
    EntityData two = EntityData.generate(5, 2000, 300, true);

    assertThat(one.register).isEqualTo(two.register);
    assertThat(one.mentions).isEqualTo(two.mentions);
    Set<String> ids = one.register.stream().map(EntityRecord::id).collect(Collectors.toSet());
    assertThat(one.mentions)
        .filteredOn(m -> m.truth() != null)
        .allSatisfy(m -> assertThat(ids).contains(m.truth()));
    assertThat(one.mentions).anySatisfy(m -> assertThat(m.truth()).isNull());
    assertThat(one.mentions).allSatisfy(m -> assertThat(ids).doesNotContain(m.record().id()));
  }
}
