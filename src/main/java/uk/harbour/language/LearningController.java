package uk.harbour.language;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import uk.harbour.accesscontrol.CurrentUser;
import uk.harbour.accesscontrol.HarbourUser;
import uk.harbour.accesscontrol.Role;

/**
 * The learning view for team managers (their own team: the people they manage) and data protection
 * officers (every agency): aggregated counts of suggestions shown after a save, kept as written and
 * changed; no one is named. A row that fewer than {@link #MIN_PRACTITIONERS} practitioners
 * contributed to is withheld, and a count from 1 to {@link #MIN_COUNT} - 1 is shown only as "fewer
 * than 5", so that no number points at one person.
 */
@Controller
class LearningController {

  /** Rows covering fewer practitioners than this are withheld. */
  static final int MIN_PRACTITIONERS = 3;

  /** Counts from 1 to this minus one are shown as "fewer than" this. */
  static final int MIN_COUNT = 5;

  /** One row of the table as the page shows it; a count of -1 means "fewer than 5". */
  record Row(String month, String team, String entry, long shown, long kept, long changed) {}

  private static final java.time.format.DateTimeFormatter MONTH =
      java.time.format.DateTimeFormatter.ofPattern("MMMM yyyy", java.util.Locale.UK);

  private final FindingEvents events;
  private final CurrentUser currentUser;
  private final LanguageGuide guide;

  LearningController(FindingEvents events, CurrentUser currentUser, LanguageGuide guide) {
    this.events = events;
    this.currentUser = currentUser;
    this.guide = guide;
  }

  @GetMapping("/language/learning")
  String learning(Model model) {
    HarbourUser user = currentUser.require();
    boolean everyAgency = user.has(Role.DATA_PROTECTION_OFFICER);
    List<FindingEvents.Count> counts =
        everyAgency ? events.byAgency() : events.forManager(user.id().value());
    Map<String, String> titles = new HashMap<>();
    for (GuideEntry entry : guide.entries()) {
      titles.put(entry.id(), entry.title());
    }
    List<Row> rows = new java.util.ArrayList<>();
    int withheld = 0;
    for (FindingEvents.Count c : counts) {
      if (c.practitioners() < MIN_PRACTITIONERS) {
        withheld++;
        continue;
      }
      rows.add(
          new Row(
              MONTH.format(c.month()),
              c.team(),
              titles.getOrDefault(c.entryId(), c.entryId()),
              shown(c.shown()),
              shown(c.kept()),
              shown(c.changed())));
    }
    model.addAttribute("rows", rows);
    model.addAttribute("withheld", withheld);
    model.addAttribute("minPractitioners", MIN_PRACTITIONERS);
    model.addAttribute("minCount", MIN_COUNT);
    model.addAttribute("everyAgency", everyAgency);
    return "language/learning";
  }

  /** A count as shown: 0, -1 for 1 to {@link #MIN_COUNT} - 1, or the count. */
  static long shown(long count) {
    return count > 0 && count < MIN_COUNT ? -1 : count;
  }
}
