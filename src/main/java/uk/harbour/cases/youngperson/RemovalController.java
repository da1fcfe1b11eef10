package uk.harbour.cases.youngperson;

import java.util.List;
import java.util.UUID;
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
import uk.harbour.cases.CaseId;
import uk.harbour.cases.CaseLanguage;
import uk.harbour.cases.Cases;
import uk.harbour.people.Children;
import uk.harbour.shared.RecordIds;
import uk.harbour.shared.RecordNotFoundException;

/**
 * Removing a relationship, linked child or person of concern from the young person's page, with a
 * reason. Nothing is deleted; the removal is audited and goes in the chronology.
 */
@Controller
class RemovalController {

  private static final String PATH = "/cases/{caseId}/young-person/{kind}/{itemId}/remove";

  private final YoungPerson youngPerson;
  private final Children children;
  private final CaseLanguage language;

  RemovalController(YoungPerson youngPerson, Children children, CaseLanguage language) {
    this.youngPerson = youngPerson;
    this.children = children;
    this.language = language;
  }

  @InitBinder("removal")
  void fields(WebDataBinder binder) {
    binder.setAllowedFields("reason");
  }

  @GetMapping(PATH)
  String ask(
      @PathVariable String caseId,
      @PathVariable String kind,
      @PathVariable String itemId,
      Model model) {
    model.addAttribute("removal", new RemovalForm());
    return page(caseId, kind, itemId, model);
  }

  @PostMapping(PATH)
  String remove(
      @PathVariable String caseId,
      @PathVariable String kind,
      @PathVariable String itemId,
      @ModelAttribute("removal") RemovalForm form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect) {
    CaseId id = CaseId.parse(caseId);
    Removable what = kind(kind);
    UUID item = item(itemId);
    form.validate(result);
    if (result.hasErrors()) {
      return page(caseId, kind, itemId, model);
    }
    youngPerson.remove(id, what, item, form.getReason().strip());
    redirect.addFlashAttribute("youngPersonMessage", "cases.youngPerson.remove.done");
    language.afterSave(
        redirect,
        id,
        List.of(
            new CaseLanguage.Field("reason", "cases.youngPerson.remove.reason", form.getReason())),
        null,
        "/cases/" + id + "/young-person");
    return "redirect:/cases/" + id + "/young-person";
  }

  private String page(String caseId, String kind, String itemId, Model model) {
    CaseId id = CaseId.parse(caseId);
    Removable what = kind(kind);
    String name = youngPerson.toRemove(id, what, item(itemId));
    model.addAttribute("caseId", caseId);
    model.addAttribute("kind", what);
    model.addAttribute("name", name);
    model.addAttribute("itemId", itemId);
    model.addAttribute("kindPath", what.path());
    model.addAttribute("child", children.view(youngPerson.caseFor(id).child()));
    return "cases/youngperson/remove";
  }

  private static Removable kind(String path) {
    return Removable.ofPath(path).orElseThrow(() -> new RecordNotFoundException(Cases.RECORD_TYPE));
  }

  private static UUID item(String raw) {
    return RecordIds.parse(raw, Cases.RECORD_TYPE);
  }
}
