package uk.harbour.intake;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.validation.Errors;
import uk.harbour.intake.ConcernRowsForm.VehicleRow;
import uk.harbour.people.Sex;

/**
 * The public and business report, as typed: only what a member of the public can know. The {@code
 * website} field is a honeypot hidden from people; only automated senders fill it in.
 */
class ReportForm extends HappenedForm {

  static final int VEHICLE_ROWS = 2;

  private String website;
  private DangerNow dangerNow;
  private String childName;
  private String childAge;
  private Sex childSex;
  private String childDescription;
  private String peopleDescription;
  private List<VehicleRow> vehicles = new ArrayList<>();
  private ReporterKind reporterKind;
  private String businessName;
  private String contactName;
  private String contactPhone;
  private String contactEmail;

  static ReportForm blank() {
    ReportForm f = new ReportForm();
    f.padRows();
    return f;
  }

  void padRows() {
    ConcernRowsForm.pad(vehicles, VEHICLE_ROWS, VehicleRow::new);
  }

  /** Whether the hidden honeypot field was filled in: the sender is almost certainly a program. */
  boolean isAutomated() {
    return !Text.blank(website);
  }

  void validate(Errors errors, LocalDate today) {
    if (Text.blank(getWhatHappened())) {
      errors.rejectValue("whatHappened", "intake.report.error.whatHappened.required");
    }
    Text.maxLength(errors, "whatHappened", getWhatHappened(), Text.ACCOUNT_MAX, "whatHappened");
    ConcernFormValidator.happenedOn(errors, getHappenedOn().parts(), today);
    Text.maxLength(errors, "happenedWhen", getHappenedWhen(), Text.SHORT_MAX, "happenedWhen");
    Text.maxLength(errors, "happenedWhere", getHappenedWhere(), Text.ADDRESS_MAX, "happenedWhere");
    if (dangerNow == null) {
      errors.rejectValue("dangerNow", "intake.report.error.dangerNow.required");
    }
    Text.maxLength(errors, "childName", childName, Text.OTHER_NAMES_MAX, "childName");
    if (!Text.blank(childAge) && Text.age(childAge) == null) {
      errors.rejectValue("childAge", "intake.report.error.childAge.invalid");
    }
    Text.maxLength(errors, "childDescription", childDescription, Text.TEXT_MAX, "childDescription");
    Text.maxLength(
        errors, "peopleDescription", peopleDescription, Text.TEXT_MAX, "peopleDescription");
    ConcernRowsForm.checkLengths(errors, ConcernRowsForm.Group.VEHICLES, vehicles);
    Text.maxLength(errors, "otherChildren", getOtherChildren(), Text.TEXT_MAX, "otherChildren");
    Text.maxLength(errors, "businessName", businessName, Text.SHORT_MAX, "businessName");
    Text.maxLength(errors, "contactName", contactName, Text.NAME_MAX, "contactName");
    if (!Text.blank(contactPhone) && !contactPhone.strip().matches("[0-9 +()\\-]{6,40}")) {
      errors.rejectValue("contactPhone", "intake.report.error.contactPhone.invalid");
    }
    if (!Text.blank(contactEmail)
        && (contactEmail.length() > Text.EMAIL_MAX
            || !contactEmail.strip().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"))) {
      errors.rejectValue("contactEmail", "intake.report.error.contactEmail.invalid");
    }
  }

  ConcernDetails toDetails() {
    AboutWhom about =
        new AboutWhom(
            Text.blank(childName),
            null,
            null,
            Text.kept(childName),
            null,
            Text.age(childAge),
            childSex,
            null,
            null,
            null,
            Text.kept(childDescription));
    WhatHappened happened = happened(null, null, null, null, null);
    Connections connections =
        new Connections(
            List.of(),
            ConcernRowsForm.kept(vehicles, VehicleRow::toRecord),
            List.of(),
            List.of(),
            List.of());
    PublicDetails publicDetails =
        new PublicDetails(
            dangerNow,
            reporterKind,
            Text.kept(businessName),
            Text.kept(peopleDescription),
            Text.kept(contactName),
            Text.kept(contactPhone),
            Text.kept(contactEmail));
    return new ConcernDetails(about, happened, connections, Map.of(), publicDetails);
  }

  static String[] allowedFields() {
    List<String> fields =
        new ArrayList<>(
            List.of(
                "website",
                "dangerNow",
                "childName",
                "childAge",
                "childSex",
                "childDescription",
                "peopleDescription",
                "reporterKind",
                "businessName",
                "contactName",
                "contactPhone",
                "contactEmail"));
    fields.addAll(HappenedForm.FIELDS);
    fields.addAll(ConcernRowsForm.Group.VEHICLES.fields(VEHICLE_ROWS));
    return fields.toArray(String[]::new);
  }

  // Accessors for data binding.
  public String getWebsite() {
    return website;
  }

  public void setWebsite(String v) {
    website = v;
  }

  public DangerNow getDangerNow() {
    return dangerNow;
  }

  public void setDangerNow(DangerNow v) {
    dangerNow = v;
  }

  public String getChildName() {
    return childName;
  }

  public void setChildName(String v) {
    childName = v;
  }

  public String getChildAge() {
    return childAge;
  }

  public void setChildAge(String v) {
    childAge = v;
  }

  public Sex getChildSex() {
    return childSex;
  }

  public void setChildSex(Sex v) {
    childSex = v;
  }

  public String getChildDescription() {
    return childDescription;
  }

  public void setChildDescription(String v) {
    childDescription = v;
  }

  public String getPeopleDescription() {
    return peopleDescription;
  }

  public void setPeopleDescription(String v) {
    peopleDescription = v;
  }

  public List<VehicleRow> getVehicles() {
    return vehicles;
  }

  public void setVehicles(List<VehicleRow> v) {
    vehicles = v;
  }

  public ReporterKind getReporterKind() {
    return reporterKind;
  }

  public void setReporterKind(ReporterKind v) {
    reporterKind = v;
  }

  public String getBusinessName() {
    return businessName;
  }

  public void setBusinessName(String v) {
    businessName = v;
  }

  public String getContactName() {
    return contactName;
  }

  public void setContactName(String v) {
    contactName = v;
  }

  public String getContactPhone() {
    return contactPhone;
  }

  public void setContactPhone(String v) {
    contactPhone = v;
  }

  public String getContactEmail() {
    return contactEmail;
  }

  public void setContactEmail(String v) {
    contactEmail = v;
  }
}
