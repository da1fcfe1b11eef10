package uk.harbour.tools.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;
import uk.harbour.matching.entities.EntityRecord;
import uk.harbour.matching.entities.EntityType;

/**
 * A synthetic register and the mentions to resolve against it, from one seed. Four in five mentions
 * are of a register entry (the truth); the rest are distractors, entities not in the register: half
 * made like any other entry, half traps close to one that is (an adult with the same surname and a
 * similar age but another given name, a vehicle of the same make and colour with another plate,
 * another flat in the same building).
 */
final class EntityData {

  /** A mention and the id of the register entry it is of, or null for a distractor. */
  record Mention(EntityRecord record, @Nullable String truth) {}

  final List<EntityRecord> register;
  final List<Mention> mentions;

  private EntityData(List<EntityRecord> register, List<Mention> mentions) {
    this.register = register;
    this.mentions = mentions;
  }

  static EntityData generate(long seed, int size, int mentionCount, int heldOut) {
    SplittableRandom random = new SplittableRandom(seed);
    SyntheticRegister maker = new SyntheticRegister(random.split());
    List<EntityRecord> register = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      register.add(maker.next("R"));
    }
    MentionMaker mentionMaker = new MentionMaker(random.split(), heldOut);
    SplittableRandom pick = random.split();
    SyntheticRegister outsider = new SyntheticRegister(random.split());
    List<Mention> mentions = new ArrayList<>(mentionCount);
    for (int i = 0; i < mentionCount; i++) {
      String id = "M" + i;
      int roll = pick.nextInt(100);
      EntityRecord source = register.get(pick.nextInt(size));
      if (roll < 80) {
        mentions.add(new Mention(mentionMaker.mention(source, id), source.id()));
      } else if (roll < 90) {
        EntityRecord stranger = outsider.next("X");
        mentions.add(new Mention(mentionMaker.mention(stranger, id), null));
      } else {
        EntityRecord trap = trap(source, outsider, pick);
        mentions.add(new Mention(mentionMaker.mention(trap, id), null));
      }
    }
    return new EntityData(register, mentions);
  }

  /** An entity not in the register that closely resembles one that is. */
  private static EntityRecord trap(
      EntityRecord near, SyntheticRegister maker, SplittableRandom pick) {
    String id = "T" + pick.nextInt(Integer.MAX_VALUE);
    return switch (near.type()) {
      case PERSON -> {
        String name = near.name();
        String family = name != null && name.contains(" ") ? name.substring(name.indexOf(' ')) : "";
        String given = near.name() == null ? "" : name.split(" ")[0];
        String other = given;
        while (other.equalsIgnoreCase(given)) {
          other = SyntheticRegister.title(maker.skewed(Lists.MEN));
        }
        Integer age = near.approxAge() == null ? null : near.approxAge() + pick.nextInt(3) - 1;
        yield EntityRecord.person(id, other + family, null, age);
      }
      case VEHICLE -> EntityRecord.vehicle(id, maker.plate(), near.make(), near.colour());
      case PLACE -> {
        String address = near.address();
        if (address != null && address.startsWith("Flat ")) {
          int comma = address.indexOf(',');
          int flat = Integer.parseInt(address.substring(5, comma));
          address = "Flat " + (flat + 1 + pick.nextInt(5)) + address.substring(comma);
          yield EntityRecord.place(id, null, address, near.postcode());
        }
        yield maker.of(EntityType.PLACE, id);
      }
      default -> maker.of(near.type(), id);
    };
  }
}
