package uk.harbour.intelligence;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import uk.harbour.shared.ChildId;

/**
 * Links what a triaged submission names: each register entry to each child the submission is about,
 * and the entries to one another, each link from that submission. Says which other children were
 * already linked to those entries, before this submission joined them.
 */
@Component
class Linking {

  private final RegisterRepository registers;
  private final LinkRepository links;

  Linking(RegisterRepository registers, LinkRepository links) {
    this.registers = registers;
    this.links = links;
  }

  /** Links them; the children already linked to the entries, other than {@code about}. */
  List<ChildId> link(UUID submission, Collection<UUID> entities, List<ChildId> about, Instant now) {
    List<ChildId> others = new ArrayList<>(links.childrenLinkedTo(entities));
    others.removeAll(about);
    List<RegisterRepository.Entry> entries =
        entities.stream().map(id -> registers.find(id).orElseThrow()).toList();
    for (RegisterRepository.Entry entry : entries) {
      for (ChildId child : about) {
        links.link(
            entry.kind().name(), entry.id(), LinkRepository.CHILD, child.value(), submission, now);
      }
    }
    for (int i = 0; i < entries.size(); i++) {
      for (int j = i + 1; j < entries.size(); j++) {
        RegisterRepository.Entry a = entries.get(i);
        RegisterRepository.Entry b = entries.get(j);
        links.link(a.kind().name(), a.id(), b.kind().name(), b.id(), submission, now);
      }
    }
    return others;
  }
}
