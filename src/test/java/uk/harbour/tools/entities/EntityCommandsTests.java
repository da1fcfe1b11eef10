package uk.harbour.tools.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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
  void theGenerateCommandWritesTheRegisterAndTheMentionsWithTheirTruth(@TempDir Path folder)
      throws Exception {
    int status =
        commands.run(
            new String[] {
              "generate",
              "entities",
              "--out",
              folder.toString(),
              "--register",
              "500",
              "--mentions",
              "50"
            });

    assertThat(status).isZero();
    List<String> register = Files.readAllLines(folder.resolve("register.csv"));
    List<String> mentions = Files.readAllLines(folder.resolve("mentions.csv"));
    assertThat(register).hasSize(501).first().isEqualTo(EntityFiles.HEADER);
    assertThat(mentions).hasSize(51).first().isEqualTo(EntityFiles.HEADER + ",truth");
    assertThat(register.get(1)).startsWith("R0,");
    assertThat(commands.run(new String[] {"generate", "entities"})).isEqualTo(2);
    assertThat(EntityFiles.cell("12, Mill \"Lane\"")).isEqualTo("\"12, Mill \"\"Lane\"\"\"");
  }

  @Test
  void unknownOptionsGiveTheUsage() {
    assertThat(commands.run(new String[] {"benchmark", "entities", "--size", "3"})).isEqualTo(2);
    assertThat(commands.run(new String[] {"benchmark", "entities", "--seed"})).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains("unknown option --size")
        .contains("       benchmark entities [--seed N]");
  }

  @Test
  void theSameSeedGivesTheSameDataAndEveryTruthIsOnTheRegister() {
    EntityData one = EntityData.generate(5, 2000, 300, 1);
    EntityData two = EntityData.generate(5, 2000, 300, 1);

    assertThat(one.register).isEqualTo(two.register);
    assertThat(one.mentions).isEqualTo(two.mentions);
    Set<String> ids = one.register.stream().map(EntityRecord::id).collect(Collectors.toSet());
    assertThat(one.mentions)
        .filteredOn(m -> m.truth() != null)
        .allSatisfy(m -> assertThat(ids).contains(m.truth()));
    assertThat(one.mentions).anySatisfy(m -> assertThat(m.truth()).isNull());
    assertThat(one.mentions).allSatisfy(m -> assertThat(ids).doesNotContain(m.record().id()));
  }

  @Test
  void theSecondRoundLeavesTheOtherRunsAsTheyWereAndMakesItsOwnErrors() {
    EntityData plain = EntityData.generate(5, 2000, 300, 0);
    EntityData first = EntityData.generate(5, 2000, 300, 1);
    EntityData second = EntityData.generate(5, 2000, 300, 2);

    assertThat(second.register).isEqualTo(plain.register);
    assertThat(second.mentions).isNotEqualTo(first.mentions).isNotEqualTo(plain.mentions);
    assertThat(second.mentions)
        .extracting(m -> m.record().username())
        .anySatisfy(u -> assertThat(u).contains(".com/"));
  }

  @Test
  void theSecondRoundsErrorsKeepTheSameEntity() {
    RoundTwoErrors errors = new RoundTwoErrors(new java.util.SplittableRandom(7));

    assertThat(errors.plate("OX12ABC")).isIn("0X12ABC", "OXI2ABC", "OX1ZABC", "OX12A8C");
    assertThat(errors.plate("KX67NVJ")).isEqualTo("KX67NVJ");
    assertThat(RoundTwoErrors.singleLetter("Barrett")).isEqualTo("Barett");
    assertThat(RoundTwoErrors.singleLetter("Walsh")).isEqualTo("Walsh");
    assertThat(errors.profile("deano_99", "Instagram"))
        .matches("(https://www\\.)?instagram\\.com/deano_99/?");
    assertThat(errors.profile("deano_99", "Kik")).isEqualTo("deano_99");
    assertThat(RoundTwoErrors.kindAndStreet("Golden Chicken", "12 Mill Lane, Ashford"))
        .containsExactly("the chicken shop", "Mill Lane");
    assertThat(RoundTwoErrors.kindAndStreet(null, "Flat 3, 12 Mill Lane")).isNull();
  }
}
