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
 * officers (every agency): aggregated counts of kept and changed suggestions; no one is named.
 */
@Controller
class LearningController {

  /** One row of the table as the page shows it. */
  record Row(String month, String team, String entry, long kept, long changed) {}

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
    model.addAttribute(
        "rows",
        counts.stream()
            .map(
                c ->
                    new Row(
                        MONTH.format(c.month()),
                        c.team(),
                        titles.getOrDefault(c.entryId(), c.entryId()),
                        c.kept(),
                        c.changed()))
            .toList());
    model.addAttribute("everyAgency", everyAgency);
    return "language/learning";
  }
}
