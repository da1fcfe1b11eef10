package uk.harbour.accesscontrol.admin;

import jakarta.validation.Valid;
import java.time.Clock;
import java.util.List;
import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.dao.DuplicateKeyException;
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
import uk.harbour.accesscontrol.HarbourUser;
import uk.harbour.accesscontrol.Role;
import uk.harbour.shared.StaleSave;
import uk.harbour.shared.UserId;

/**
 * Administrators list, add and change user accounts; their sign-in details are changed through
 * {@link SignInAdminController}. Only system administrators reach /admin.
 */
@Controller
class UserAdminController {

  private final UserRepository records;
  private final UserAdministration administration;
  private final UserFormValidator validator;
  private final AdminPages pages;
  private final UserPage page;
  private final CurrentUser currentUser;
  private final Clock clock;

  UserAdminController(
      UserRepository records,
      UserAdministration administration,
      UserFormValidator validator,
      AdminPages pages,
      UserPage page,
      CurrentUser currentUser,
      Clock clock) {
    this.records = records;
    this.administration = administration;
    this.validator = validator;
    this.pages = pages;
    this.page = page;
    this.currentUser = currentUser;
    this.clock = clock;
  }

  @InitBinder("userForm")
  void fields(WebDataBinder binder) {
    binder.setAllowedFields(
        "username",
        "displayName",
        "email",
        "jobTitle",
        "agencyId",
        "managerId",
        "roles",
        "password",
        "version");
    StringTrimmerEditor trim = new StringTrimmerEditor(false);
    for (String field : List.of("username", "displayName", "email", "jobTitle")) {
      binder.registerCustomEditor(String.class, field, trim);
    }
  }

  @GetMapping("/admin")
  String home() {
    return "accesscontrol/admin/index";
  }

  @GetMapping("/admin/users")
  String list(Model model) {
    model.addAttribute("users", records.list(clock.instant()));
    return "accesscontrol/admin/users";
  }

  @GetMapping("/admin/users/new")
  String newUser(Model model) {
    model.addAttribute("userForm", new UserForm());
    return showForm(null, model);
  }

  @PostMapping("/admin/users/new")
  String create(
      @Valid @ModelAttribute("userForm") UserForm form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect) {
    validator.validate(form, result, null, currentUser.require());
    if (!result.hasErrors()) {
      try {
        UserId id = administration.create(form);
        redirect.addFlashAttribute("banner", "admin.user.created");
        return "redirect:/admin/users/" + id;
      } catch (DuplicateKeyException e) {
        result.rejectValue("username", "admin.user.username.taken");
      }
    }
    form.setPassword(null);
    return showForm(null, model);
  }

  @GetMapping("/admin/users/{id}")
  String view(@PathVariable String id, Model model) {
    return page.show(existing(id), model);
  }

  @GetMapping("/admin/users/{id}/edit")
  String edit(@PathVariable String id, Model model) {
    UserRepository.UserDetails user = existing(id);
    model.addAttribute("userForm", UserForm.of(user));
    return showForm(user.id(), model);
  }

  @PostMapping("/admin/users/{id}/edit")
  String update(
      @PathVariable String id,
      @Valid @ModelAttribute("userForm") UserForm form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect) {
    UserId userId = existing(id).id();
    validator.validate(form, result, userId, currentUser.require());
    if (!result.hasErrors()) {
      try {
        return StaleSave.saveOrShowAgain(
            model,
            () -> administration.update(userId, form),
            () -> {
              redirect.addFlashAttribute("banner", "admin.user.saved");
              return "redirect:/admin/users/" + userId;
            },
            () -> showForm(userId, model));
      } catch (DuplicateKeyException e) {
        result.rejectValue("username", "admin.user.username.taken");
      }
    }
    return showForm(userId, model);
  }

  @PostMapping("/admin/users/{id}/deactivate")
  String deactivate(@PathVariable String id, RedirectAttributes redirect) {
    UserId userId = existing(id).id();
    HarbourUser admin = currentUser.require();
    if (userId.equals(admin.id())) {
      redirect.addFlashAttribute("problem", "admin.user.deactivate.self");
    } else {
      administration.setActive(userId, false);
      redirect.addFlashAttribute("banner", "admin.user.deactivated");
    }
    return "redirect:/admin/users/" + userId;
  }

  @PostMapping("/admin/users/{id}/activate")
  String activate(@PathVariable String id, RedirectAttributes redirect) {
    UserId userId = existing(id).id();
    administration.setActive(userId, true);
    redirect.addFlashAttribute("banner", "admin.user.activated");
    return "redirect:/admin/users/" + userId;
  }

  private String showForm(UserId editing, Model model) {
    model.addAttribute("editing", editing);
    model.addAttribute("agencyOptions", pages.agencyOptions());
    model.addAttribute("managerOptions", pages.managerOptions(editing));
    model.addAttribute("roleOptions", Role.values());
    return "accesscontrol/admin/user-form";
  }

  private UserRepository.UserDetails existing(String id) {
    return page.existing(id);
  }
}
