package uk.harbour.intake;

/**
 * What only a public or business report has. Contact details, when given, are for screening
 * officers only.
 *
 * @param peopleDescription the people involved, described in the reporter's words
 */
record PublicDetails(
    DangerNow dangerNow,
    ReporterKind reporterKind,
    String businessName,
    String peopleDescription,
    String contactName,
    String contactPhone,
    String contactEmail) {

  static final PublicDetails NONE = new PublicDetails(null, null, null, null, null, null, null);

  boolean hasContact() {
    return contactName != null || contactPhone != null || contactEmail != null;
  }
}
