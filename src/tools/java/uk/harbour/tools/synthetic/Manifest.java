package uk.harbour.tools.synthetic;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The sign-in list the page benchmark reads: one line per generated account that may see at least
 * one case, with its password, second-factor secret, kind and up to {@link #CASES_PER_USER} of the
 * cases it may see. Synthetic accounts only; the file stays out of version control.
 */
final class Manifest {

  static final String HEADER = "username,password,totp_secret,kind,case_ids";

  static final int CASES_PER_USER = 8;

  private Manifest() {}

  /** Writes (or replaces) the file; returns how many accounts it lists. */
  static int write(Path file, World world) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    int listed = 0;
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write(HEADER + "\n");
      for (int u = 0; u < world.userCount(); u++) {
        List<Integer> cases = world.visibleTo(u);
        if (cases.isEmpty()) {
          continue;
        }
        Staff.Member m = world.user(u);
        int step = Math.max(1, cases.size() / CASES_PER_USER);
        String ids =
            java.util.stream.IntStream.range(0, Math.min(CASES_PER_USER, cases.size()))
                .mapToObj(i -> world.caseId(cases.get(i * step)).toString())
                .collect(Collectors.joining(" "));
        out.write(
            String.join(
                    ",",
                    m.username(),
                    StaffPool.PASSWORD,
                    m.totpSecret(),
                    m.kind().replace(' ', '-'),
                    ids)
                + "\n");
        listed++;
      }
    }
    return listed;
  }
}
