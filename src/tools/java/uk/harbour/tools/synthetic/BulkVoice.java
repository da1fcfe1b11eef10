package uk.harbour.tools.synthetic;

import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Writes synthetic voice entries in one statement: the young person's words, spread over the case's
 * life, gathered by the key worker, with their consent choices, their own view of their safety and
 * sometimes their own 0 to 10 rating.
 */
final class BulkVoice {

  private static final String[] WORDS = {
    "I want to finish school and go to college.",
    "I feel safer since I changed my number.",
    "I don't want my dad to know yet.",
    "He said he loved me and then made me do things I didn't want to do.",
    "I like it when we go for food and just talk.",
    "I want the police to stop him contacting my little sister."
  };

  private static final String[] SAFETY = {
    "Better than before", "Not safe when I'm in town", "Safe at home, not online", "Getting there"
  };

  private final JdbcClient jdbc;

  BulkVoice(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void write(UUID[] cases, String[] opened, String[] ends, String[] workerNames, int[] counts) {
    jdbc.sql(
            """
            INSERT INTO voice_entry (id, case_id, their_words, said_on, how_gathered, gathered_by,
                                     consent_to_record, consent_to_share, safety_in_their_words,
                                     safety_rating, wishes_about_sharing, recorded_at,
                                     recorded_by_name)
            SELECT gen_random_uuid(), case_id,
                   (:words::text[])[1 + floor(r * :wordCount)::int],
                   (at AT TIME ZONE 'Europe/London')::date,
                   CASE WHEN r2 < 0.7 THEN 'CONVERSATION' WHEN r2 < 0.85 THEN 'MESSAGE' ELSE 'WROTE_IT_THEMSELVES' END, worker,
                   'AGREED', CASE WHEN r2 < 0.8 THEN 'AGREED' ELSE 'AGREED_WITH_LIMITS' END,
                   (:safety::text[])[1 + floor(r2 * :safetyCount)::int],
                   CASE WHEN r < 0.6 THEN floor(r2 * 11)::int END,
                   CASE WHEN r2 > 0.85 THEN 'Only my key worker and the school nurse' END,
                   at, worker
              FROM (SELECT c.case_id, c.worker,
                           c.opened + (c.ends - c.opened) * (g::float8 / (c.n + 1)) AS at,
                           random() AS r, random() AS r2
                      FROM unnest(:cases::uuid[], :opened::timestamptz[], :ends::timestamptz[],
                                  :workers::text[], :counts::int[])
                           AS c(case_id, opened, ends, worker, n)
                     CROSS JOIN LATERAL generate_series(1, c.n) AS g) v
            """)
        .param("words", WORDS)
        .param("wordCount", WORDS.length)
        .param("safety", SAFETY)
        .param("safetyCount", SAFETY.length)
        .param("cases", cases)
        .param("opened", opened)
        .param("ends", ends)
        .param("workers", workerNames)
        .param("counts", counts)
        .update();
  }
}
