package uk.harbour.disruption;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import uk.harbour.accesscontrol.AgencySummary;
import uk.harbour.accesscontrol.Directory;
import uk.harbour.accesscontrol.UserSummary;
import uk.harbour.intelligence.Entities;
import uk.harbour.intelligence.EntityId;
import uk.harbour.intelligence.EntitySummary;
import uk.harbour.people.ChildRecord;
import uk.harbour.people.Children;
import uk.harbour.shared.ChildId;
import uk.harbour.shared.RecordNotFoundException;
import uk.harbour.shared.UserId;

/**
 * What the activity pages show besides the activity: its target's words, the children linked to it
 * that the viewer may see (the others only counted, as "a child you cannot see"), and the choices a
 * form offers.
 */
@Component
class ActivityPages {

  private final Entities entities;
  private final Children children;
  private final Directory directory;
  private final TacticCatalogue tactics;
  private final MessageSource messages;

  ActivityPages(
      Entities entities,
      Children children,
      Directory directory,
      TacticCatalogue tactics,
      MessageSource messages) {
    this.entities = entities;
    this.children = children;
    this.directory = directory;
    this.tactics = tactics;
    this.messages = messages;
  }

  /** The register entry, or not found. */
  EntitySummary target(EntityId id) {
    return entities.find(id).orElseThrow(() -> new RecordNotFoundException("intelligence entity"));
  }

  /** The linked children the viewer may see (the view of them is audited by people). */
  List<ChildRecord> visible(List<ChildId> linked, String listName) {
    return linked.isEmpty() ? List.of() : children.visibleAmong(linked, listName);
  }

  /** The choices of an activity's form, and the children to offer as checkboxes. */
  ActivityForm.Choices choices(
      EntityId target, @Nullable Activity saved, Model model, @Nullable Tactic savedTactic) {
    Set<ChildId> offered = new LinkedHashSet<>(entities.linkedChildren(target));
    if (saved != null) {
      offered.addAll(saved.children());
    }
    List<ChildRecord> mayLink = visible(List.copyOf(offered), "disruption activity form");
    Map<String, String> childOptions = new LinkedHashMap<>();
    Set<ChildId> childIds = new LinkedHashSet<>();
    for (ChildRecord child : mayLink) {
      childOptions.put(child.id().toString(), child.fullName() + " (" + child.reference() + ")");
      childIds.add(child.id());
    }
    model.addAttribute("childOptions", childOptions);
    List<Tactic> tacticChoices = new ArrayList<>();
    EntitySummary entry = target(target);
    for (Tactic t : tactics.all()) {
      boolean current = !t.retired() && t.appliesTo(entry.kind());
      if (current || (savedTactic != null && t.id().equals(savedTactic.id()))) {
        tacticChoices.add(t);
      }
    }
    Map<String, String> tacticOptions = new LinkedHashMap<>();
    tacticOptions.put("", message("disruption.activity.chooseTactic"));
    tacticChoices.forEach(t -> tacticOptions.put(t.id().toString(), t.name()));
    model.addAttribute("tacticOptions", tacticOptions);
    Set<String> agencies = new LinkedHashSet<>();
    for (AgencySummary agency : directory.agencies()) {
      if (agency.active()) {
        agencies.add(agency.name());
      }
    }
    if (saved != null) {
      agencies.add(saved.leadAgency());
    }
    Map<String, String> agencyOptions = new LinkedHashMap<>();
    agencyOptions.put("", message("disruption.activity.chooseAgency"));
    agencies.forEach(a -> agencyOptions.put(a, a));
    model.addAttribute("agencyOptions", agencyOptions);
    Map<String, String> officerOptions = new LinkedHashMap<>();
    officerOptions.put("", message("disruption.activity.chooseOfficer"));
    Set<UserId> officers = new LinkedHashSet<>();
    for (UserSummary user : directory.activePractitioners()) {
      officerOptions.put(user.id().toString(), user.displayName() + " (" + user.agencyName() + ")");
      officers.add(user.id());
    }
    if (saved != null && officers.add(saved.leadOfficer())) {
      officerOptions.put(saved.leadOfficer().toString(), saved.leadOfficerName());
    }
    model.addAttribute("officerOptions", officerOptions);
    Map<String, String> outcomes = new LinkedHashMap<>();
    outcomes.put("", message("disruption.activity.noOutcome"));
    for (Outcome o : Outcome.values()) {
      outcomes.put(o.name(), message("disruption.outcome." + o.name()));
    }
    model.addAttribute("outcomeOptions", outcomes);
    model.addAttribute("target", entry);
    return new ActivityForm.Choices(tacticChoices, agencies, officers, childIds);
  }

  String message(String key) {
    return messages.getMessage(key, null, LocaleContextHolder.getLocale());
  }
}
