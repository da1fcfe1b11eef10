package uk.harbour.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.harbour.intelligence.EntityKind;
import uk.harbour.intelligence.IntelligenceSource;
import uk.harbour.shared.RecordNotFoundException;

/**
 * Intelligence started from a concern carries over, without retyping, what happened, the child it
 * is linked to and the people, vehicles, phones, accounts and places it names. Only for someone who
 * may see the concern; the read is audited as a view of it.
 */
@Component
class ConcernAsIntelligence implements IntelligenceSource {

  private final Concerns concerns;

  ConcernAsIntelligence(Concerns concerns) {
    this.concerns = concerns;
  }

  @Override
  public String kind() {
    return ConcernAccess.RECORD_TYPE;
  }

  @Override
  @Transactional(noRollbackFor = RecordNotFoundException.class)
  public Optional<Prefill> prefill(UUID recordId) {
    Concern concern;
    try {
      concern = concerns.view(recordId);
    } catch (RecordNotFoundException notSeen) {
      return Optional.empty();
    }
    if (concern.isDraft()) {
      return Optional.empty();
    }
    WhatHappened happened = concern.details().happened();
    String words =
        String.join(
                "\n\n",
                java.util.stream.Stream.of(happened.account(), happened.where(), happened.when())
                    .filter(w -> w != null && !w.isBlank())
                    .toList())
            .strip();
    List<Row> rows = rows(concern.details().connections());
    if (concern.fromPublic()) {
      rows.addAll(fromPublic(concern.details()));
    }
    return Optional.of(
        new Prefill(
            words, concern.childId() == null ? List.of() : List.of(concern.childId()), rows));
  }

  /**
   * A member of the public describes the adults in their own words and says where it happened,
   * rather than filling in rows: those carry over as a person (described, for the submitter to
   * name) and a place, unless the concern's rows already name one.
   */
  private static List<Row> fromPublic(ConcernDetails details) {
    List<Row> rows = new ArrayList<>();
    PublicDetails pub = details.publicDetails();
    String people = pub == null ? null : pub.peopleDescription();
    if (people != null && !people.isBlank() && details.connections().people().isEmpty()) {
      rows.add(new Row(EntityKind.PERSON, "", "", "", "", "", "", "", "", people.strip()));
    }
    String where = details.happened().where();
    if (where != null && !where.isBlank() && details.connections().places().isEmpty()) {
      rows.add(new Row(EntityKind.PLACE, "", "", "", "", "", "", "", where.strip(), ""));
    }
    return rows;
  }

  private static List<Row> rows(Connections connections) {
    List<Row> rows = new ArrayList<>();
    for (Connections.PersonOfConcern p : connections.people()) {
      rows.add(
          new Row(
              EntityKind.PERSON,
              p.names(),
              p.nicknames(),
              p.approximateAge(),
              "",
              "",
              "",
              "",
              "",
              p.description()));
    }
    for (Connections.Vehicle v : connections.vehicles()) {
      rows.add(
          new Row(
              EntityKind.VEHICLE, "", "", "", v.registration(), "", "", "", "", v.description()));
    }
    for (Connections.Phone p : connections.phones()) {
      rows.add(new Row(EntityKind.PHONE, "", "", "", "", p.number(), "", "", "", p.notes()));
    }
    for (Connections.OnlineAccount a : connections.accounts()) {
      rows.add(
          new Row(EntityKind.ONLINE_ACCOUNT, "", "", "", "", "", a.platform(), a.handle(), "", ""));
    }
    for (Connections.Place p : connections.places()) {
      rows.add(new Row(EntityKind.PLACE, "", "", "", "", "", "", "", p.name(), p.description()));
    }
    return rows;
  }
}
