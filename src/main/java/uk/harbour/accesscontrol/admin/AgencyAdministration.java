package uk.harbour.accesscontrol.admin;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.harbour.accesscontrol.Directory;
import uk.harbour.shared.AgencyId;
import uk.harbour.shared.RecordNotFoundException;
import uk.harbour.shared.StaleRecordException;

/** Administrators' changes to agencies, each one audited ({@link AgencyChanged}). */
@Service
class AgencyAdministration {

  private final Directory directory;
  private final AgencyRepository records;
  private final ApplicationEventPublisher events;

  AgencyAdministration(
      Directory directory, AgencyRepository records, ApplicationEventPublisher events) {
    this.directory = directory;
    this.records = records;
    this.events = events;
  }

  @Transactional
  public AgencyId create(AgencyForm form) {
    AgencyId id = directory.createAgency(form.getName().strip(), form.agencyKind());
    events.publishEvent(new AgencyChanged(id, true, form.agencyKind()));
    return id;
  }

  @Transactional
  public void update(AgencyId id, AgencyForm form) {
    if (!records.update(id, form.getName().strip(), form.agencyKind(), form.openedVersion())) {
      records.find(id).orElseThrow(() -> new RecordNotFoundException("agency"));
      throw new StaleRecordException(null, null);
    }
    events.publishEvent(new AgencyChanged(id, false, form.agencyKind()));
  }
}
