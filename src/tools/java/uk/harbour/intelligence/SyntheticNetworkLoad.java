package uk.harbour.intelligence;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Streams a {@link SyntheticNetwork} into a migrated Harbour database with COPY, as the migration
 * owner: the register entries, graded and triaged submissions for the links to name, and the links
 * (some to the demo world's children). The two plain link indexes are dropped for the load and made
 * again, exactly as their migration has them, afterwards; then everything is analysed.
 */
final class SyntheticNetworkLoad {

  /** Who the generated rows say made them. */
  static final String BY = "Synthetic generator";

  /** The two link indexes of V11_1, made again after the load. */
  private static final List<String> LINK_INDEXES =
      List.of(
          "CREATE INDEX intel_link_from_ix ON intel_link (from_id, to_id)",
          "CREATE INDEX intel_link_to_ix ON intel_link (to_id, from_id)");

  /** What to load. */
  record Volumes(int entities, int links, int submissions, int childLinks, long seed) {}

  /** What was loaded: links per entry, for the degree table and the benchmark's list. */
  record Loaded(int[] degree, long entities, long submissions, long links) {}

  private final Connection connection;
  private final CopyManager copy;
  private final SyntheticNetwork network;
  private final Volumes volumes;
  private final Instant now;

  SyntheticNetworkLoad(
      Connection connection, SyntheticNetwork network, Volumes volumes, Instant now)
      throws SQLException {
    this.connection = connection;
    this.copy = connection.unwrap(PGConnection.class).getCopyAPI();
    this.network = network;
    this.volumes = volumes;
    this.now = now;
  }

  Loaded load(UUID submitter, List<UUID> children, java.util.function.Consumer<String> progress)
      throws SQLException {
    connection.setAutoCommit(false);
    long entities = entities();
    progress.accept("register entries: " + entities);
    UUID[] submissions = new UUID[volumes.submissions()];
    long submitted = submissions(submitter, submissions);
    progress.accept("submissions: " + submitted);
    try (Statement s = connection.createStatement()) {
      s.execute("DROP INDEX intel_link_from_ix, intel_link_to_ix");
    }
    int[] degree = new int[network.size()];
    long links = links(submissions, children, degree);
    progress.accept("links: " + links);
    try (Statement s = connection.createStatement()) {
      s.execute("SET maintenance_work_mem = '512MB'");
      for (String index : LINK_INDEXES) {
        s.execute(index);
      }
    }
    connection.commit();
    progress.accept("link indexes made again");
    connection.setAutoCommit(true);
    try (Statement s = connection.createStatement()) {
      s.execute("ANALYZE intel_entity, intel_submission, intel_link");
    }
    progress.accept("analysed");
    return new Loaded(degree, entities, submitted, links);
  }

  private long entities() throws SQLException {
    CopyText rows =
        new CopyText(
            copy.copyIn(
                "COPY intel_entity (id, kind, label, name, nickname, approx_age, plate, make,"
                    + " colour, phone, platform, username, place_name, address, postcode,"
                    + " created_at, created_by_name, version) FROM STDIN WITH (FORMAT text)"));
    for (int i = 0; i < network.size(); i++) {
      rows.add(network.entityRow(i, BY));
    }
    return rows.finish();
  }

  private long submissions(UUID submitter, UUID[] ids) throws SQLException {
    CopyText rows =
        new CopyText(
            copy.copyIn(
                "COPY intel_submission (id, reference, status, submitted_by, submitted_by_name,"
                    + " submitted_by_agency, what_known, how_known, mention, source_evaluation,"
                    + " intelligence_assessment, handling, handling_conditions, sanitised_text,"
                    + " outcome, outcome_reasons, triaged_by, triaged_by_name, triaged_at,"
                    + " created_at, updated_at, submitted_at, version, request_key)"
                    + " FROM STDIN WITH (FORMAT text)"));
    Random r = new Random(volumes.seed() * 7 + 1);
    String by = submitter.toString();
    String[] how = {"SAW", "HEARD", "TOLD"};
    for (int i = 0; i < ids.length; i++) {
      ids[i] = SyntheticNetwork.uuid(r);
      boolean conditions = r.nextInt(10) == 0;
      String at = network.within3Years(r).toString();
      rows.add(
          CopyText.row(
              ids[i].toString(),
              String.format("SYN-%07d", i + 1),
              "TRIAGED",
              by,
              BY,
              "Synthetic agency",
              "Synthetic intelligence for the network benchmark.",
              how[r.nextInt(how.length)],
              "NOT_KNOWN",
              String.valueOf(1 + r.nextInt(3)),
              String.valueOf((char) ('A' + r.nextInt(5))),
              conditions ? "C" : "P",
              conditions ? "Synthetic condition: police only." : null,
              "Synthetic sanitised text.",
              "RECORDED",
              "Synthetic: recorded for the benchmark.",
              by,
              BY,
              at,
              at,
              at,
              at,
              "0",
              SyntheticNetwork.uuid(r).toString()));
    }
    return rows.finish();
  }

  private long links(UUID[] submissions, List<UUID> children, int[] degree) throws SQLException {
    CopyText rows =
        new CopyText(
            copy.copyIn(
                "COPY intel_link (id, from_kind, from_id, to_kind, to_id, submission_id,"
                    + " created_at) FROM STDIN WITH (FORMAT text)"));
    Random r = new Random(volumes.seed() * 13 + 2);
    Set<Long> repeated = new HashSet<>();
    int toChildren = children.isEmpty() ? 0 : volumes.childLinks();
    for (int i = 0; i < volumes.links(); i++) {
      int from = network.pick(r);
      int sub = r.nextInt(submissions.length);
      String toKind;
      UUID to;
      if (i < toChildren) {
        toKind = LinkRepository.CHILD;
        to = children.get(r.nextInt(children.size()));
      } else {
        int end = network.pick(r);
        long key = ((long) Math.min(from, end) * 1_000_003L + Math.max(from, end)) * 400_009L + sub;
        if (end == from || !repeated.add(key)) {
          i--;
          continue;
        }
        degree[end]++;
        toKind = network.kind(end).name();
        to = network.id(end);
      }
      degree[from]++;
      rows.add(
          CopyText.row(
              SyntheticNetwork.uuid(r).toString(),
              network.kind(from).name(),
              network.id(from).toString(),
              toKind,
              to.toString(),
              submissions[sub].toString(),
              network.within3Years(r).toString()));
    }
    return rows.finish();
  }
}
