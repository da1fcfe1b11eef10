package uk.harbour.people;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import uk.harbour.accesscontrol.AccessPolicy;
import uk.harbour.audit.RecordChildren;
import uk.harbour.audit.RecordNames;
import uk.harbour.shared.ChildId;

/**
 * Names children's records on the audit pages by their Harbour reference ({@code HBR-000123}),
 * nothing more: a data protection officer reading who did what recognises the record without its
 * internal id, and learns nothing about the child.
 */
@Component
class ChildRecordNames implements RecordNames {

  private final ChildRepository repository;

  ChildRecordNames(ChildRepository repository) {
    this.repository = repository;
  }

  @Override
  public Map<String, String> names(String recordType, Collection<String> ids) {
    Map<String, String> names = new HashMap<>();
    if (!AccessPolicy.CHILD.equals(recordType)) {
      return names;
    }
    for (String id : ids) {
      RecordChildren.idOf(id)
          .flatMap(uuid -> repository.find(new ChildId(uuid)))
          .ifPresent(child -> names.put(id, child.reference()));
    }
    return names;
  }
}
