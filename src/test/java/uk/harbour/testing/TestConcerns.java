package uk.harbour.testing;

import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Concerns written straight into the database, for tests that need one waiting for screening
 * without going through the reporting form. All data synthetic.
 */
public final class TestConcerns {

  private TestConcerns() {}

  /**
   * A practitioner's concern the reporter submitted, awaiting screening and not linked to a child;
   * its reference starts with the prefix. Its id.
   */
  public static UUID submitted(
      JdbcClient jdbc, String reporter, String agency, String referencePrefix) {
    UUID id = UUID.randomUUID();
    jdbc.sql(
            """
            INSERT INTO concern (id, reference, source, status, reporter_id, reporter_name,
                                 reporter_agency, what_happened, created_at, updated_at,
                                 submitted_at)
            SELECT ?, ? || substr(?::text, 1, 8), 'PRACTITIONER', 'SUBMITTED', u.id,
                   u.display_name, ?, 'Seen with an adult who worries me', now(),
                   now(), now()
              FROM app_user u WHERE u.username = ?
            """)
        .params(id, referencePrefix, id, agency, reporter)
        .update();
    return id;
  }
}
