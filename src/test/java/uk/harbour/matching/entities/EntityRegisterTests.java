package uk.harbour.matching.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class EntityRegisterTests {

  private final EntityRegister register = new EntityRegister();

  @Test
  void putReplacesByIdAndRemoveForgets() {
    register.put(EntityRecord.phone("a", "07700 900123"));
    register.put(EntityRecord.phone("a", "07700 900999"));

    assertThat(register.size()).isEqualTo(1);
    assertThat(register.match(EntityRecord.phone("m", "07700900123"), 5)).isEmpty();
    assertThat(register.match(EntityRecord.phone("m", "07700900999"), 5)).hasSize(1);

    register.remove("a");
    register.remove("not there");

    assertThat(register.size()).isZero();
    assertThat(register.match(EntityRecord.phone("m", "07700900999"), 5)).isEmpty();
  }

  @Test
  void onlyEntriesOfTheMentionsTypeAndNotTheMentionItselfAreListed() {
    register.put(EntityRecord.person("p", "Dean Walsh", "Deano", 27));
    register.put(EntityRecord.account("acc", "Snapchat", "deano"));

    assertThat(register.match(EntityRecord.account("m", "Snapchat", "Deano"), 5))
        .extracting(EntityMatch::id)
        .containsExactly("acc");
    assertThat(register.match(EntityRecord.account("acc", "Snapchat", "Deano"), 5)).isEmpty();
  }

  @Test
  void theLimitIsRespectedAndStrongComesFirst() {
    for (int i = 0; i < 20; i++) {
      register.put(EntityRecord.person("d" + i, "Dean", "Deano", 20 + i % 5));
    }
    register.put(EntityRecord.person("walsh", "Dean Walsh", "Deano", 27));

    List<EntityMatch> found = register.match(EntityRecord.person("m", "Dean Walsh", null, 27), 5);

    assertThat(found).hasSize(5);
    assertThat(found.get(0).id()).isEqualTo("walsh");
    assertThat(found.get(0).strength()).isEqualTo(MatchStrength.STRONG);
    assertThat(register.match(EntityRecord.person("m", "Dean", null, 27), 0)).isEmpty();
  }

  @Test
  void readersAndOneWriterCanWorkAtOnce() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<?>> work = new ArrayList<>();
      work.add(
          pool.submit(
              () -> {
                for (int i = 0; i < 5000; i++) {
                  register.put(EntityRecord.phone("p" + (i % 500), String.format("077009%05d", i)));
                }
              }));
      for (int r = 0; r < 3; r++) {
        work.add(
            pool.submit(
                () -> {
                  for (int i = 0; i < 5000; i++) {
                    for (EntityMatch m :
                        register.match(
                            EntityRecord.phone("m", String.format("077009%05d", i)), 3)) {
                      assertThat(m.strength()).isEqualTo(MatchStrength.STRONG);
                    }
                  }
                }));
      }
      for (Future<?> f : work) {
        f.get(60, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(register.size()).isEqualTo(500);
    assertThat(register.match(EntityRecord.phone("m", "07700904999"), 3))
        .extracting(EntityMatch::id)
        .containsExactly("p499");
  }
}
