package uk.harbour.matching.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Refuses outputs of the link command that would destroy something: a folder (moving a file over it
 * would put the folder aside and leave it behind), or a file that is, or resolves to (another
 * spelling, a symbolic or hard link), one of the command's own inputs or config files, or the other
 * output.
 */
final class OutputPaths {

  private OutputPaths() {}

  /**
   * @throws IllegalArgumentException naming the option and the file it would overwrite
   */
  static void check(LinkArguments args) {
    List<Named> outputs = new ArrayList<>();
    outputs.add(new Named("--out", args.out()));
    if (args.clusters() != null) {
      outputs.add(new Named("--clusters", args.clusters()));
    }
    List<Named> inputs = new ArrayList<>();
    args.inputs().forEach(p -> inputs.add(new Named("--input", p)));
    args.configs().forEach(p -> inputs.add(new Named("--config", p)));
    for (Named output : outputs) {
      if (Files.isDirectory(output.path())) {
        throw new IllegalArgumentException(
            output + " is a folder: give the name of a file to write");
      }
      for (Named input : inputs) {
        if (same(output.path(), input.path())) {
          throw new IllegalArgumentException(
              output + " is the same file as " + input + ": choose another output file");
        }
      }
    }
    if (outputs.size() == 2 && same(outputs.get(0).path(), outputs.get(1).path())) {
      throw new IllegalArgumentException(
          outputs.get(1) + " is the same file as " + outputs.get(0).option() + ": give two files");
    }
  }

  /** Whether two paths name one file: the same file on disk, or the same place if not there yet. */
  static boolean same(Path a, Path b) {
    if (Files.exists(a) && Files.exists(b)) {
      try {
        return Files.isSameFile(a, b);
      } catch (IOException e) {
        // fall back to comparing where they point
      }
    }
    return place(a).equals(place(b));
  }

  /** The absolute path with its folder's links resolved, for a file that may not exist yet. */
  private static Path place(Path p) {
    Path absolute = p.toAbsolutePath().normalize();
    Path parent = absolute.getParent();
    if (parent != null && absolute.getFileName() != null) {
      try {
        return parent.toRealPath().resolve(absolute.getFileName());
      } catch (IOException e) {
        return absolute;
      }
    }
    return absolute;
  }

  private record Named(String option, Path path) {
    @Override
    public String toString() {
      return option + " " + path;
    }
  }
}
