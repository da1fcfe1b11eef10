package uk.harbour.cases;

/**
 * Where a case is. A stepped-down case is still the child's case (support continues elsewhere, at a
 * lower level) and steps back up when a new concern arrives; a closed case can be reopened.
 */
public enum CaseStatus {
  OPEN,
  STEPPED_DOWN,
  CLOSED
}
