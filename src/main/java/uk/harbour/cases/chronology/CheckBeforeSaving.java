package uk.harbour.cases.chronology;

import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import uk.harbour.language.FieldFindings;
import uk.harbour.language.Finding;
import uk.harbour.language.FindingOutcome;
import uk.harbour.language.LanguageGuide;
import uk.harbour.language.TextContext;

/**
 * The language guide before a chronology entry, a correction, a withdrawal or a note is saved, not
 * after the record is final. If the guide notices something, the form is shown again with what it
 * noticed, why it matters and better words, and nothing is saved yet; the practitioner changes
 * their words (checked again) or submits them as they are, which saves them: never blocked. What
 * was shown is remembered in the session for that form (its own key), so that a finding is counted
 * for learning as shown once, then as kept (saved as written) or changed (gone from the saved
 * text), never naming anyone. The young person's own words are never checked.
 */
@Component
class CheckBeforeSaving {

  private static final String ATTRIBUTE = CheckBeforeSaving.class.getName();
  private static final int MAX_FORMS = 20;

  /** One free-text field: its name on the form (also its element id), label key and text. */
  record Field(String name, String labelKey, String text) {}

  /** What was last shown for one form: a digest of its text and the guide entries noticed. */
  record Shown(String digest, Set<String> entries) implements Serializable {}

  private final LanguageGuide guide;

  CheckBeforeSaving(LanguageGuide guide) {
    this.guide = guide;
  }

  /**
   * What to show before saving these fields, or an empty list: save now. Text already shown to this
   * practitioner on this form, unchanged, is theirs to keep: empty.
   *
   * @param form a key for this form (for example its entry's id and what is being done)
   */
  List<FieldFindings> check(HttpSession session, String form, List<Field> fields, Integer age) {
    List<FieldFindings> found = findings(fields, age);
    String digest = digest(fields);
    Shown before = shown(session).get(form);
    if (found.isEmpty() || (before != null && before.digest().equals(digest))) {
      return List.of();
    }
    Set<String> now = entries(found);
    Set<String> earlier = before == null ? Set.of() : before.entries();
    List<FieldFindings> fresh = new ArrayList<>();
    for (FieldFindings field : found) {
      List<Finding> unseen =
          field.findings().stream().filter(f -> !earlier.contains(f.entryId())).toList();
      if (!unseen.isEmpty()) {
        fresh.add(new FieldFindings(field.field(), field.labelKey(), unseen));
      }
    }
    if (!fresh.isEmpty()) {
      guide.recordShown(fresh);
    }
    earlier.stream()
        .filter(e -> !now.contains(e))
        .forEach(e -> guide.record(e, FindingOutcome.CHANGED));
    remember(session, form, new Shown(digest, now));
    return found;
  }

  /**
   * After the save: each finding shown on this form is counted as kept (still in the saved text) or
   * changed, and the form is forgotten.
   */
  void saved(HttpSession session, String form, List<Field> fields, Integer age) {
    Map<String, Shown> all = shown(session);
    Shown before = all.remove(form);
    if (before == null) {
      return;
    }
    Set<String> now = entries(findings(fields, age));
    for (String entry : before.entries()) {
      guide.record(entry, now.contains(entry) ? FindingOutcome.KEPT : FindingOutcome.CHANGED);
    }
    session.setAttribute(ATTRIBUTE, all);
  }

  private List<FieldFindings> findings(List<Field> fields, Integer age) {
    TextContext context = TextContext.ofAge(age);
    List<FieldFindings> found = new ArrayList<>();
    for (Field field : fields) {
      if (field.text() != null && !field.text().isBlank()) {
        List<Finding> findings = guide.check(field.text(), context);
        if (!findings.isEmpty()) {
          found.add(new FieldFindings(field.name(), field.labelKey(), findings));
        }
      }
    }
    return found;
  }

  private static Set<String> entries(List<FieldFindings> found) {
    Set<String> entries = new HashSet<>();
    found.forEach(f -> f.findings().forEach(finding -> entries.add(finding.entryId())));
    return entries;
  }

  @SuppressWarnings("unchecked")
  private static LinkedHashMap<String, Shown> shown(HttpSession session) {
    return session.getAttribute(ATTRIBUTE) instanceof LinkedHashMap<?, ?> map
        ? (LinkedHashMap<String, Shown>) map
        : new LinkedHashMap<>();
  }

  private static void remember(HttpSession session, String form, Shown shown) {
    LinkedHashMap<String, Shown> all = shown(session);
    all.remove(form);
    all.put(form, shown);
    while (all.size() > MAX_FORMS) {
      all.remove(all.keySet().iterator().next());
    }
    session.setAttribute(ATTRIBUTE, all);
  }

  private static String digest(List<Field> fields) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      for (Field field : fields) {
        sha.update(field.name().getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
        if (field.text() != null) {
          sha.update(field.text().getBytes(StandardCharsets.UTF_8));
        }
        sha.update((byte) 0);
      }
      return java.util.HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
