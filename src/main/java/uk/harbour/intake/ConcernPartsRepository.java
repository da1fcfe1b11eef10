package uk.harbour.intake;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.harbour.intake.Connections.OnlineAccount;
import uk.harbour.intake.Connections.PersonOfConcern;
import uk.harbour.intake.Connections.Phone;
import uk.harbour.intake.Connections.Place;
import uk.harbour.intake.Connections.Vehicle;
import uk.harbour.shared.Indicator;

/**
 * The repeating parts of a concern (people of concern, vehicles, phones, online accounts, places)
 * and its observations, one table each. A save replaces them all.
 */
@Repository
class ConcernPartsRepository {

  private final JdbcClient jdbc;

  ConcernPartsRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void replace(UUID concern, Connections c, Map<Indicator, String> observations) {
    for (String table :
        List.of(
            "concern_person",
            "concern_vehicle",
            "concern_phone",
            "concern_online_account",
            "concern_place",
            "concern_observation")) {
      jdbc.sql("DELETE FROM " + table + " WHERE concern_id = ?").param(concern).update();
    }
    for (int i = 0; i < c.people().size(); i++) {
      PersonOfConcern p = c.people().get(i);
      insert(
          "concern_person (concern_id, position, names, nicknames, description, approximate_age)",
          concern,
          i,
          p.names(),
          p.nicknames(),
          p.description(),
          p.approximateAge());
    }
    for (int i = 0; i < c.vehicles().size(); i++) {
      Vehicle v = c.vehicles().get(i);
      insert(
          "concern_vehicle (concern_id, position, registration, description)",
          concern,
          i,
          v.registration(),
          v.description());
    }
    for (int i = 0; i < c.phones().size(); i++) {
      Phone p = c.phones().get(i);
      insert(
          "concern_phone (concern_id, position, number, notes)", concern, i, p.number(), p.notes());
    }
    for (int i = 0; i < c.accounts().size(); i++) {
      OnlineAccount a = c.accounts().get(i);
      insert(
          "concern_online_account (concern_id, position, platform, handle)",
          concern,
          i,
          a.platform(),
          a.handle());
    }
    for (int i = 0; i < c.places().size(); i++) {
      Place p = c.places().get(i);
      insert(
          "concern_place (concern_id, position, name, description)",
          concern,
          i,
          p.name(),
          p.description());
    }
    observations.forEach(
        (indicator, note) ->
            jdbc.sql(
                    "INSERT INTO concern_observation (concern_id, indicator, note) VALUES (?, ?, ?)")
                .params(concern, indicator.name(), note)
                .update());
  }

  Connections connections(UUID concern) {
    return new Connections(
        list(
            "SELECT names, nicknames, description, approximate_age FROM concern_person",
            concern,
            (rs, n) ->
                new PersonOfConcern(
                    rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4))),
        list(
            "SELECT registration, description FROM concern_vehicle",
            concern,
            (rs, n) -> new Vehicle(rs.getString(1), rs.getString(2))),
        list(
            "SELECT number, notes FROM concern_phone",
            concern,
            (rs, n) -> new Phone(rs.getString(1), rs.getString(2))),
        list(
            "SELECT platform, handle FROM concern_online_account",
            concern,
            (rs, n) -> new OnlineAccount(rs.getString(1), rs.getString(2))),
        list(
            "SELECT name, description FROM concern_place",
            concern,
            (rs, n) -> new Place(rs.getString(1), rs.getString(2))));
  }

  Map<Indicator, String> observations(UUID concern) {
    Map<Indicator, String> notes = new EnumMap<>(Indicator.class);
    jdbc.sql("SELECT indicator, note FROM concern_observation WHERE concern_id = ?")
        .param(concern)
        .query(
            rs -> {
              Indicator indicator = Indicator.parse(rs.getString("indicator"));
              if (indicator != null) {
                notes.put(indicator, rs.getString("note"));
              }
            });
    return notes;
  }

  private void insert(String into, UUID concern, int position, Object... values) {
    List<Object> params = new ArrayList<>();
    params.add(concern);
    params.add(position);
    params.addAll(java.util.Arrays.asList(values));
    String marks = String.join(", ", java.util.Collections.nCopies(params.size(), "?"));
    jdbc.sql("INSERT INTO " + into + " VALUES (" + marks + ")").params(params).update();
  }

  private <T> List<T> list(String select, UUID concern, RowMapper<T> mapper) {
    return jdbc.sql(select + " WHERE concern_id = ? ORDER BY position")
        .param(concern)
        .query(mapper)
        .list();
  }
}
