package uk.harbour.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/** The demo world gives a few young people a signed-off assessment and a finalised plan. */
@SpringBootTest
@ActiveProfiles("test")
class DemoPlansIntegrationTests {

  @Autowired JdbcClient jdbc;

  @Test
  void demoKeyWorkersHaveYoungPeopleWithASignedOffAssessmentAndAFinalisedPlan() {
    long seeded =
        jdbc.sql(
                """
                SELECT count(*) FROM plan p
                  JOIN cases c ON c.id = p.case_id
                  JOIN team_member t ON t.child_id = c.child_id AND t.team_role = 'KEY_WORKER'
                  JOIN app_user u ON u.id = t.user_id AND u.username IN ('kw.jones', 'kw.ahmed')
                 WHERE p.finalised_at IS NOT NULL
                   AND EXISTS (SELECT 1 FROM plan_action a
                                WHERE a.plan_id = p.id AND a.section = 'DISRUPTION')
                   AND EXISTS (SELECT 1 FROM plan_review r WHERE r.plan_id = p.id)
                   AND EXISTS (SELECT 1 FROM assessment s
                                 JOIN assessment_version v ON v.assessment_id = s.id
                                WHERE s.case_id = c.id AND v.signed_off_at IS NOT NULL)
                """)
            .query(Long.class)
            .single();
    assertThat(seeded).isGreaterThanOrEqualTo(3);
  }
}
