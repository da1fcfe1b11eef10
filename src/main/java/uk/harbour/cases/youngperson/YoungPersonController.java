package uk.harbour.cases.youngperson;

import java.time.Clock;
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
import uk.harbour.people.ChildRecord;
import uk.harbour.people.Children;

/** The young person's page and its forms: profile, relationships, links, persons of concern. */
@Controller
class YoungPersonController {

  private static final String BASE = "/cases/{caseId}/young-person";

  private final YoungPerson youngPerson;
  private final Children children;
  private final Clock clock;
  private final CaseLanguage language;

  YoungPersonController(
      YoungPerson youngPerson, Children children, Clock clock, CaseLanguage language) {
    this.language = language;
    this.youngPerson = youngPerson;
    this.children = children;
    this.clock = clock;
  }

  @InitBinder("profileForm")
  void profileFields(WebDataBinder binder) {
    binder.setAllowedFields("education", "care", "strengths", "interests", "hopes", "version");
  }

  @InitBinder("relationshipForm")
  void relationshipFields(WebDataBinder binder) {
    binder.setAllowedFields("entryId", "kind", "name", "relationship", "closeness", "notes");
  }

  @InitBinder("linkForm")
  void linkFields(WebDataBinder binder) {
    binder.setAllowedFields("entryId", "reference", "kind", "reason", "name", "description");
  }

  @GetMapping(BASE)
  String page(@PathVariable String caseId, Model model) {
    YoungPerson.View view = youngPerson.view(CaseId.parse(caseId));
    ChildRecord child = children.view(view.theCase().child());
    model.addAttribute("view", view);
    model.addAttribute("child", child);
    model.addAttribute("age", child.age(clock));
    model.addAttribute("caseId", caseId);
    model.addAttribute("map", new MapSize());
    return "cases/youngperson/young-person";
  }

  @GetMapping(BASE + "/profile")
  String profileForm(@PathVariable String caseId, Model model) {
    model.addAttribute("profileForm", ProfileForm.from(youngPerson.profile(CaseId.parse(caseId))));
    return form(caseId, "profile", model);
  }

  @PostMapping(BASE + "/profile")
  String saveProfile(
      @PathVariable String caseId,
      @ModelAttribute("profileForm") ProfileForm form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect) {
    form.validate(result);
    if (result.hasErrors()) {
      return form(caseId, "profile", model);
    }
    ProfileForm before = ProfileForm.from(youngPerson.profile(CaseId.parse(caseId)));
    youngPerson.saveProfile(CaseId.parse(caseId), form);
    // Interests and hopes are often the young person's own words: not checked.
    checkLanguage(
        caseId,
        redirect,
        "/profile",
        new CaseLanguage.Field(
            "education", "cases.youngPerson.education", form.getEducation(), before.getEducation()),
        new CaseLanguage.Field("care", "cases.youngPerson.care", form.getCare(), before.getCare()),
        new CaseLanguage.Field(
            "strengths",
            "cases.youngPerson.strengths",
            form.getStrengths(),
            before.getStrengths()));
    return saved(caseId, redirect);
  }

  @GetMapping(BASE + "/relationships/new")
  String relationshipForm(@PathVariable String caseId, Model model) {
    model.addAttribute("relationshipForm", new RelationshipForm());
    return form(caseId, "relationship", model);
  }

  @PostMapping(BASE + "/relationships/new")
  String addRelationship(
      @PathVariable String caseId,
      @ModelAttribute("relationshipForm") RelationshipForm form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect) {
    form.validate(result);
    if (result.hasErrors()) {
      return form(caseId, "relationship", model);
    }
    youngPerson.addRelationship(CaseId.parse(caseId), form);
    checkLanguage(
        caseId,
        redirect,
        null,
        new CaseLanguage.Field(
            "relationship", "cases.youngPerson.relationship", form.getRelationship()),
        new CaseLanguage.Field("notes", "cases.youngPerson.notesOptional", form.getNotes()));
    return saved(caseId, redirect);
  }

  @GetMapping(BASE + "/linked-children/new")
  String linkForm(@PathVariable String caseId, Model model) {
    model.addAttribute("linkForm", new LinkForm());
    return form(caseId, "link", model);
  }

  @PostMapping(BASE + "/linked-children/new")
  String link(
      @PathVariable String caseId,
      @ModelAttribute("linkForm") LinkForm form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect) {
    form.validateLink(result);
    if (!result.hasErrors() && !youngPerson.link(CaseId.parse(caseId), form)) {
      result.rejectValue("reference", "cases.youngPerson.error.noSuchChild");
    }
    if (result.hasErrors()) {
      return form(caseId, "link", model);
    }
    checkLanguage(
        caseId,
        redirect,
        null,
        new CaseLanguage.Field("reason", "cases.youngPerson.reason", form.getReason()));
    return saved(caseId, redirect);
  }

  @GetMapping(BASE + "/persons-of-concern/new")
  String personForm(@PathVariable String caseId, Model model) {
    model.addAttribute("linkForm", new LinkForm());
    return form(caseId, "person", model);
  }

  @PostMapping(BASE + "/persons-of-concern/new")
  String addPerson(
      @PathVariable String caseId,
      @ModelAttribute("linkForm") LinkForm form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect) {
    form.validatePersonOfConcern(result);
    if (!result.hasErrors() && !youngPerson.addPersonOfConcern(CaseId.parse(caseId), form)) {
      result.rejectValue("reference", "cases.youngPerson.error.noSuchChild");
    }
    if (result.hasErrors()) {
      return form(caseId, "person", model);
    }
    checkLanguage(
        caseId,
        redirect,
        null,
        new CaseLanguage.Field(
            "description", "cases.youngPerson.descriptionOptional", form.getDescription()));
    return saved(caseId, redirect);
  }

  private String form(String caseId, String which, Model model) {
    var theCase = youngPerson.caseFor(CaseId.parse(caseId));
    model.addAttribute("caseId", caseId);
    model.addAttribute("child", children.view(theCase.child()));
    model.addAttribute("which", which);
    model.addAttribute("kinds", RelationshipKind.values());
    model.addAttribute("closenesses", Closeness.values());
    model.addAttribute("linkKinds", LinkKind.values());
    return "cases/youngperson/form";
  }

  /** The language guide on what was just saved; its findings show on the young person's page. */
  private void checkLanguage(
      String caseId, RedirectAttributes redirect, String changePage, CaseLanguage.Field... fields) {
    String base = "/cases/" + caseId + "/young-person";
    language.afterSave(
        redirect,
        CaseId.parse(caseId),
        java.util.List.of(fields),
        changePage == null ? null : base + changePage,
        base);
  }

  private static String saved(String caseId, RedirectAttributes redirect) {
    redirect.addFlashAttribute("youngPersonMessage", "cases.youngPerson.saved");
    return "redirect:/cases/" + caseId + "/young-person";
  }

  /** The eco-map's drawing size, for the template. */
  static final class MapSize {
    public int width() {
      return EcoMap.WIDTH;
    }

    public int height() {
      return EcoMap.HEIGHT;
    }

    public int centreX() {
      return EcoMap.CENTRE_X;
    }

    public int centreY() {
      return EcoMap.CENTRE_Y;
    }
  }
}
