package uk.harbour.audit;

import java.util.List;

/**
 * A record described in words for the audit pages: a message key ({@code audit.record.*}) and its
 * arguments, for example {@code audit.record.child} with {@code HBR-000123}.
 */
public record RecordDescription(String key, List<Object> args) {

  public RecordDescription {
    args = List.copyOf(args);
  }

  /** The arguments, as Thymeleaf's {@code #messages.msgWithParams} takes them. */
  public Object[] params() {
    return args.toArray();
  }
}
