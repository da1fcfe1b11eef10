package uk.harbour.intelligence;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

  /**
   * Links them, each mention's entry ({@code entityOfMention}) to each child and to each other
   * mention's entry, except the links the officer untied at triage; the children already linked to
   * the entries, other than {@code about}.
   */
  List<ChildId> link(
      UUID submission,
      Map<UUID, UUID> entityOfMention,
      List<ChildId> about,
      TriageDecision decision,
      Instant now) {
    List<ChildId> others =
        new ArrayList<>(links.childrenLinkedTo(Set.copyOf(entityOfMention.values())));
    others.removeAll(about);
    Map<UUID, RegisterRepository.Entry> entries = new LinkedHashMap<>();
    entityOfMention.forEach((m, e) -> entries.put(m, registers.find(e).orElseThrow()));
    List<UUID> mentions = List.copyOf(entries.keySet());
    for (UUID mention : mentions) {
      RegisterRepository.Entry entry = entries.get(mention);
      for (ChildId child : about) {
        if (decision.keeps(TriageDecision.child(mention, child))) {
          links.link(
              entry.kind().name(),
              entry.id(),
              LinkRepository.CHILD,
              child.value(),
              submission,
              now);
        }
      }
    }
    for (int i = 0; i < mentions.size(); i++) {
      for (int j = i + 1; j < mentions.size(); j++) {
        RegisterRepository.Entry a = entries.get(mentions.get(i));
        RegisterRepository.Entry b = entries.get(mentions.get(j));
        if (!a.id().equals(b.id())
            && decision.keeps(TriageDecision.pair(mentions.get(i), mentions.get(j)))) {
          links.link(a.kind().name(), a.id(), b.kind().name(), b.id(), submission, now);
        }
      }
    }
    return others;
  }
}
