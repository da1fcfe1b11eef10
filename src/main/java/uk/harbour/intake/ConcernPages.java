package uk.harbour.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import uk.harbour.accesscontrol.AccessPolicy;
import uk.harbour.people.Sex;
import uk.harbour.shared.Indicator;
import uk.harbour.shared.IndicatorGroup;

/** What the concern pages need in their model, shared by the form, check and view pages. */
@Component
class ConcernPages {

  /**
   * One group of indicator prompts as a page shows it.
   *
   * @param name the group, for its message keys {@code intake.indicatorGroup.<name>.*}
   * @param indicators the prompts in it, for {@code intake.indicator.<name>}
   * @param open whether to show the group open (something is noted in it)
   */
  record PromptGroup(String name, List<String> indicators, boolean open) {}

  /** One noted observation, for summaries: its prompt and the note as typed. */
  record Observation(String group, String indicator, String note) {}

  private final ConcernAccess access;
  private final AccessPolicy policy;
  private final Durations durations;

  ConcernPages(ConcernAccess access, AccessPolicy policy, Durations durations) {
    this.access = access;
    this.policy = policy;
    this.durations = durations;
  }

  String form(Model model, Concern concern) {
    model.addAttribute("concern", concern);
    model.addAttribute("sexes", Sex.values());
    model.addAttribute("informationSources", InformationSource.values());
    model.addAttribute("reliabilities", Reliability.values());
    ConcernForm form = (ConcernForm) model.getAttribute("form");
    model.addAttribute(
        "promptGroups", promptGroups(form == null ? Map.of() : form.getObservations()));
    return "intake/concern-form";
  }

  String check(Model model, Concern concern) {
    details(model, concern);
    return "intake/concern-check";
  }

  String view(Model model, Concern concern) {
    details(model, concern);
    return "intake/concern";
  }

  /** The attributes the concern-details fragment needs. */
  void details(Model model, Concern concern) {
    model.addAttribute("concern", concern);
    model.addAttribute("observations", observations(concern));
    boolean screening = access.isScreeningOfficer();
    boolean maySeeChild = concern.childId() != null && policy.maySeeChild(concern.childId());
    model.addAttribute("showContact", concern.fromPublic() && screening);
    model.addAttribute("maySeeChild", maySeeChild);
    model.addAttribute("showReasons", screening || maySeeChild);
    model.addAttribute("timeToDecision", durations.describe(concern.timeToDecision()));
  }

  static List<PromptGroup> promptGroups(Map<String, String> notes) {
    List<PromptGroup> groups = new ArrayList<>();
    for (IndicatorGroup group : IndicatorGroup.values()) {
      List<String> names = Indicator.in(group).stream().map(Enum::name).toList();
      boolean open = names.stream().anyMatch(n -> !Text.blank(notes.get(n)));
      groups.add(new PromptGroup(group.name(), names, open));
    }
    return groups;
  }

  static List<Observation> observations(Concern concern) {
    return concern.details().observations().entrySet().stream()
        .map(e -> new Observation(e.getKey().group().name(), e.getKey().name(), e.getValue()))
        .toList();
  }
}
