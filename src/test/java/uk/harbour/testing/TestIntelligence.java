package uk.harbour.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Partner intelligence through its real forms, for tests over HTTP: submitting, triaging, and the
 * reads those tests check afterwards. All data synthetic.
 */
public final class TestIntelligence {

  private TestIntelligence() {}

  /** Submits through the form as the user, about the child (if any); the submission's id. */
  public static UUID submit(
      int port, String username, @Nullable UUID child, Map<String, String> fields) {
    Browser browser = Demo.signIn(port, username);
    Map<String, String> values = new LinkedHashMap<>(fields);
    values.put("action", "submit");
    values.putIfAbsent("howKnown", "SAW");
    if (child != null) {
      values.put("childIds", child.toString());
    }
    Page sent =
        browser.submitAsShown(browser.get("/intelligence/new"), "main form[method=post]", values);
    assertThat(sent.isRedirect()).as(sent.body()).isTrue();
    String location = sent.location();
    return UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
  }

  /**
   * Triages as the officer: grade 2B-P, recorded as intelligence and shared, each mention a new
   * entry, with {@code choices} over any of that.
   */
  public static void triage(Browser officer, UUID submission, Map<String, String> choices) {
    Page form = officer.get("/intelligence/" + submission + "/triage");
    assertThat(form.status()).isEqualTo(200);
    Map<String, String> values = new LinkedHashMap<>();
    for (var radio : form.document().select("input[type=radio][name^=resolutions]")) {
      values.putIfAbsent(radio.attr("name"), "new");
    }
    values.put("sourceEvaluation", "2");
    values.put("intelligenceAssessment", "B");
    values.put("handling", "P");
    values.put("outcome", "RECORDED");
    values.put("reasons", "Corroborates earlier intelligence");
    values.put("share", "yes");
    values.put("withWhom", "Key workers of the children linked");
    values.put("lawfulBasis", "LAW_ENFORCEMENT_PART_3");
    values.put("why", "To safeguard the children named");
    values.putAll(choices);
    Page done = officer.submitAsShown(form, "main form[method=post]", values);
    assertThat(done.isRedirect()).as(done.body()).isTrue();
  }

  /**
   * A child the key worker holds, chosen at random; with {@code notVisibleTo}, one that user may
   * not see.
   */
  public static UUID childOf(JdbcClient jdbc, String keyWorker, @Nullable String notVisibleTo) {
    return jdbc.sql(
            """
            SELECT t.child_id FROM team_member t JOIN app_user u ON u.id = t.user_id
             WHERE u.username = ? AND t.team_role = 'KEY_WORKER'
               AND (CAST(? AS TEXT) IS NULL OR t.child_id NOT IN (
                 SELECT child_id FROM visible_child_ids(
                   (SELECT id FROM app_user WHERE username = ?))))
             ORDER BY random() LIMIT 1
            """)
        .params(keyWorker, notVisibleTo, notVisibleTo == null ? keyWorker : notVisibleTo)
        .query(UUID.class)
        .single();
  }

  /** How many notifications of this kind the user has had. */
  public static long notifications(JdbcClient jdbc, String username, String kind) {
    return jdbc.sql(
            "SELECT count(*) FROM notification n JOIN app_user u ON u.id = n.recipient_id"
                + " WHERE u.username = ? AND n.kind = ?")
        .params(username, kind)
        .query(Long.class)
        .single();
  }

  /** The register entry the submission's one mention of this kind was resolved to. */
  public static UUID entityOf(JdbcClient jdbc, UUID submission, String kind) {
    return jdbc.sql("SELECT entity_id FROM intel_mention WHERE submission_id = ? AND kind = ?")
        .params(submission, kind)
        .query(UUID.class)
        .single();
  }
}
