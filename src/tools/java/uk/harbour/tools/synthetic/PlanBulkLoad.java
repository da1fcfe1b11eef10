package uk.harbour.tools.synthetic;

import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.harbour.cases.plan.PlanSection;

/**
 * Plans in bulk, for the synthetic data generator only: for each case a plan (most finalised) with
 * its section texts and the young person's version, four actions led by disruption (some done, some
 * overdue), one progress measure recorded three times and one or two reviews.
 */
@Service
public class PlanBulkLoad {

  private static final String[] SECTIONS = {
    "DISRUPTION",
    "PRIORITIES",
    "YOUNG_PERSON_SUPPORT",
    "FAMILY_SUPPORT",
    "EDUCATION_HEALTH",
    PlanSection.YOUNG_PERSON_VERSION
  };

  private static final String[] TEXTS = {
    "Police to serve an abduction warning notice on the adult and check the car seen at school.",
    "I want to stay at my school and see my friends without him turning up.",
    "Weekly sessions with the key worker; help to report messages straight away.",
    "Support for mum to use parental controls and to know who to call out of hours.",
    "School to give a safe adult at lunchtimes; sexual health nurse to offer a check-up.",
    "We will meet every week. The police are working to stop the man contacting you."
  };

  private static final String[][] ACTIONS = {
    {"DISRUPTION", "Serve an abduction warning notice on the adult", "Police CE team"},
    {"DISRUPTION", "Share the car registration with the licensing team", "Police CE team"},
    {"YOUNG_PERSON_SUPPORT", "Weekly one-to-one sessions", "CSE service"},
    {"EDUCATION_HEALTH", "Offer a sexual health check-up", "Health"}
  };

  private final JdbcClient jdbc;
  private final ApplicationEventPublisher events;

  PlanBulkLoad(JdbcClient jdbc, ApplicationEventPublisher events) {
    this.jdbc = jdbc;
    this.events = events;
  }

  /** Writes a plan for each case. */
  @Transactional
  public void create(List<SyntheticWork> work) {
    SyntheticWork.Arrays a = SyntheticWork.columns(work);
    jdbc.sql(
            """
            INSERT INTO plan (id, case_id, finalised_at, finalised_by_name, version, created_at,
                              updated_at, updated_by, updated_by_name)
            SELECT gen_random_uuid(), case_id,
                   CASE WHEN random() < 0.85 THEN least(opened + interval '40 days', now()) END,
                   worker_name, 3, opened + interval '35 days',
                   least(opened + interval '40 days', now()), worker, worker_name
              FROM unnest(:cases::uuid[], :workers::uuid[], :workerNames::text[],
                          :opened::timestamptz[]) AS w(case_id, worker, worker_name, opened)
            """)
        .params(a.params())
        .update();
    jdbc.sql(
            """
            INSERT INTO plan_text (plan_id, section, body)
            SELECT p.id, t.section, t.body FROM plan p
             CROSS JOIN unnest(:sections::text[], :texts::text[]) AS t(section, body)
             WHERE p.case_id = ANY(:cases::uuid[])
            """)
        .param("sections", SECTIONS)
        .param("texts", TEXTS)
        .param("cases", a.cases())
        .update();
    String[] sections = new String[ACTIONS.length];
    String[] whats = new String[ACTIONS.length];
    String[] agencies = new String[ACTIONS.length];
    for (int i = 0; i < ACTIONS.length; i++) {
      sections[i] = ACTIONS[i][0];
      whats[i] = ACTIONS[i][1];
      agencies[i] = ACTIONS[i][2];
    }
    jdbc.sql(
            """
            INSERT INTO plan_action (id, plan_id, section, what, owner_name, owner_agency, due_on,
                                     status, outcome, version, created_at, created_by_name,
                                     updated_at, updated_by_name, request_key)
            SELECT gen_random_uuid(), p.id, x.section, x.what, p.updated_by_name, x.agency,
                   (p.created_at + (x.n * 14 || ' days')::interval)::date,
                   CASE WHEN r < 0.4 THEN 'DONE' WHEN r < 0.8 THEN 'IN_PROGRESS'
                        WHEN r < 0.95 THEN 'NOT_STARTED' ELSE 'NO_LONGER_NEEDED' END,
                   CASE WHEN r < 0.4 THEN 'Done and recorded in the chronology' END,
                   1, p.created_at, p.updated_by_name, p.updated_at, p.updated_by_name,
                   gen_random_uuid()
              FROM plan p
             CROSS JOIN unnest(:sections::text[], :whats::text[], :agencies::text[])
                   WITH ORDINALITY AS x(section, what, agency, n)
             CROSS JOIN LATERAL (SELECT random() + 0 * x.n AS r) rr
             WHERE p.case_id = ANY(:cases::uuid[])
            """)
        .param("sections", sections)
        .param("whats", whats)
        .param("agencies", agencies)
        .param("cases", a.cases())
        .update();
    writeProgress(a);
    events.publishEvent(SyntheticWork.created("plans", work.size()));
  }

  private void writeProgress(SyntheticWork.Arrays a) {
    jdbc.sql(
            """
            INSERT INTO plan_measure (id, plan_id, name, created_at, created_by_name, request_key)
            SELECT gen_random_uuid(), p.id, 'How safe they feel in town, in their words and rating',
                   p.created_at, p.updated_by_name, gen_random_uuid()
              FROM plan p WHERE p.case_id = ANY(:cases::uuid[])
            """)
        .param("cases", a.cases())
        .update();
    jdbc.sql(
            """
            INSERT INTO plan_measure_point (id, measure_id, recorded_on, value, note, recorded_at,
                                            recorded_by_name, request_key)
            SELECT gen_random_uuid(), m.id, (m.created_at + (g * 21 || ' days')::interval)::date,
                   least(10, 2 + g * 2 + floor(random() * 2)::int), 'Said at the weekly session',
                   m.created_at + (g * 21 || ' days')::interval, m.created_by_name,
                   gen_random_uuid()
              FROM plan_measure m JOIN plan p ON p.id = m.plan_id
             CROSS JOIN generate_series(1, 3) AS g
             WHERE p.case_id = ANY(:cases::uuid[])
               AND m.created_at + (g * 21 || ' days')::interval < now()
            """)
        .param("cases", a.cases())
        .update();
    jdbc.sql(
            """
            INSERT INTO plan_review (id, plan_id, held_on, attendees, young_person_part,
                                     young_person_views, family_part, family_views, decisions,
                                     next_review_on, recorded_at, recorded_by_name, request_key)
            SELECT gen_random_uuid(), p.id, (p.created_at + (g * 28 || ' days')::interval)::date,
                   'Key worker (CSE service); police officer (Police CE team); school lead',
                   CASE WHEN g = 1 THEN 'ATTENDED' ELSE 'VIEWS_SHARED_BEFORE' END,
                   'I want him to leave me alone. School is better now.',
                   'ATTENDED', 'Mum feels more able to help.',
                   'Keep the disruption actions; review the school support.',
                   (p.created_at + ((g + 1) * 28 || ' days')::interval)::date,
                   p.created_at + (g * 28 || ' days')::interval, p.updated_by_name,
                   gen_random_uuid()
              FROM plan p
             CROSS JOIN generate_series(1, 2) AS g
             WHERE p.case_id = ANY(:cases::uuid[]) AND (g = 1 OR random() < 0.5)
               AND p.created_at + (g * 28 || ' days')::interval < now()
            """)
        .param("cases", a.cases())
        .update();
  }
}
