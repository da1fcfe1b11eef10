package uk.harbour.cases.plan;

/**
 * The sections of a plan, disruption first: the plan's weight falls on stopping the people who harm
 * the young person. Labels in messages/cases/plan.properties ({@code plan.section.<NAME>}).
 */
public enum PlanSection {
  DISRUPTION,
  PRIORITIES,
  YOUNG_PERSON_SUPPORT,
  FAMILY_SUPPORT,
  EDUCATION_HEALTH,
  JUSTICE,
  OTHER_CHILDREN;

  /** The key of the young person's own, plain-language version of the plan in plan_text. */
  public static final String YOUNG_PERSON_VERSION = "YOUNG_PERSON_VERSION";

  /** The longest text any free-text field in a plan may hold. */
  public static final int MAX_LENGTH = 10_000;
}
