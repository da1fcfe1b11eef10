package uk.harbour.tools.synthetic;

import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Assessments in bulk, for the synthetic data generator only: for each case a working copy and one
 * submitted version about a month after the case opened (most signed off by the key worker's
 * manager), with narrative in several sections and a level of response with reasons. Nothing is
 * derived from indicator prompts; no prompt notes are written.
 */
@Service
public class AssessmentBulkLoad {

  private static final String[] FIELDS = {
    "NEEDS",
    "STRENGTHS",
    "HOPE",
    "FAMILY_VIEWS",
    "PEER_GROUP",
    "ONLINE",
    "LEVEL_REASONS",
    "FAMILY_SUMMARY"
  };

  private static final String[] BODIES = {
    "They need an adult they trust who keeps turning up, and help to stay in school.",
    "Funny, loyal to friends, good at art; wants to keep going to the youth club.",
    "To go to college and to feel safe in town again.",
    "Mum is worried and wants to help; she asked for advice on the phone and online apps.",
    "Some friends are being contacted by the same older men; the school is aware.",
    "Adults have been messaging through a gaming app; the accounts were reported to police.",
    "Specialist support is needed because the harm is continuing and adults are targeting them.",
    "We will meet every week, and the police will work to stop the men contacting them."
  };

  private static final String[] LEVELS = {"EARLY_HELP", "TARGETED", "SPECIALIST", "STATUTORY"};

  private final JdbcClient jdbc;
  private final ApplicationEventPublisher events;

  AssessmentBulkLoad(JdbcClient jdbc, ApplicationEventPublisher events) {
    this.jdbc = jdbc;
    this.events = events;
  }

  /** Writes an assessment for each case. */
  @Transactional
  public void create(List<SyntheticWork> work) {
    SyntheticWork.Arrays a = SyntheticWork.columns(work);
    jdbc.sql(
            """
            INSERT INTO assessment (id, case_id, level_of_response, version, created_at,
                                    updated_at, updated_by, updated_by_name)
            SELECT gen_random_uuid(), case_id, (:levels::text[])[1 + floor(random() * 4)::int],
                   2, opened + interval '7 days', least(opened + interval '30 days', now()),
                   worker, worker_name
              FROM unnest(:cases::uuid[], :workers::uuid[], :workerNames::text[],
                          :opened::timestamptz[]) AS w(case_id, worker, worker_name, opened)
            """)
        .param("levels", LEVELS)
        .params(a.params())
        .update();
    jdbc.sql(
            """
            INSERT INTO assessment_version (assessment_id, number, draft_version,
                   level_of_response, submitted_at, submitted_by, submitted_by_name,
                   signed_off_at, signed_off_by, signed_off_by_name, sign_off_note)
            SELECT a.id, 1, 1, a.level_of_response, a.updated_at, w.worker, w.worker_name,
                   CASE WHEN s THEN a.updated_at + interval '2 days' END,
                   CASE WHEN s THEN w.manager END, CASE WHEN s THEN w.manager_name END,
                   CASE WHEN s THEN 'Agreed: the plan must focus on the adults involved.' END
              FROM unnest(:cases::uuid[], :workers::uuid[], :workerNames::text[],
                          :managers::uuid[], :managerNames::text[])
                   AS w(case_id, worker, worker_name, manager, manager_name)
              JOIN assessment a ON a.case_id = w.case_id
             CROSS JOIN LATERAL (SELECT w.manager IS NOT NULL AND random() < 0.8 AS s) signed
            """)
        .params(a.params())
        .param("managers", a.managers())
        .param("managerNames", a.managerNames())
        .update();
    jdbc.sql(
            """
            INSERT INTO assessment_text (assessment_id, version_number, field, body)
            SELECT a.id, v, f.field, f.body
              FROM assessment a
             CROSS JOIN unnest(:fields::text[], :bodies::text[]) AS f(field, body)
             CROSS JOIN generate_series(0, 1) AS v
             WHERE a.case_id = ANY(:cases::uuid[])
            """)
        .param("fields", FIELDS)
        .param("bodies", BODIES)
        .param("cases", a.cases())
        .update();
    events.publishEvent(SyntheticWork.created("assessments", work.size()));
  }
}
