package uk.harbour.tools.synthetic;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.harbour.accesscontrol.AccessPolicy;
import uk.harbour.audit.AuditAction;
import uk.harbour.audit.AuditOutcome;
import uk.harbour.audit.Audited;
import uk.harbour.people.ChildDetails;
import uk.harbour.shared.ChildId;

/**
 * Children's records in bulk, for the synthetic data generator only: thousands in one statement,
 * each with its own Harbour reference, marked as made by {@link #BY_NAME}. One audit event per call
 * says how many were created.
 */
@Service
public class ChildBulkLoad {

  /** Who the generated records say created them; what tells them apart from real ones. */
  public static final String BY_NAME = "Synthetic generator";

  private final JdbcClient jdbc;
  private final ApplicationEventPublisher events;

  ChildBulkLoad(JdbcClient jdbc, ApplicationEventPublisher events) {
    this.jdbc = jdbc;
    this.events = events;
  }

  /** Creates the records and returns their ids in the same order. */
  @Transactional
  public List<ChildId> create(List<ChildDetails> children, Instant createdAt) {
    int n = children.size();
    UUID[] ids = new UUID[n];
    String[] first = new String[n];
    String[] last = new String[n];
    String[] other = new String[n];
    String[] born = new String[n];
    String[] sex = new String[n];
    String[] ethnicity = new String[n];
    String[] disability = new String[n];
    String[] care = new String[n];
    String[] postcode = new String[n];
    String[] school = new String[n];
    for (int i = 0; i < n; i++) {
      ChildDetails d = children.get(i);
      ids[i] = UUID.randomUUID();
      first[i] = d.firstName();
      last[i] = d.lastName();
      other[i] = d.otherNames();
      born[i] = d.dateOfBirth() == null ? null : d.dateOfBirth().toString();
      sex[i] = name(d.sex());
      ethnicity[i] = name(d.ethnicity());
      disability[i] = name(d.disability());
      care[i] = name(d.careStatus());
      postcode[i] = d.postcode();
      school[i] = d.school();
    }
    jdbc.sql(
            """
            INSERT INTO child (id, reference, first_name, last_name, other_names, date_of_birth,
                               sex, ethnicity, disability, care_status, postcode, school,
                               created_at, updated_at, updated_by_name, version)
            SELECT id, 'HBR-' || to_char(nextval('child_reference_seq'), 'FM000000'), first_name,
                   last_name, other_names, date_of_birth, sex, ethnicity, disability, care_status,
                   postcode, school, :at, :at, :by, 0
              FROM unnest(:ids::uuid[], :first::text[], :last::text[], :other::text[],
                          :born::date[], :sex::text[], :ethnicity::text[], :disability::text[],
                          :care::text[], :postcode::text[], :school::text[])
                   WITH ORDINALITY
                   AS c(id, first_name, last_name, other_names, date_of_birth, sex, ethnicity,
                        disability, care_status, postcode, school, n)
             ORDER BY n
            """)
        .param("at", Timestamp.from(createdAt))
        .param("by", BY_NAME)
        .param("ids", ids)
        .param("first", first)
        .param("last", last)
        .param("other", other)
        .param("born", born)
        .param("sex", sex)
        .param("ethnicity", ethnicity)
        .param("disability", disability)
        .param("care", care)
        .param("postcode", postcode)
        .param("school", school)
        .update();
    events.publishEvent(
        new Audited(
            AuditAction.CREATE,
            AccessPolicy.CHILD,
            null,
            AuditOutcome.SUCCEEDED,
            null,
            "synthetic children created: " + n));
    return Arrays.stream(ids).map(ChildId::new).toList();
  }

  /** How many children's records the generator did not make. */
  public long countNotGenerated() {
    return jdbc.sql("SELECT count(*) FROM child WHERE updated_by_name IS DISTINCT FROM ?")
        .param(BY_NAME)
        .query(Long.class)
        .single();
  }

  private static String name(Enum<?> e) {
    return e == null ? null : e.name();
  }
}
