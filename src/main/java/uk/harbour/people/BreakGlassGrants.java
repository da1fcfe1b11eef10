package uk.harbour.people;

import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.harbour.accesscontrol.BreakGlass;
import uk.harbour.shared.ChildId;
import uk.harbour.shared.FreeTextCheck;

/**
 * Grants break-glass for a reason the user gave, however they reached the form (a record's address,
 * or a search for a record outside their teams), and passes the language check's findings on to the
 * record's page. The reason is part of the audit trail and cannot be changed: findings only.
 */
@Component
class BreakGlassGrants {

  private final Children children;
  private final BreakGlass breakGlass;
  private final FreeTextCheck language;

  BreakGlassGrants(Children children, BreakGlass breakGlass, FreeTextCheck language) {
    this.children = children;
    this.breakGlass = breakGlass;
    this.language = language;
  }

  void grant(ChildId child, String reason, RedirectAttributes redirect) {
    String reference = children.referenceForBreakGlass(child);
    breakGlass.grant(child, reference, reason);
    language
        .afterSave(
            List.of(new FreeTextCheck.Field("reason", "people.breakGlass.reason", reason)),
            null,
            null,
            "/children/" + child)
        .forEach(redirect::addFlashAttribute);
  }
}
