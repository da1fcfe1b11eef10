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

  /** The first-step links one page shows; the rest are on the pages after it. */
  static final int PAGE = 50;

  /** The most recent mentions an entry's page lists. */
  static final int MENTIONS = 50;

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
  EntityPage entity(UUID id, int page) {
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
    Graph graph = graph(id, entry.label(), entry.kind().name(), page);
    events.publishEvent(
        Audited.succeeded(AuditAction.VIEW, IntelligenceAccess.ENTITY, id)
            .withDetail("network, links " + graph.links().size())
            .withChildren(graph.shownChildren()));
    List<MentionRepository.EntityMention> shownMentions = mentions.ofEntity(id, MENTIONS);
    return new EntityPage(
        entry,
        shownMentions,
        shownMentions.size() < MENTIONS ? shownMentions.size() : mentions.countOfEntity(id),
        graph,
        IntelligenceAccess.triages(user));
  }

  /**
   * The entries linked to a child the user may see, and through them other children: for the
   * child's team. No grades, no submissions, no intelligence text: what is linked, and to whom.
   */
  @Transactional
  Graph child(ChildId child, int page) {
    policy.requireChild(child, AuditAction.VIEW);
    ChildRecord record = children.view(child);
    Graph graph = graph(child.value(), record.fullName(), LinkRepository.CHILD, page);
    events.publishEvent(
        Audited.succeeded(AuditAction.VIEW, IntelligenceAccess.ENTITY, null)
            .withDetail("links of a child, links " + graph.links().size())
            .withChildren(graph.shownChildren()));
    return graph;
  }

  /**
   * The network, one page of it: the first-step links of page {@code page} (from 1; a page past the
   * end shows the last), the children two steps away through them, and for everything else at the
   * second step a count per entry, whose own page lists it. A network of hundreds of links is read
   * by opening its entries, not from one drawing.
   */
  private Graph graph(UUID start, String startLabel, String startKind, int page) {
    int fanOut = properties.networkFanOut();
    List<LinkRepository.NetworkLink> read = links.twoSteps(start, fanOut);
    List<LinkRepository.NetworkLink> first = read.stream().filter(l -> l.step() == 1).toList();
    int pages = Math.max(1, (first.size() + PAGE - 1) / PAGE);
    int shownPage = Math.min(Math.max(page, 1), pages);
    List<LinkRepository.NetworkLink> onPage =
        first.subList((shownPage - 1) * PAGE, Math.min(first.size(), shownPage * PAGE));
    Set<UUID> reached = new LinkedHashSet<>();
    onPage.forEach(l -> reached.add(l.to()));
    List<LinkRepository.NetworkLink> found = new ArrayList<>(onPage);
    Map<UUID, List<Beyond>> beyond = new LinkedHashMap<>();
    for (LinkRepository.NetworkLink link : read) {
      if (link.step() != 2 || !reached.contains(link.from())) {
        continue;
      }
      if (link.isCount()) {
        beyond
            .computeIfAbsent(link.from(), k -> new ArrayList<>())
            .add(new Beyond(link.toKind(), link.count()));
      } else {
        found.add(link);
      }
    }
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
    boolean cut = first.size() >= fanOut;
    return new Graph(
        start, List.copyOf(nodes.values()), edges, cut, beyond, shownPage, pages, first.size());
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
      @Nullable String reference,
      java.time.@Nullable Instant seenOn,
      @Nullable String grade,
      @Nullable String conditions) {}

  /** How many entries of one kind lie one step beyond a first-step entry. */
  record Beyond(String kind, int count) {}

  /**
   * One page of a network: its nodes (the start first), its links, whether the fan-out cut it
   * short, the counts beyond each first-step entry, and which page of how many it is.
   */
  record Graph(
      UUID start,
      List<Node> nodes,
      List<Edge> links,
      boolean cut,
      Map<UUID, List<Beyond>> beyond,
      int page,
      int pages,
      int firstStepLinks) {

    public boolean hasPrevious() {
      return page > 1;
    }

    public boolean hasNext() {
      return page < pages;
    }

    public List<ChildId> shownChildren() {
      return nodes.stream()
          .filter(n -> n.child() && n.shown())
          .map(n -> new ChildId(n.id()))
          .toList();
    }

    /**
     * One row per link for the table: where it starts, where it leads, what made it, and (on the
     * first row of a first-step entry) what lies beyond it.
     */
    public List<Row> rows() {
      Map<UUID, Node> byId = new LinkedHashMap<>();
      nodes.forEach(n -> byId.put(n.id(), n));
      Set<UUID> counted = new java.util.HashSet<>();
      return links.stream()
          .filter(e -> byId.containsKey(e.from()) && byId.containsKey(e.to()))
          .map(
              e ->
                  new Row(
                      byId.get(e.from()),
                      byId.get(e.to()),
                      e,
                      byId.get(e.to()).step() == 1 && counted.add(e.to())
                          ? beyond.getOrDefault(e.to(), List.of())
                          : List.of()))
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

  /** A link as the table shows it, with what lies beyond its end (possibly nothing). */
  record Row(Node from, Node to, Edge edge, List<Beyond> beyond) {}

  /** An entry's page: the entry, what each submission said of it, and its network. */
  record EntityPage(
      RegisterRepository.Entry entry,
      List<MentionRepository.EntityMention> mentions,
      long allMentions,
      Graph graph,
      boolean mayDecide) {}
}
