package uk.harbour.intake;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChildReferencesTests {

  @Test
  void acceptsTheWaysPeopleTypeAReference() {
    assertThat(ChildReferences.normalise("HBR-001234")).isEqualTo("HBR-001234");
    assertThat(ChildReferences.normalise(" hbr-1234 ")).isEqualTo("HBR-001234");
    assertThat(ChildReferences.normalise("HBR 001234")).isEqualTo("HBR-001234");
    assertThat(ChildReferences.normalise("1234")).isEqualTo("HBR-001234");
    assertThat(ChildReferences.normalise("HBR-1234567")).isEqualTo("HBR-1234567");
  }

  @Test
  void refusesAnythingElse() {
    assertThat(ChildReferences.normalise(null)).isNull();
    assertThat(ChildReferences.normalise("")).isNull();
    assertThat(ChildReferences.normalise("Jaydn")).isNull();
    assertThat(ChildReferences.normalise("CON-2026-000001")).isNull();
    assertThat(ChildReferences.normalise("HBR-12%")).isNull();
  }
}
