package uk.harbour.tools.synthetic;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Random;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import uk.harbour.audit.AuditBackfill;

/**
 * {@code ./harbour-tools generate cases --children=100000 --chronology=2000000 --audit=10000000}:
 * fills the database with a synthetic service (see {@link Volumes} for every option): generated
 * practitioners in four areas, children each with a case and a team around them, chronologies,
 * voice entries, assessments and plans, a year of audit history chained like real events, and a
 * sign-in list for {@code benchmark pages}. Refuses to run where {@link DataGuard} says it must
 * not. Prints progress and how long it took.
 */
@Component
@ConditionalOnProperty(name = "harbour.command", havingValue = "generate-cases")
class GenerateCommand implements ApplicationRunner, ExitCodeGenerator {

  static final int AUDIT_BATCH = 100_000;

  private final DataGuard guard;
  private final StaffPool staffPool;
  private final CaseBatch cases;
  private final AuditBackfill audit;
  private final TransactionTemplate transaction;
  private final Clock clock;
  private final Path dataDir;
  private final PrintStream out;
  private int exitCode = 1;

  @Autowired
  GenerateCommand(
      DataGuard guard,
      StaffPool staffPool,
      CaseBatch cases,
      AuditBackfill audit,
      TransactionTemplate transaction,
      Clock clock,
      @Value("${harbour.data-dir:./data}") String dataDir) {
    this(guard, staffPool, cases, audit, transaction, clock, Path.of(dataDir), System.out);
  }

  GenerateCommand(
      DataGuard guard,
      StaffPool staffPool,
      CaseBatch cases,
      AuditBackfill audit,
      TransactionTemplate transaction,
      Clock clock,
      Path dataDir,
      PrintStream out) {
    this.guard = guard;
    this.staffPool = staffPool;
    this.cases = cases;
    this.audit = audit;
    this.transaction = transaction;
    this.clock = clock;
    this.dataDir = dataDir;
    this.out = out;
  }

  @Override
  public void run(ApplicationArguments args) {
    Volumes volumes;
    try {
      volumes = Volumes.from(args, dataDir.resolve("synthetic-users.csv"));
    } catch (IllegalArgumentException e) {
      out.println("Nothing generated: " + e.getMessage());
      return;
    }
    Optional<String> refusal = guard.refusal();
    if (refusal.isPresent()) {
      out.println("Nothing generated: " + refusal.get());
      return;
    }
    try {
      generate(volumes);
      exitCode = 0;
    } catch (IOException e) {
      out.println("Generated the data but could not write the sign-in list: " + e.getMessage());
    }
  }

  private void generate(Volumes v) throws IOException {
    long started = System.nanoTime();
    Instant now = clock.instant();
    Random random = new Random(v.seed());
    int set = staffPool.nextSet();
    Staff staff = transaction.execute(s -> staffPool.create(v.children(), set, random));
    out.printf(
        "Synthetic set %d: %d accounts (%d key workers, %d managers) in %d agencies, %s%n",
        set,
        staff.everyone().size(),
        staff.keyWorkers().size(),
        staff.managers().size(),
        StaffPool.AREAS.length * 5,
        elapsed(started));
    World world = new World(staff.everyone());
    Cohort cohort = new Cohort(random, now, v.children(), v.chronology());
    CaseBatch.Totals totals = new CaseBatch.Totals();
    int[] keyWorkerOf = keyWorkerOfChild(staff.caseloads());
    for (int from = 0; from < v.children(); from += v.batch()) {
      int start = from;
      int size = Math.min(v.batch(), v.children() - from);
      transaction.executeWithoutResult(
          s -> cases.generate(start, size, v, staff, keyWorkerOf, cohort, world, totals, now));
      out.printf(
          "Children and cases: %d of %d (%d%%), %s%n",
          start + size, v.children(), (start + size) * 100L / v.children(), elapsed(started));
    }
    long events =
        audit.append(
            new AuditHistory(world, v.auditEvents(), now, v.seed()),
            AUDIT_BATCH,
            n ->
                out.printf(
                    "Audit events: %d of %d (%d%%), %s%n",
                    n, v.auditEvents(), n * 100 / Math.max(1, v.auditEvents()), elapsed(started)));
    int listed = Manifest.write(v.manifest(), world);
    out.printf(
        "Generated %d children with cases (%d open, %d stepped down, %d closed), %d chronology"
            + " entries, %d voice entries, %d assessments, %d plans and %d audit events"
            + " for %d accounts in %s%n",
        v.children(),
        totals.open,
        totals.steppedDown,
        totals.closed,
        totals.chronology,
        totals.voice,
        totals.assessed,
        totals.planned,
        events,
        staff.everyone().size(),
        elapsed(started));
    out.printf(
        "Sign-in list for benchmark pages: %s (%d accounts, password %s)%n",
        v.manifest().toAbsolutePath(), listed, StaffPool.PASSWORD);
  }

  /** For each child in order, the key worker whose caseload it falls in. */
  static int[] keyWorkerOfChild(int[] caseloads) {
    int total = java.util.Arrays.stream(caseloads).sum();
    int[] of = new int[total];
    int child = 0;
    for (int k = 0; k < caseloads.length; k++) {
      for (int i = 0; i < caseloads[k]; i++) {
        of[child++] = k;
      }
    }
    return of;
  }

  private static String elapsed(long started) {
    long s = (System.nanoTime() - started) / 1_000_000_000L;
    return s < 60 ? s + " s" : (s / 60) + " min " + (s % 60) + " s";
  }

  @Override
  public int getExitCode() {
    return exitCode;
  }
}
