package uk.harbour.cases.plan;

/**
 * Someone who attended a plan review: their name, their agency, and their role or relationship to
 * the young person. The young person's and family's own part is recorded separately.
 *
 * @param agency an agency's name, or {@link #OTHER_AGENCY} for one Harbour does not list
 */
public record Attendee(String name, String agency, String role) {

  /** Stored when the attendee's agency is not one Harbour lists (the role says which). */
  public static final String OTHER_AGENCY = "OTHER";

  public boolean otherAgency() {
    return OTHER_AGENCY.equals(agency);
  }
}
