package uk.harbour.tools.synthetic;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.harbour.cases.CaseId;

/**
 * Cases in bulk, for the synthetic data generator only: the cases with their status, the key
 * worker's allocation history (the key worker is the one the generator places in the team around
 * the child), a chronology of mixed kinds and significance spread over each case's life and the
 * young person's voice entries, in a few set-based statements per call. One audit event per call
 * says how many cases were created.
 */
@Service
public class CaseBulkLoad {

  /** The name the generated cases say opened them; what tells them apart from real ones. */
  public static final String BY_NAME = "Synthetic generator";

  private final JdbcClient jdbc;
  private final BulkChronology chronology;
  private final BulkVoice voice;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  CaseBulkLoad(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
    this.jdbc = jdbc;
    this.chronology = new BulkChronology(jdbc);
    this.voice = new BulkVoice(jdbc);
    this.events = events;
    this.clock = clock;
  }

  /** Creates the cases and their history; returns the case ids in the same order. */
  @Transactional
  public List<CaseId> create(List<SyntheticCase> cases) {
    int n = cases.size();
    UUID[] ids = new UUID[n];
    UUID[] children = new UUID[n];
    UUID[] workers = new UUID[n];
    String[] workerNames = new String[n];
    String[] statuses = new String[n];
    String[] opened = new String[n];
    String[] changed = new String[n];
    String[] reasons = new String[n];
    String[] followUps = new String[n];
    String[] ends = new String[n];
    int[] entries = new int[n];
    int[] voices = new int[n];
    String now = clock.instant().toString();
    for (int i = 0; i < n; i++) {
      SyntheticCase c = cases.get(i);
      ids[i] = UUID.randomUUID();
      children[i] = c.child().value();
      workers[i] = c.keyWorker().value();
      workerNames[i] = c.keyWorkerName();
      statuses[i] = c.status().name();
      opened[i] = c.openedAt().toString();
      changed[i] = c.statusChangedAt() == null ? null : c.statusChangedAt().toString();
      reasons[i] = c.statusReason();
      followUps[i] = c.followUpOn() == null ? null : c.followUpOn().toString();
      ends[i] = c.statusChangedAt() == null ? now : changed[i];
      entries[i] = Math.max(2, c.chronologyEntries());
      voices[i] = Math.max(0, c.voiceEntries());
    }
    jdbc.sql(
            """
            INSERT INTO cases (id, child_id, status, opened_at, opened_by_name, status_changed_at,
                               status_reason, closed_at, follow_up_on, updated_at,
                               updated_by_name, version)
            SELECT id, child_id, status, opened, :by, changed, reason,
                   CASE WHEN status = 'CLOSED' THEN changed END, follow_up,
                   coalesce(changed, opened), worker_name,
                   CASE WHEN changed IS NULL THEN 1 ELSE 2 END
              FROM unnest(:ids::uuid[], :children::uuid[], :statuses::text[],
                          :opened::timestamptz[], :changed::timestamptz[], :reasons::text[],
                          :followUps::date[], :workerNames::text[])
                   AS c(id, child_id, status, opened, changed, reason, follow_up, worker_name)
            """)
        .param("by", BY_NAME)
        .param("ids", ids)
        .param("children", children)
        .param("statuses", statuses)
        .param("opened", opened)
        .param("changed", changed)
        .param("reasons", reasons)
        .param("followUps", followUps)
        .param("workerNames", workerNames)
        .update();
    // The key worker is the one in the team around the child (placed by the generator); the case
    // keeps only its history.
    jdbc.sql(
            """
            INSERT INTO case_allocation (id, case_id, key_worker_id, key_worker_name,
                                         allocated_at, allocated_by_name)
            SELECT gen_random_uuid(), id, worker, worker_name, opened, :by
              FROM unnest(:ids::uuid[], :workers::uuid[], :workerNames::text[],
                          :opened::timestamptz[]) AS a(id, worker, worker_name, opened)
            """)
        .param("by", BY_NAME)
        .param("ids", ids)
        .param("workers", workers)
        .param("workerNames", workerNames)
        .param("opened", opened)
        .update();
    chronology.write(ids, opened, ends, statuses, workerNames, entries);
    voice.write(ids, opened, ends, workerNames, voices);
    events.publishEvent(SyntheticWork.created("cases", n));
    return Arrays.stream(ids).map(CaseId::new).toList();
  }
}
