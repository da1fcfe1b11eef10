package uk.harbour.intelligence;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.harbour.accesscontrol.AccessPolicy;
import uk.harbour.accesscontrol.CurrentUser;
import uk.harbour.accesscontrol.HarbourUser;
import uk.harbour.audit.AuditAction;
import uk.harbour.audit.Audited;
import uk.harbour.people.ChildRecord;
import uk.harbour.people.Children;
import uk.harbour.shared.ChildId;
import uk.harbour.shared.RecordNotFoundException;

/**
 * The network around a register entry or a child, to two steps: which children, people, vehicles,
 * phones, accounts and places are linked, by which submissions, with grades and dates. Children are
 * named only to those who may see them (the need-to-know function); anyone else sees that a link
 * exists to "a child you cannot see". Three reads whatever the size: the links, the entry, and the
 * children the viewer may see.
 */
@Service
class Network {

  /** The most links one page shows (all first-step links are shown whatever their number). */
  static final int SHOWN = 150;

  private final LinkRepository links;
  private final RegisterRepository registers;
  private final MentionRepository mentions;
  private final Children children;
  private final AccessPolicy policy;
  private final CurrentUser currentUser;
  private final IntelligenceProperties properties;
  private final ApplicationEventPublisher events;

  Network(
      LinkRepository links,
      RegisterRepository registers,
      MentionRepository mentions,
      Children children,
      AccessPolicy policy,
      CurrentUser currentUser,
      IntelligenceProperties properties,
      ApplicationEventPublisher events) {
    this.links = links;
    this.registers = registers;
    this.mentions = mentions;
    this.children = children;
    this.policy = policy;
    this.currentUser = currentUser;
    this.properties = properties;
    this.events = events;
  }

  /** An entry's page for the intelligence unit and analysts: its mentions and its network. */
  @Transactional
  EntityPage entity(UUID id) {
    HarbourUser user = currentUser.require();
    if (!IntelligenceAccess.seesGraded(user)) {
      events.publishEvent(
          Audited.denied(AuditAction.VIEW, IntelligenceAccess.ENTITY, id)
              .withReason("not the intelligence unit or an analyst"));
      throw new RecordNotFoundException(IntelligenceAccess.ENTITY);
    }
    RegisterRepository.Entry entry =
        registers
            .find(id)
            .orElseThrow(() -> new RecordNotFoundException(IntelligenceAccess.ENTITY));
    Graph graph = graph(id, entry.label(), entry.kind().name());
    events.publishEvent(
        Audited.succeeded(AuditAction.VIEW, IntelligenceAccess.ENTITY, id)
            .withDetail("network, links " + graph.links().size())
            .withChildren(graph.shownChildren()));
    return new EntityPage(entry, mentions.ofEntity(id), graph, IntelligenceAccess.triages(user));
  }

  /**
   * The entries linked to a child the user may see, and through them other children: for the
   * child's team. No grades, no submissions, no intelligence text: what is linked, and to whom.
   */
  @Transactional
  Graph child(ChildId child) {
    policy.requireChild(child, AuditAction.VIEW);
    ChildRecord record = children.view(child);
    Graph graph = graph(child.value(), record.fullName(), LinkRepository.CHILD);
    events.publishEvent(
        Audited.succeeded(AuditAction.VIEW, IntelligenceAccess.ENTITY, null)
            .withDetail("links of a child, links " + graph.links().size())
            .withChildren(graph.shownChildren()));
    return graph;
  }

  private Graph graph(UUID start, String startLabel, String startKind) {
    int fanOut = properties.networkFanOut();
    List<LinkRepository.NetworkLink> read = links.twoSteps(start, fanOut);
    // A page shows every first-step link and second-step links up to SHOWN in all: a network
    // of hundreds of links is read by opening its entries, not from one drawing.
    List<LinkRepository.NetworkLink> found =
        read.size() <= SHOWN
            ? read
            : read.stream()
                .limit(Math.max(SHOWN, read.stream().filter(l -> l.step() == 1).count()))
                .toList();
    Set<ChildId> childIds = new LinkedHashSet<>();
    for (LinkRepository.NetworkLink link : found) {
      if (link.toChild()) {
        childIds.add(new ChildId(link.to()));
      }
    }
    Map<UUID, String> visible = new LinkedHashMap<>();
    if (!childIds.isEmpty()) {
      for (ChildRecord c : children.visibleAmong(childIds, "children in an intelligence network")) {
        visible.put(c.id().value(), c.fullName());
      }
    }
    Map<UUID, Node> nodes = new LinkedHashMap<>();
    nodes.put(start, new Node(start, startKind, startLabel, 0, true));
    List<Edge> edges = new ArrayList<>();
    for (LinkRepository.NetworkLink link : found) {
      String label = link.toChild() ? visible.get(link.to()) : link.label();
      boolean shown = !link.toChild() || label != null;
      nodes.putIfAbsent(link.to(), new Node(link.to(), link.toKind(), label, link.step(), shown));
      edges.add(
          new Edge(
              link.from(),
              link.to(),
              link.reference(),
              link.seenOn(),
              link.grade(),
              link.conditions()));
    }
    boolean cut =
        found.size() < read.size() || read.stream().filter(l -> l.step() == 1).count() >= fanOut;
    return new Graph(start, List.copyOf(nodes.values()), edges, cut);
  }

  /** One end in a network. {@code label} is null for a child the viewer may not see. */
  record Node(UUID id, String kind, @Nullable String label, int step, boolean shown) {
    public boolean child() {
      return LinkRepository.CHILD.equals(kind);
    }
  }

  /** One link, with the submission that made it. */
  record Edge(
      UUID from,
      UUID to,
      String reference,
      java.time.@Nullable Instant seenOn,
      @Nullable String grade,
      @Nullable String conditions) {}

  /** A network: its nodes (the start first), its links, and whether the fan-out cut it short. */
  record Graph(UUID start, List<Node> nodes, List<Edge> links, boolean cut) {

    public List<ChildId> shownChildren() {
      return nodes.stream()
          .filter(n -> n.child() && n.shown())
          .map(n -> new ChildId(n.id()))
          .toList();
    }

    /** One row per link for the table: where it starts, where it leads, and what made it. */
    public List<Row> rows() {
      Map<UUID, Node> byId = new LinkedHashMap<>();
      nodes.forEach(n -> byId.put(n.id(), n));
      return links.stream()
          .filter(e -> byId.containsKey(e.from()) && byId.containsKey(e.to()))
          .map(e -> new Row(byId.get(e.from()), byId.get(e.to()), e))
          .toList();
    }

    /** The handling conditions of any C-coded intelligence behind these links. */
    public List<String> conditions() {
      return links.stream()
          .map(Edge::conditions)
          .filter(java.util.Objects::nonNull)
          .distinct()
          .toList();
    }
  }

  /** A link as the table shows it. */
  record Row(Node from, Node to, Edge edge) {}

  /** An entry's page: the entry, what each submission said of it, and its network. */
  record EntityPage(
      RegisterRepository.Entry entry,
      List<MentionRepository.EntityMention> mentions,
      Graph graph,
      boolean mayDecide) {}
}
