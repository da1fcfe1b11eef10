package uk.harbour.intelligence;

/** The 3x5x2 source evaluation, stored as its code: 1 reliable, 2 untested, 3 not reliable. */
enum SourceEvaluation {
  RELIABLE("1"),
  UNTESTED("2"),
  NOT_RELIABLE("3");

  private final String code;

  SourceEvaluation(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }

  static SourceEvaluation ofCode(String code) {
    for (SourceEvaluation value : values()) {
      if (value.code.equals(code)) {
        return value;
      }
    }
    throw new IllegalArgumentException("no source evaluation " + code);
  }
}
