package uk.harbour.cases.assessment;

import java.util.List;

/** An assessment cannot be submitted yet: the messages say what it still needs. */
class AssessmentNotReadyException extends RuntimeException {

  private final List<String> messageKeys;

  AssessmentNotReadyException(List<String> messageKeys) {
    super("Assessment not ready to submit");
    this.messageKeys = List.copyOf(messageKeys);
  }

  List<String> messageKeys() {
    return messageKeys;
  }
}
