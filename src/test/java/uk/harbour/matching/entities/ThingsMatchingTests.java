package uk.harbour.matching.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.harbour.matching.entities.MatchReason.ADDRESS_ALIKE;
import static uk.harbour.matching.entities.MatchReason.ADDRESS_DIFFERENT;
import static uk.harbour.matching.entities.MatchReason.COLOUR_SAME;
import static uk.harbour.matching.entities.MatchReason.MAKE_SAME;
import static uk.harbour.matching.entities.MatchReason.PLATE_FITS_PARTIAL;
import static uk.harbour.matching.entities.MatchReason.PLATE_NEARLY;
import static uk.harbour.matching.entities.MatchReason.POSTCODE_SAME;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Vehicles and places. */
class ThingsMatchingTests {

  private final EntityRegister register = new EntityRegister();

  @Test
  void aFullPlateMatchesStronglyWhateverItsFormat() {
    register.put(EntityRecord.vehicle("v", "KX17 ABC", "Volkswagen", "Silver"));

    assertThat(register.match(EntityRecord.vehicle("m", "kx17-abc", "VW", "grey"), 5))
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.strength()).isEqualTo(MatchStrength.STRONG);
              assertThat(m.forMatch()).contains(MAKE_SAME, COLOUR_SAME);
            });
  }

  @Test
  void aDifferentFullPlateIsNotTheVehicleEvenOfTheSameMakeAndColour() {
    register.put(EntityRecord.vehicle("v", "KX17ABC", "Ford", "Black"));

    assertThat(register.match(EntityRecord.vehicle("m", "LA62 XYZ", "Ford", "Black"), 5)).isEmpty();
  }

  @Test
  void aPartialPlateWithMakeAndColourIsStrongAndWithoutThemOnlyPossible() {
    register.put(EntityRecord.vehicle("v", "KX17ABC", "Ford", "Black"));
    register.put(EntityRecord.vehicle("w", "KX17ABD", "Audi", "White"));

    List<EntityMatch> corroborated =
        register.match(EntityRecord.vehicle("m", "KX1? A*?", "Ford", "black"), 5);
    assertThat(corroborated.get(0).id()).isEqualTo("v");
    assertThat(corroborated.get(0).strength()).isEqualTo(MatchStrength.STRONG);
    assertThat(corroborated.get(0).forMatch()).contains(PLATE_FITS_PARTIAL);

    assertThat(register.match(EntityRecord.vehicle("m", "KX1", null, null), 5))
        .extracting(EntityMatch::strength)
        .containsOnly(MatchStrength.POSSIBLE)
        .hasSize(2);
  }

  @Test
  void aMisreadCharacterIsPossibleOnlyWhenTheMakeAgrees() {
    register.put(EntityRecord.vehicle("v", "KX17ABC", "Ford", "Black"));

    assertThat(register.match(EntityRecord.vehicle("m", "KX17ACB", "Ford", null), 5))
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.strength()).isEqualTo(MatchStrength.POSSIBLE);
              assertThat(m.forMatch()).contains(PLATE_NEARLY);
            });
    assertThat(register.match(EntityRecord.vehicle("m", "KX17ACB", null, null), 5)).isEmpty();
  }

  @Test
  void aFlatWrittenAnotherWayRoundIsTheSamePlace() {
    register.put(EntityRecord.place("p", null, "Flat 3, 12 Mill Lane", "KX4 7TB"));
    register.put(EntityRecord.place("q", null, "Flat 4, 12 Mill Lane", "KX4 7TB"));

    List<EntityMatch> found =
        register.match(EntityRecord.place("m", null, "12 Mill Ln flat 3", "kx47tb"), 5);

    assertThat(found.get(0).id()).isEqualTo("p");
    assertThat(found.get(0).strength()).isEqualTo(MatchStrength.STRONG);
    assertThat(found.get(0).forMatch()).contains(POSTCODE_SAME, ADDRESS_ALIKE);
    assertThat(found)
        .filteredOn(m -> m.id().equals("q"))
        .allSatisfy(m -> assertThat(m.against()).contains(ADDRESS_DIFFERENT));
  }

  @Test
  void aTakeawayIsFoundByNameAndPostcode() {
    register.put(
        EntityRecord.place("t", "Golden Chicken", "53 Chapel Street, Eastwick", "HA4 7VL"));
    register.put(EntityRecord.place("u", "Golden Chicken", "8 Dock Road", "SA2 1AB"));

    List<EntityMatch> found =
        register.match(EntityRecord.place("m", "The golden chicken", null, "HA47VL"), 5);

    assertThat(found.get(0).id()).isEqualTo("t");
    assertThat(found.get(0).strength()).isEqualTo(MatchStrength.STRONG);
    assertThat(found).filteredOn(m -> m.id().equals("u")).isEmpty();
  }
}
