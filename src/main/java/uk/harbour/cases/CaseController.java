package uk.harbour.cases;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.harbour.accesscontrol.CurrentUser;
import uk.harbour.accesscontrol.Directory;
import uk.harbour.accesscontrol.Role;
import uk.harbour.accesscontrol.Teams;
import uk.harbour.accesscontrol.UserSummary;
import uk.harbour.people.ChildRecord;
import uk.harbour.people.Children;
import uk.harbour.shared.ChildId;
import uk.harbour.shared.DisplayDates;
import uk.harbour.shared.RecordIds;
import uk.harbour.shared.UserId;

/** The case home page, opening a case directly, allocation and status changes. */
@Controller
class CaseController {

  private final CaseReader reader;
  private final CaseLanguage language;
  private final CaseLifecycle lifecycle;
  private final Children children;
  private final Teams teams;
  private final Directory directory;
  private final Clock clock;
  private final MessageSource messages;
  private final CurrentUser currentUser;

  CaseController(
      CaseReader reader,
      CaseLifecycle lifecycle,
      Children children,
      Teams teams,
      Directory directory,
      Clock clock,
      MessageSource messages,
      CaseLanguage language,
      CurrentUser currentUser) {
    this.language = language;
    this.currentUser = currentUser;
    this.messages = messages;
    this.reader = reader;
    this.lifecycle = lifecycle;
    this.children = children;
    this.teams = teams;
    this.directory = directory;
    this.clock = clock;
  }

  @InitBinder("allocation")
  void allocationFields(WebDataBinder binder) {
    binder.setAllowedFields("userId", "reason", "version");
  }

  @InitBinder("statusForm")
  void statusFields(WebDataBinder binder) {
    binder.setAllowedFields(
        "status", "reason", "followUpDay", "followUpMonth", "followUpYear", "version");
  }

  @GetMapping("/cases/{caseId}")
  String home(@PathVariable String caseId, Model model) {
    CaseReader.View view = reader.view(CaseId.parse(caseId));
    ChildId child = view.record().child();
    model.addAttribute("view", view);
    model.addAttribute("theCase", view.record());
    ChildRecord record = view.child();
    model.addAttribute("child", record);
    model.addAttribute("age", record.age(clock));
    model.addAttribute("team", teams.members(child));
    model.addAttribute("mayChange", view.mayChange());
    model.addAttribute("mayAllocate", view.mayChange() && lifecycle.mayAllocate());
    model.addAttribute("mayChangeStatus", view.mayChange() && lifecycle.mayChangeStatus());
    // Anyone who may see the case may pass what it records to the police intelligence unit;
    // administrators never see a child's case, and are never offered it.
    model.addAttribute(
        "mayGiveIntelligence",
        currentUser.get().map(u -> !u.has(Role.SYSTEM_ADMINISTRATOR)).orElse(false));
    return "cases/case";
  }

  @GetMapping("/cases/open/{childId}")
  String confirmOpen(@PathVariable String childId, Model model) {
    ChildRecord child = children.view(parseChild(childId));
    model.addAttribute("child", child);
    model.addAttribute("mayOpen", lifecycle.mayChangeStatus());
    return "cases/open";
  }

  @PostMapping("/cases/open/{childId}")
  String open(@PathVariable String childId, RedirectAttributes redirect) {
    CaseId id = lifecycle.openDirectly(parseChild(childId));
    redirect.addFlashAttribute("caseMessage", "cases.opened");
    return "redirect:/cases/" + id;
  }

  @GetMapping("/cases/{caseId}/allocate")
  String allocateForm(@PathVariable String caseId, Model model) {
    CaseReader.View view = reader.view(CaseId.parse(caseId));
    AllocationForm form = new AllocationForm();
    form.setVersion(view.record().version());
    model.addAttribute("allocation", form);
    return allocatePage(view, model);
  }

  @PostMapping("/cases/{caseId}/allocate")
  String allocate(
      @PathVariable String caseId,
      @ModelAttribute("allocation") AllocationForm form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect) {
    CaseId id = CaseId.parse(caseId);
    CaseReader.View view = reader.view(id);
    form.validate(result, view.record().hasKeyWorker());
    UserId worker = parseUser(form.getUserId());
    if (!result.hasErrors() && !keyWorkers().containsKey(String.valueOf(worker))) {
      result.rejectValue("userId", "cases.allocate.error.userId");
    }
    if (result.hasErrors()) {
      return allocatePage(view, model);
    }
    lifecycle.allocate(id, form.getVersion(), worker, form.getReason());
    redirect.addFlashAttribute("caseMessage", "cases.allocated");
    language.afterSave(
        redirect,
        id,
        List.of(new CaseLanguage.Field("reason", "cases.allocate.reason", form.getReason())),
        null,
        "/cases/" + id);
    return "redirect:/cases/" + id;
  }

  @GetMapping("/cases/{caseId}/status")
  String statusPage(@PathVariable String caseId, Model model) {
    CaseReader.View view = reader.view(CaseId.parse(caseId));
    StatusForm form = new StatusForm();
    form.setVersion(view.record().version());
    model.addAttribute("statusForm", form);
    return statusPage(view, model);
  }

  @PostMapping("/cases/{caseId}/status")
  String changeStatus(
      @PathVariable String caseId,
      @ModelAttribute("statusForm") StatusForm form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect) {
    CaseId id = CaseId.parse(caseId);
    CaseReader.View view = reader.view(id);
    form.validate(result, LocalDate.now(clock.withZone(DisplayDates.ZONE)));
    if (!result.hasErrors()
        && !lifecycle.changeStatus(
            id, form.getVersion(), form.getStatus(), form.getReason(), form.followUpDate())) {
      result.rejectValue("status", "cases.status.error.notPossible");
    }
    if (result.hasErrors()) {
      return statusPage(view, model);
    }
    redirect.addFlashAttribute("caseMessage", "cases.statusChanged");
    language.afterSave(
        redirect,
        id,
        List.of(new CaseLanguage.Field("reason", "cases.status.reason", form.getReason())),
        null,
        "/cases/" + id);
    return "redirect:/cases/" + id;
  }

  private String allocatePage(CaseReader.View view, Model model) {
    model.addAttribute("theCase", view.record());
    model.addAttribute("child", children.view(view.record().child()));
    model.addAttribute("keyWorkers", keyWorkers());
    model.addAttribute("mayAllocate", lifecycle.mayAllocate());
    return "cases/allocate";
  }

  private String statusPage(CaseReader.View view, Model model) {
    model.addAttribute("theCase", view.record());
    model.addAttribute("child", children.view(view.record().child()));
    model.addAttribute("statuses", targets(view.record().status()));
    model.addAttribute("mayChangeStatus", lifecycle.mayChangeStatus());
    return "cases/status";
  }

  private static CaseStatus[] targets(CaseStatus from) {
    return switch (from) {
      case OPEN -> new CaseStatus[] {CaseStatus.STEPPED_DOWN, CaseStatus.CLOSED};
      case STEPPED_DOWN -> new CaseStatus[] {CaseStatus.OPEN, CaseStatus.CLOSED};
      case CLOSED -> new CaseStatus[] {CaseStatus.OPEN};
    };
  }

  private Map<String, String> keyWorkers() {
    Map<String, String> options = new LinkedHashMap<>();
    options.put("", messages.getMessage("cases.allocate.choose", null, Locale.UK));
    for (UserSummary u : directory.activeUsersWithRole(Role.KEY_WORKER)) {
      options.put(u.id().toString(), u.displayName() + " (" + u.agencyName() + ")");
    }
    return options;
  }

  private static @Nullable UserId parseUser(@Nullable String raw) {
    UUID id = RecordIds.parseOrNull(raw);
    return id == null ? null : new UserId(id);
  }

  private static ChildId parseChild(String raw) {
    return new ChildId(RecordIds.parse(raw, Cases.RECORD_TYPE));
  }
}
