package uk.harbour.intake;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.harbour.intake.ConcernRowsForm.AccountRow;
import uk.harbour.intake.ConcernRowsForm.PersonRow;
import uk.harbour.intake.ConcernRowsForm.PhoneRow;
import uk.harbour.intake.ConcernRowsForm.PlaceRow;
import uk.harbour.intake.ConcernRowsForm.VehicleRow;
import uk.harbour.people.ChildIdentity;
import uk.harbour.shared.Indicator;

/** A practitioner's concern form, as typed. Values are kept exactly as entered. */
class ConcernForm extends HappenedForm {

  private boolean nameUnknown;
  private ChildIdentity child = new ChildIdentity();
  private String address;
  private String postcode;
  private String school;
  private String description;

  private InformationSource informationSource;
  private String passedOnBy;
  private Reliability reliability;
  private String reliabilityNotes;

  private List<PersonRow> people = new ArrayList<>();
  private List<VehicleRow> vehicles = new ArrayList<>();
  private List<PhoneRow> phones = new ArrayList<>();
  private List<AccountRow> accounts = new ArrayList<>();
  private List<PlaceRow> places = new ArrayList<>();
  private String actionTaken;
  private Map<String, String> observations = new LinkedHashMap<>();

  private int version;

  /** An empty form with its blank rows. */
  static ConcernForm blank() {
    ConcernForm f = new ConcernForm();
    f.padRows();
    return f;
  }

  static ConcernForm from(Concern concern) {
    ConcernDetails d = concern.details();
    AboutWhom a = d.about();
    WhatHappened w = d.happened();
    ConcernForm f = new ConcernForm();
    f.nameUnknown = a.nameUnknown();
    f.child =
        ChildIdentity.of(
            a.givenNames(),
            a.familyName(),
            a.otherNames(),
            a.dateOfBirth(),
            a.approximateAge(),
            a.sex());
    f.address = a.address();
    f.postcode = a.postcode();
    f.school = a.school();
    f.description = a.description();
    f.show(w);
    f.informationSource = w.source();
    f.passedOnBy = w.passedOnBy();
    f.reliability = w.reliability();
    f.reliabilityNotes = w.reliabilityNotes();
    f.actionTaken = w.actionTaken();
    Connections c = d.connections();
    c.people().forEach(p -> f.people.add(PersonRow.of(p)));
    c.vehicles().forEach(v -> f.vehicles.add(VehicleRow.of(v)));
    c.phones().forEach(p -> f.phones.add(PhoneRow.of(p)));
    c.accounts().forEach(x -> f.accounts.add(AccountRow.of(x)));
    c.places().forEach(p -> f.places.add(PlaceRow.of(p)));
    d.observations().forEach((indicator, note) -> f.observations.put(indicator.name(), note));
    f.version = concern.version();
    f.padRows();
    return f;
  }

  /** Adds blank rows so each group shows at least its minimum. */
  void padRows() {
    ConcernRowsForm.pad(people, ConcernRowsForm.Group.PEOPLE.minimumRows, PersonRow::new);
    ConcernRowsForm.pad(vehicles, ConcernRowsForm.Group.VEHICLES.minimumRows, VehicleRow::new);
    ConcernRowsForm.pad(phones, ConcernRowsForm.Group.PHONES.minimumRows, PhoneRow::new);
    ConcernRowsForm.pad(accounts, ConcernRowsForm.Group.ACCOUNTS.minimumRows, AccountRow::new);
    ConcernRowsForm.pad(places, ConcernRowsForm.Group.PLACES.minimumRows, PlaceRow::new);
  }

  /**
   * Adds one blank row to a group, up to the most allowed; returns false, adding nothing, when the
   * group already has that many.
   */
  boolean addRow(ConcernRowsForm.Group group) {
    List<? extends ConcernRowsForm.Row> rows = rows(group);
    if (rows.size() >= ConcernRowsForm.MAX_ROWS) {
      return false;
    }
    switch (group) {
      case PEOPLE -> ConcernRowsForm.pad(people, people.size() + 1, PersonRow::new);
      case VEHICLES -> ConcernRowsForm.pad(vehicles, vehicles.size() + 1, VehicleRow::new);
      case PHONES -> ConcernRowsForm.pad(phones, phones.size() + 1, PhoneRow::new);
      case ACCOUNTS -> ConcernRowsForm.pad(accounts, accounts.size() + 1, AccountRow::new);
      case PLACES -> ConcernRowsForm.pad(places, places.size() + 1, PlaceRow::new);
    }
    return true;
  }

  /** The rows of one group, as bound. */
  List<? extends ConcernRowsForm.Row> rows(ConcernRowsForm.Group group) {
    return switch (group) {
      case PEOPLE -> people;
      case VEHICLES -> vehicles;
      case PHONES -> phones;
      case ACCOUNTS -> accounts;
      case PLACES -> places;
    };
  }

  /** Whether nothing at all has been typed. */
  boolean isEmpty() {
    return toDetails()
        .equals(
            new ConcernDetails(
                AboutWhom.NOTHING,
                WhatHappened.NOTHING,
                Connections.NONE,
                Map.of(),
                PublicDetails.NONE));
  }

  ConcernDetails toDetails() {
    AboutWhom about =
        new AboutWhom(
            nameUnknown,
            Text.kept(child.getFirstName()),
            Text.kept(child.getLastName()),
            Text.kept(child.getOtherNames()),
            child.getDateOfBirth().date(),
            Text.age(child.getApproximateAge()),
            child.getSex(),
            Text.kept(address),
            Text.kept(postcode),
            Text.kept(school),
            Text.kept(description));
    WhatHappened happened =
        happened(
            informationSource,
            Text.kept(passedOnBy),
            reliability,
            Text.kept(reliabilityNotes),
            Text.kept(actionTaken));
    Connections connections =
        new Connections(
            ConcernRowsForm.kept(people, PersonRow::toRecord),
            ConcernRowsForm.kept(vehicles, VehicleRow::toRecord),
            ConcernRowsForm.kept(phones, PhoneRow::toRecord),
            ConcernRowsForm.kept(accounts, AccountRow::toRecord),
            ConcernRowsForm.kept(places, PlaceRow::toRecord));
    Map<Indicator, String> notes = new EnumMap<>(Indicator.class);
    observations.forEach(
        (name, note) -> {
          Indicator indicator = Indicator.parse(name);
          if (indicator != null && !Text.blank(note)) {
            notes.put(indicator, note);
          }
        });
    return new ConcernDetails(about, happened, connections, notes, PublicDetails.NONE);
  }

  // Accessors for data binding.
  public boolean isNameUnknown() {
    return nameUnknown;
  }

  public void setNameUnknown(boolean v) {
    nameUnknown = v;
  }

  public ChildIdentity getChild() {
    return child;
  }

  public void setChild(ChildIdentity v) {
    child = v;
  }

  public String getAddress() {
    return address;
  }

  public void setAddress(String v) {
    address = v;
  }

  public String getPostcode() {
    return postcode;
  }

  public void setPostcode(String v) {
    postcode = v;
  }

  public String getSchool() {
    return school;
  }

  public void setSchool(String v) {
    school = v;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String v) {
    description = v;
  }

  public InformationSource getInformationSource() {
    return informationSource;
  }

  public void setInformationSource(InformationSource v) {
    informationSource = v;
  }

  public String getPassedOnBy() {
    return passedOnBy;
  }

  public void setPassedOnBy(String v) {
    passedOnBy = v;
  }

  public Reliability getReliability() {
    return reliability;
  }

  public void setReliability(Reliability v) {
    reliability = v;
  }

  public String getReliabilityNotes() {
    return reliabilityNotes;
  }

  public void setReliabilityNotes(String v) {
    reliabilityNotes = v;
  }

  public List<PersonRow> getPeople() {
    return people;
  }

  public void setPeople(List<PersonRow> v) {
    people = v;
  }

  public List<VehicleRow> getVehicles() {
    return vehicles;
  }

  public void setVehicles(List<VehicleRow> v) {
    vehicles = v;
  }

  public List<PhoneRow> getPhones() {
    return phones;
  }

  public void setPhones(List<PhoneRow> v) {
    phones = v;
  }

  public List<AccountRow> getAccounts() {
    return accounts;
  }

  public void setAccounts(List<AccountRow> v) {
    accounts = v;
  }

  public List<PlaceRow> getPlaces() {
    return places;
  }

  public void setPlaces(List<PlaceRow> v) {
    places = v;
  }

  public String getActionTaken() {
    return actionTaken;
  }

  public void setActionTaken(String v) {
    actionTaken = v;
  }

  public Map<String, String> getObservations() {
    return observations;
  }

  public void setObservations(Map<String, String> v) {
    observations = v;
  }

  public int getVersion() {
    return version;
  }

  public void setVersion(int v) {
    version = v;
  }
}
