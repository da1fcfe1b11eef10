package uk.harbour.tools.synthetic;

import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Writes synthetic chronologies in one statement: each case starts with its opening and its key
 * worker's allocation, ends with its step-down or closure if it had one, and in between has a mix
 * of written entries (routine, significant, critical) and automatic ones (concerns, screening,
 * voice, assessment, plan, reviews, missing episodes), spread evenly over the case's life.
 */
final class BulkChronology {

  /** The kinds between the first two and the last, weighted: written entries about half. */
  private static final String[] MIDDLE_KINDS = {
    "MANUAL",
    "MANUAL",
    "MANUAL",
    "MANUAL",
    "MANUAL",
    "MANUAL",
    "MANUAL",
    "MANUAL",
    "MANUAL",
    "MANUAL",
    "CONCERN",
    "CONCERN",
    "VOICE",
    "VOICE",
    "SCREENING_DECISION",
    "ASSESSMENT",
    "PLAN",
    "REVIEW",
    "MISSING_EPISODE",
    "STATUS_CHANGE"
  };

  private static final String[] WRITTEN = {
    "Met at school; talked about what has been happening at home and online.",
    "An adult was seen waiting outside the youth club again. Police informed and the car's"
        + " registration passed on.",
    "Went missing overnight; found safe the next morning. Return home interview offered.",
    "Enjoyed the football session and asked to come again next week.",
    "Phone call with their mum about the new school timetable and transport.",
    "Strategy discussion with police and health; disruption actions agreed against the adult"
        + " involved.",
    "Sexual health nurse saw them at the drop-in; follow-up appointment booked.",
    "Told their teacher that older men had been messaging them. School shared the screenshots."
  };

  private final JdbcClient jdbc;

  BulkChronology(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void write(
      UUID[] cases,
      String[] opened,
      String[] ends,
      String[] statuses,
      String[] workerNames,
      int[] counts) {
    jdbc.sql(
            """
            INSERT INTO chronology_entry (id, case_id, kind, occurred_on, occurred_at, summary,
                                          significance, link, recorded_at, recorded_by_name,
                                          young_person_view, young_person_view_at,
                                          young_person_view_by_name)
            SELECT gen_random_uuid(), case_id, kind, (at AT TIME ZONE 'Europe/London')::date,
                   CASE WHEN kind <> 'MANUAL' THEN at END,
                   CASE kind
                     WHEN 'MANUAL' THEN (:written::text[])[1 + floor(r * :writtenCount)::int]
                     WHEN 'CASE_OPENED' THEN 'Case opened'
                     WHEN 'ALLOCATION' THEN worker || ' allocated as key worker'
                     WHEN 'CONCERN' THEN 'Concern from the school added to the case'
                     WHEN 'SCREENING_DECISION' THEN 'Screening decision: referral to the CSE service'
                     WHEN 'VOICE' THEN 'The young person''s words recorded, gathered by ' || worker
                     WHEN 'ASSESSMENT' THEN 'Assessment version submitted'
                     WHEN 'PLAN' THEN 'Plan updated: disruption actions reviewed'
                     WHEN 'REVIEW' THEN 'Plan review held; next review in four weeks'
                     WHEN 'MISSING_EPISODE' THEN 'Missing episode recorded; found safe by police'
                     WHEN 'CLOSURE' THEN 'Case closed: support goals met'
                     ELSE 'Case stepped down to early help'
                   END,
                   CASE
                     WHEN kind = 'MANUAL' AND r2 < 0.6 THEN 'ROUTINE'
                     WHEN kind = 'MANUAL' AND r2 < 0.9 THEN 'SIGNIFICANT'
                     WHEN kind = 'MANUAL' THEN 'CRITICAL'
                     WHEN kind IN ('CONCERN', 'SCREENING_DECISION', 'CASE_OPENED', 'ALLOCATION',
                                   'CLOSURE', 'MISSING_EPISODE') THEN 'SIGNIFICANT'
                     ELSE 'ROUTINE'
                   END,
                   CASE kind
                     WHEN 'VOICE' THEN '/cases/' || case_id || '/voice'
                     WHEN 'ASSESSMENT' THEN '/cases/' || case_id || '/assessment'
                     WHEN 'PLAN' THEN '/cases/' || case_id || '/plan'
                     WHEN 'REVIEW' THEN '/cases/' || case_id || '/plan'
                   END,
                   at, CASE WHEN kind = 'MANUAL' THEN worker ELSE 'Harbour' END,
                   CASE WHEN kind = 'MANUAL' AND r2 > 0.9 THEN 'I didn''t know who to tell.' END,
                   CASE WHEN kind = 'MANUAL' AND r2 > 0.9 THEN at END,
                   CASE WHEN kind = 'MANUAL' AND r2 > 0.9 THEN worker END
              FROM (SELECT c.case_id, c.worker,
                           c.opened + (c.ends - c.opened) * ((g - 1)::float8 / c.n) AS at,
                           CASE
                             WHEN g = 1 THEN 'CASE_OPENED'
                             WHEN g = 2 THEN 'ALLOCATION'
                             WHEN g = c.n AND c.status = 'CLOSED' THEN 'CLOSURE'
                             WHEN g = c.n AND c.status = 'STEPPED_DOWN' THEN 'STATUS_CHANGE'
                             ELSE (:kinds::text[])[1 + floor(random() * :kindCount)::int]
                           END AS kind,
                           random() AS r, random() AS r2
                      FROM unnest(:cases::uuid[], :opened::timestamptz[], :ends::timestamptz[],
                                  :statuses::text[], :workers::text[], :counts::int[])
                           AS c(case_id, opened, ends, status, worker, n)
                     CROSS JOIN LATERAL generate_series(1, c.n) AS g) e
            """)
        .param("written", WRITTEN)
        .param("writtenCount", WRITTEN.length)
        .param("kinds", MIDDLE_KINDS)
        .param("kindCount", MIDDLE_KINDS.length)
        .param("cases", cases)
        .param("opened", opened)
        .param("ends", ends)
        .param("statuses", statuses)
        .param("workers", workerNames)
        .param("counts", counts)
        .update();
  }
}
