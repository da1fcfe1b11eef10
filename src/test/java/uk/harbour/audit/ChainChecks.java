package uk.harbour.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import uk.harbour.audit.AuditVerifier.ChainCheck;

/**
 * Checks the audit chain for tests: asserts it is intact, or runs the verify command in-process.
 */
final class ChainChecks {

  private ChainChecks() {}

  static void assertIntact(AuditVerifier verifier) {
    ChainCheck check = verifier.verify();
    assertThat(check.intact()).as(AuditVerifyCommand.describe(check)).isTrue();
  }

  /** Runs {@code audit verify} against the test's database and captures what it prints. */
  static Output runCommand(AuditVerifier verifier) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    AuditVerifyCommand command =
        new AuditVerifyCommand(verifier, new PrintStream(bytes, true, StandardCharsets.UTF_8));
    command.run(null);
    return new Output(command.getExitCode(), bytes.toString(StandardCharsets.UTF_8));
  }

  record Output(int exitCode, String text) {}
}
