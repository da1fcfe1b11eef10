package uk.harbour.intelligence;

import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.harbour.shared.RecordIds;

/** An intelligence officer separates a mention from its entry, or joins it to another. */
@Controller
class ResolutionController {

  private final Resolutions resolutions;

  ResolutionController(Resolutions resolutions) {
    this.resolutions = resolutions;
  }

  @GetMapping("/intelligence/mentions/{id}")
  String form(@PathVariable String id, Model model) {
    return page(model, parse(id), "", null);
  }

  @PostMapping("/intelligence/mentions/{id}")
  String decide(
      @PathVariable String id,
      @RequestParam(name = "decision", defaultValue = "") String decision,
      @RequestParam(name = "reasons", defaultValue = "") String reasons,
      Model model,
      RedirectAttributes redirect) {
    UUID mention = parse(id);
    String error = null;
    if (reasons.isBlank()) {
      error = "intelligence.error.reasons.required";
    } else if (reasons.length() > SubmissionChecks.LONG) {
      error = "intelligence.error.reasons.tooLong";
    } else if (decision.isBlank()) {
      error = "intelligence.error.decision.required";
    }
    UUID target = "separate".equals(decision) ? null : RecordIds.parseOrNull(decision);
    if (error == null && target == null && !"separate".equals(decision)) {
      error = "intelligence.error.choice";
    }
    if (error != null) {
      return page(model, mention, reasons, error);
    }
    UUID entity;
    if (target == null) {
      entity = resolutions.separate(mention, reasons.strip());
    } else {
      resolutions.join(mention, target, reasons.strip());
      entity = target;
    }
    redirect.addFlashAttribute("resolved", true);
    return "redirect:/intelligence/entities/" + entity;
  }

  private String page(Model model, UUID id, String reasons, String error) {
    MentionRepository.EntityMention mention = resolutions.mention(id);
    model.addAttribute("mention", mention);
    model.addAttribute("current", resolutions.label(mention.item().entityId()));
    var others = resolutions.others(mention);
    model.addAttribute("others", others);
    java.util.Map<String, String> labels = new java.util.LinkedHashMap<>();
    others.forEach(m -> labels.put(m.id(), resolutions.label(UUID.fromString(m.id()))));
    model.addAttribute("labels", labels);
    model.addAttribute("reasons", reasons);
    model.addAttribute("error", error);
    return "intelligence/mention";
  }

  private static UUID parse(String id) {
    return RecordIds.parse(id, IntelligenceAccess.ENTITY);
  }
}
