package uk.harbour.audit;

import java.io.PrintStream;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar target/harbour.jar audit checkpoint}: records a signed checkpoint of the latest
 * audit event now, in the database and the checkpoint file, prints it and exits 0 (2 if it could
 * not). Harbour also records one every {@code HARBOUR_AUDIT_CHECKPOINT_INTERVAL} while it runs.
 */
@Component
@ConditionalOnProperty(name = "harbour.command", havingValue = "audit-checkpoint")
class AuditCheckpointCommand implements ApplicationRunner, ExitCodeGenerator {

  static final int RECORDED = 0;
  static final int NOT_RECORDED = 2;

  private final AuditCheckpoints checkpoints;
  private final PrintStream out;
  private int exitCode = NOT_RECORDED;

  @Autowired
  AuditCheckpointCommand(AuditCheckpoints checkpoints) {
    this(checkpoints, System.out);
  }

  AuditCheckpointCommand(AuditCheckpoints checkpoints, PrintStream out) {
    this.checkpoints = checkpoints;
    this.out = out;
  }

  @Override
  public void run(ApplicationArguments args) {
    Optional<AuditCheckpoint> taken;
    try {
      taken = checkpoints.take();
    } catch (RuntimeException e) {
      out.println("Audit checkpoint not recorded: " + e.getMessage());
      return;
    }
    if (taken.isEmpty()) {
      out.println("Audit checkpoint not needed: the audit trail has no events yet");
    } else {
      out.println(
          "Audit checkpoint recorded: "
              + taken.get().line()
              + " (in the database and in "
              + checkpoints.file()
              + ")");
    }
    exitCode = RECORDED;
  }

  @Override
  public int getExitCode() {
    return exitCode;
  }
}
