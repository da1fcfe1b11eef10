package uk.harbour.web;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * An exception as Harbour logs it: the class of the exception and of each cause, with their stack
 * frames, and never their messages. Messages can carry personal data (a database error quotes the
 * row it refused, a parse error the value someone typed), and the log is read by more people, and
 * kept longer, than the records it is about.
 */
final class ExceptionSummary {

  static final int FRAMES_PER_EXCEPTION = 40;

  private ExceptionSummary() {}

  static String of(Throwable exception) {
    StringBuilder out = new StringBuilder();
    Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Throwable t = exception; t != null && seen.add(t); t = t.getCause()) {
      out.append(t == exception ? "" : "\nCaused by: ").append(t.getClass().getName());
      StackTraceElement[] frames = t.getStackTrace();
      int shown = Math.min(frames.length, FRAMES_PER_EXCEPTION);
      for (int i = 0; i < shown; i++) {
        out.append("\n\tat ").append(frames[i]);
      }
      if (frames.length > shown) {
        out.append("\n\t... ").append(frames.length - shown).append(" more");
      }
    }
    return out.toString();
  }
}
