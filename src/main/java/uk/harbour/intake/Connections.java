package uk.harbour.intake;

import java.util.List;

/**
 * The people, vehicles, phones, online accounts and places a concern mentions: what intelligence
 * work and disruption build on. Rows are kept in the order typed; empty rows are not kept.
 */
record Connections(
    List<PersonOfConcern> people,
    List<Vehicle> vehicles,
    List<Phone> phones,
    List<OnlineAccount> accounts,
    List<Place> places) {

  static final Connections NONE =
      new Connections(List.of(), List.of(), List.of(), List.of(), List.of());

  Connections {
    people = List.copyOf(people);
    vehicles = List.copyOf(vehicles);
    phones = List.copyOf(phones);
    accounts = List.copyOf(accounts);
    places = List.copyOf(places);
  }

  boolean isEmpty() {
    return people.isEmpty()
        && vehicles.isEmpty()
        && phones.isEmpty()
        && accounts.isEmpty()
        && places.isEmpty();
  }

  /** Someone suspected of harming children: not a "perpetrator" unless convicted. */
  record PersonOfConcern(
      String names, String nicknames, String description, String approximateAge) {}

  /** A vehicle; the registration may be partial ("BD5? ?XK"). */
  record Vehicle(String registration, String description) {}

  record Phone(String number, String notes) {}

  record OnlineAccount(String platform, String handle) {}

  record Place(String name, String description) {}
}
