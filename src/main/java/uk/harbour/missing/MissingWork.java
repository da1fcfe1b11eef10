package uk.harbour.missing;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.harbour.accesscontrol.AccessPolicy;
import uk.harbour.shared.ChildId;

/**
 * What work lists show of missing episodes (the case module's work lists call it): episodes still
 * open and return interviews overdue, for the children of the viewer's teams or of the teams they
 * manage, within the need-to-know rule. Nothing here is audited: the list that shows a child audits
 * that it did, with what it showed.
 */
@Service
public class MissingWork {

  /** Whose children: the viewer's teams, or theirs and those of everyone they manage. */
  public enum Scope {
    MY_TEAMS,
    MANAGED_TEAMS,
    /** Every child the viewer may see (the coordinator's and the missing page's lists). */
    VISIBLE
  }

  /**
   * One line: the child, the episode, its kind, and when it started (an open episode) or when its
   * return interview was due.
   */
  public record Item(ChildId child, EpisodeId episode, EpisodeKind kind, Instant at) {

    /** The episode's page. */
    public String href() {
      return "/missing/episodes/" + episode;
    }
  }

  /** The lines listed and how many there are in all (more than listed when cut). */
  public record Found(List<Item> items, long total) {
    public Found {
      items = List.copyOf(items);
    }

    public boolean cut() {
      return total > items.size();
    }
  }

  private final WorkRepository work;
  private final AccessPolicy policy;
  private final Clock clock;

  MissingWork(WorkRepository work, AccessPolicy policy, Clock clock) {
    this.work = work;
    this.policy = policy;
    this.clock = clock;
  }

  /** Episodes still open, longest open first. */
  @Transactional(readOnly = true)
  public Found openEpisodes(Scope scope, int limit) {
    return work.open(clause(scope), policy.viewerId(), limit);
  }

  /** Return interviews not held, declined or recorded as not held by their due time. */
  @Transactional(readOnly = true)
  public Found overdueInterviews(Scope scope, int limit) {
    return work.outstanding(clause(scope), policy.viewerId(), clock.instant(), limit);
  }

  /** Return interviews with no outcome yet, due or not, soonest due first. */
  @Transactional(readOnly = true)
  public Found outstandingInterviews(Scope scope, int limit) {
    return work.outstanding(
        clause(scope),
        policy.viewerId(),
        clock.instant().plus(java.time.Duration.ofDays(3650)),
        limit);
  }

  private String clause(Scope scope) {
    String visible = policy.visibleChildrenClause("e.child_id");
    return switch (scope) {
      case MY_TEAMS -> visible + " AND " + policy.inViewersTeamsClause("e.child_id");
      case MANAGED_TEAMS -> visible + " AND " + policy.inManagedTeamsClause("e.child_id");
      case VISIBLE -> visible;
    };
  }
}
