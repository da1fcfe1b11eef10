package uk.harbour.audit;

import java.io.PrintStream;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import uk.harbour.audit.AuditVerifier.ChainCheck;

/**
 * {@code java -jar target/harbour.jar audit verify}: checks the whole audit chain and holds it
 * against the signed checkpoints, prints the result on standard output and exits 0 when intact, 1
 * when broken (including events missing after the latest checkpoint), 2 when it could not check.
 */
@Component
@ConditionalOnProperty(name = "harbour.command", havingValue = "audit-verify")
class AuditVerifyCommand implements ApplicationRunner, ExitCodeGenerator {

  static final int INTACT = 0;
  static final int BROKEN = 1;
  static final int NOT_CHECKED = 2;

  private final AuditVerifier verifier;
  private final PrintStream out;
  private int exitCode = NOT_CHECKED;

  @Autowired
  AuditVerifyCommand(AuditVerifier verifier) {
    this(verifier, System.out);
  }

  AuditVerifyCommand(AuditVerifier verifier, PrintStream out) {
    this.verifier = verifier;
    this.out = out;
  }

  @Override
  public void run(ApplicationArguments args) {
    ChainCheck check;
    try {
      check = verifier.verify();
    } catch (RuntimeException e) {
      out.println("Audit chain could not be checked: " + e.getMessage());
      exitCode = NOT_CHECKED;
      return;
    }
    out.println(describe(check));
    if (check.intact() && check.last() != null) {
      out.println("Latest event: seq=" + check.last().seq() + " hash=" + check.last().hash());
    }
    if (check.intact()) {
      out.println(
          check.checkpoint() == null
              ? "No signed checkpoint yet: Harbour records one every"
                  + " HARBOUR_AUDIT_CHECKPOINT_INTERVAL, or run: audit checkpoint"
              : "Latest signed checkpoint: "
                  + check.checkpoint().describe()
                  + "; the chain passes through all "
                  + check.checkpoints()
                  + " checkpoints and reaches the latest");
    }
    exitCode = check.intact() ? INTACT : check.couldNotCheck() ? NOT_CHECKED : BROKEN;
  }

  @Override
  public int getExitCode() {
    return exitCode;
  }

  static String describe(ChainCheck check) {
    if (check.intact()) {
      return "Audit chain intact: " + check.checked() + " events checked";
    }
    if (check.couldNotCheck()) {
      return "Audit chain could not be checked: " + check.problem();
    }
    StoredEvent at = check.brokenAt();
    if (at == null) {
      return "Audit chain broken: " + check.problem();
    }
    return "Audit chain broken at event seq="
        + at.seq()
        + " id="
        + at.id()
        + " (recorded "
        + AuditHash.time(at.occurredAt())
        + "): "
        + check.problem();
  }
}
