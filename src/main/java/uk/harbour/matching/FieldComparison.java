package uk.harbour.matching;

/**
 * One field compared between two records: returns an agreement level, 0 the strongest, the last
 * "disagree", or {@link #MISSING} when either side lacks the field (which then counts for nothing).
 */
interface FieldComparison {

  int MISSING = -1;

  /** Plain name of the field, as shown in explanations. */
  String field();

  /** Plain description of each level, strongest first; the last is disagreement. */
  String[] levels();

  int compare(RecordFeatures a, RecordFeatures b);

  /** Starting probability of each level for records of the same person. */
  double[] priorM();

  /** Starting probability of each level for records of different people. */
  double[] priorU();
}
