package uk.harbour.intelligence;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import uk.harbour.matching.entities.EntityMatch;
import uk.harbour.matching.entities.EntityRecord;
import uk.harbour.matching.entities.EntityRegister;
import uk.harbour.matching.entities.EntityType;

/**
 * The registers in memory, for matching a new mention without reading the database (docs/adr/022,
 * decision 4). Before each match it reads the entries created since it last looked (one indexed
 * query, usually empty), so every Harbour instance sees the others' new entries. Entries are never
 * deleted or rewritten, so nothing else can go stale.
 */
@Component
class EntityIndex {

  /** Entries created within this of the last read are read again, for commits that overlap. */
  private static final java.time.Duration OVERLAP = java.time.Duration.ofMinutes(5);

  private final RegisterRepository registers;
  private final EntityRegister register = new EntityRegister();
  private Instant readUntil = Instant.EPOCH;

  EntityIndex(RegisterRepository registers) {
    this.registers = registers;
  }

  /** The register entries that may be what the mention names, best first, with reasons. */
  List<EntityMatch> candidates(Item mention, int limit) {
    catchUp();
    return register.match(record(mention), limit);
  }

  private synchronized void catchUp() {
    Instant from = readUntil.equals(Instant.EPOCH) ? Instant.EPOCH : readUntil.minus(OVERLAP);
    for (RegisterRepository.Entry entry : registers.createdSince(from)) {
      register.put(entry.record());
      if (entry.createdAt().isAfter(readUntil)) {
        readUntil = entry.createdAt();
      }
    }
  }

  static EntityRecord record(Item item) {
    return new EntityRecord(
        item.id() == null ? UUID.randomUUID().toString() : item.id().toString(),
        EntityType.valueOf(item.kind().name()),
        item.name(),
        item.nickname(),
        item.approxAge(),
        item.plate(),
        item.make(),
        item.colour(),
        item.phone(),
        item.platform(),
        item.username(),
        item.placeName(),
        item.address(),
        item.postcode());
  }
}
