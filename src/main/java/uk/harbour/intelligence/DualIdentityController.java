package uk.harbour.intelligence;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.harbour.shared.RecordIds;

/** An intelligence officer records that a person of concern is also a child, or removes it. */
@Controller
class DualIdentityController {

  private final DualIdentity dualIdentity;

  DualIdentityController(DualIdentity dualIdentity) {
    this.dualIdentity = dualIdentity;
  }

  @GetMapping("/intelligence/entities/{id}/child")
  String form(@PathVariable String id, Model model) {
    return page(model, parse(id), "", "", null);
  }

  @PostMapping("/intelligence/entities/{id}/child")
  String decide(
      @PathVariable String id,
      @RequestParam(name = "action", defaultValue = "record") String action,
      @RequestParam(name = "childReference", defaultValue = "") String reference,
      @RequestParam(name = "reasons", defaultValue = "") String reasons,
      Model model,
      RedirectAttributes redirect) {
    UUID entity = parse(id);
    String error = null;
    boolean remove = "remove".equals(action);
    if (!remove && reference.isBlank()) {
      error = "intelligence.error.childReference.required";
    } else if (!remove && reference.strip().length() > 40) {
      error = "intelligence.error.childReference.unknown";
    } else if (reasons.isBlank()) {
      error = "intelligence.error.reasons.required";
    } else if (reasons.length() > SubmissionChecks.LONG) {
      error = "intelligence.error.reasons.tooLong";
    }
    if (error == null && remove) {
      dualIdentity.remove(entity, reasons.strip());
    } else if (error == null
        && dualIdentity.record(entity, reference.strip(), reasons.strip()).isEmpty()) {
      error = "intelligence.error.childReference.unknown";
    }
    if (error != null) {
      return page(model, entity, reference, reasons, error);
    }
    redirect.addFlashAttribute("resolved", true);
    return "redirect:/intelligence/entities/" + entity;
  }

  private String page(
      Model model, UUID entity, String reference, String reasons, @Nullable String error) {
    model.addAttribute("entry", dualIdentity.entryToDecide(entity));
    model.addAttribute("dual", dualIdentity.of(entity));
    model.addAttribute("childReference", reference);
    model.addAttribute("reasons", reasons);
    model.addAttribute("error", error);
    return "intelligence/dual-identity";
  }

  private static UUID parse(String id) {
    return RecordIds.parse(id, IntelligenceAccess.ENTITY);
  }
}
