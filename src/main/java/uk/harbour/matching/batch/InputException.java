package uk.harbour.matching.batch;

/** Input that cannot be used: the message names the file and, where it helps, the line. */
public class InputException extends Exception {

  public InputException(String message) {
    super(message);
  }

  static InputException at(String file, long line, String problem) {
    return new InputException(file + " line " + line + ": " + problem);
  }
}
