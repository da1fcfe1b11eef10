package uk.harbour.cases.plan;

/**
 * A change refused because it would leave a finalised plan with an empty disruption section and no
 * recorded reason why: the plan's weight falls on stopping the people causing harm, at all times.
 * Nothing is written. The form shows {@link #messageKey()} next to {@link #field()}.
 */
class DisruptionRequiredException extends RuntimeException {

  private final String field;

  DisruptionRequiredException(String field) {
    super("A finalised plan needs a disruption action or a reason why none yet");
    this.field = field;
  }

  /** The form field the error belongs to. */
  String field() {
    return field;
  }

  String messageKey() {
    return "plan.error.disruptionRequired." + field;
  }
}
