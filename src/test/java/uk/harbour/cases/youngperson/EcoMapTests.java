package uk.harbour.cases.youngperson;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class EcoMapTests {

  @Test
  void everyoneHasTheirOwnPlaceAroundTheYoungPersonAndPersonsOfConcernAreMarked() {
    List<Records.Relationship> people =
        List.of(
            relationship("Nan", Closeness.STRONG),
            relationship("Dad", Closeness.STRAINED),
            relationship("Sam", Closeness.SOME));
    List<Records.PersonOfConcern> concern =
        List.of(new Records.PersonOfConcern(UUID.randomUUID(), "Older man", null, null));
    List<EcoMap.Node> nodes = EcoMap.layout(people, concern);

    assertThat(nodes).hasSize(4);
    assertThat(new HashSet<>(nodes.stream().map(n -> n.x() + "," + n.y()).toList())).hasSize(4);
    assertThat(nodes)
        .allSatisfy(
            n -> {
              assertThat(n.x()).isBetween(0, EcoMap.WIDTH);
              assertThat(n.y()).isBetween(0, EcoMap.HEIGHT);
              assertThat(n.labelY()).isBetween(0, EcoMap.HEIGHT);
            });
    assertThat(nodes)
        .filteredOn(EcoMap.Node::concern)
        .extracting(EcoMap.Node::name)
        .containsExactly("Older man");
    assertThat(nodes.get(0).dash()).isEqualTo("none");
    assertThat(nodes.get(1).dash()).isNotEqualTo(nodes.get(2).dash());
  }

  private static Records.Relationship relationship(String name, Closeness closeness) {
    return new Records.Relationship(
        UUID.randomUUID(), RelationshipKind.FAMILY, name, null, closeness, null);
  }
}
