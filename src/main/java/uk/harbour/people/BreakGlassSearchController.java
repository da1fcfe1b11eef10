package uk.harbour.people;

import jakarta.servlet.http.HttpSession;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import uk.harbour.accesscontrol.AccessPolicy;
import uk.harbour.accesscontrol.BreakGlass;
import uk.harbour.shared.ChildId;
import uk.harbour.shared.DisplayDates;
import uk.harbour.shared.RecordNotFoundException;

/**
 * "Search for a record outside your teams": the way to break-glass without a record's address
 * ({@link BreakGlassSearch}). The page never carries a child's id: each record that may match is
 * offered by a random token that only this session's latest search can resolve, and break-glass
 * through it asks the practitioner to confirm, as well as give a reason (docs/adr/017).
 */
@Controller
class BreakGlassSearchController {

  /** The session attribute mapping this session's latest tokens to the records they stand for. */
  static final String MATCHES = BreakGlassSearchController.class.getName() + ".matches";

  private static final SecureRandom RANDOM = new SecureRandom();

  private final BreakGlassSearch search;
  private final BreakGlassGrants grants;
  private final AccessPolicy policy;
  private final Clock clock;

  BreakGlassSearchController(
      BreakGlassSearch search, BreakGlassGrants grants, AccessPolicy policy, Clock clock) {
    this.search = search;
    this.grants = grants;
    this.policy = policy;
    this.clock = clock;
  }

  /** One record as the results page shows it: a token, never the child's id. */
  record Offered(String token, BreakGlassSearch.PossibleRecord record) {}

  @InitBinder("search")
  void allowSearchFields(WebDataBinder binder) {
    binder.setAllowedFields(
        "child.firstName",
        "child.lastName",
        "child.dateOfBirth.day",
        "child.dateOfBirth.month",
        "child.dateOfBirth.year",
        "child.approximateAge");
  }

  @InitBinder("form")
  void allowBreakGlassFields(WebDataBinder binder) {
    binder.setAllowedFields("reason", "confirmed");
  }

  @GetMapping("/children/outside-my-teams")
  String form(Model model) {
    model.addAttribute("search", new BreakGlassSearchForm());
    model.addAttribute("searched", false);
    return "people/outside-my-teams";
  }

  @PostMapping("/children/outside-my-teams")
  String find(
      @ModelAttribute("search") BreakGlassSearchForm form,
      BindingResult result,
      Model model,
      HttpSession session) {
    form.validate(result, LocalDate.now(clock.withZone(DisplayDates.ZONE)));
    if (result.hasErrors()) {
      model.addAttribute("searched", false);
      return "people/outside-my-teams";
    }
    List<BreakGlassSearch.PossibleRecord> found =
        search.search(
            form.getChild().getFirstName(),
            form.getChild().getLastName(),
            form.dateOfBirth(),
            form.dateOfBirth() == null ? form.age() : null);
    HashMap<String, String> tokens = new HashMap<>();
    Map<String, BreakGlassSearch.PossibleRecord> offered = new LinkedHashMap<>();
    for (BreakGlassSearch.PossibleRecord record : found) {
      String token = token();
      tokens.put(token, record.child().toString());
      offered.put(token, record);
    }
    session.setAttribute(MATCHES, tokens);
    model.addAttribute(
        "offered",
        offered.entrySet().stream().map(e -> new Offered(e.getKey(), e.getValue())).toList());
    model.addAttribute("searched", true);
    model.addAttribute("maxShown", BreakGlassSearch.MAX_SHOWN);
    return "people/outside-my-teams";
  }

  // The path's {id} is a match's random token, never a child's id.
  @GetMapping("/children/break-glass/match/{id}")
  String confirm(@PathVariable("id") String token, Model model, HttpSession session) {
    ChildId child = resolve(token, session);
    if (policy.maySeeChild(child)) {
      return "redirect:/children/" + child;
    }
    model.addAttribute("form", new BreakGlassForm());
    return page(model, token, child);
  }

  @PostMapping("/children/break-glass/match/{id}")
  String grant(
      @PathVariable("id") String token,
      @ModelAttribute("form") BreakGlassForm form,
      BindingResult result,
      Model model,
      HttpSession session,
      org.springframework.web.servlet.mvc.support.RedirectAttributes redirect) {
    ChildId child = resolve(token, session);
    form.validateConfirmed(result);
    if (result.hasErrors()) {
      return page(model, token, child);
    }
    session.removeAttribute(MATCHES);
    grants.grant(child, form.getReason(), redirect);
    return "redirect:/children/" + child;
  }

  private String page(Model model, String token, ChildId child) {
    model.addAttribute("breakGlassAction", "/children/break-glass/match/" + token);
    model.addAttribute("match", search.describe(child));
    model.addAttribute("confirmOptions", List.of(BreakGlassForm.CONFIRMED));
    model.addAttribute("minLength", BreakGlass.MIN_REASON_LENGTH);
    return "people/break-glass";
  }

  /** The record a token from this session's latest search stands for; 404 for any other token. */
  private static ChildId resolve(String token, HttpSession session) {
    Object matches = session.getAttribute(MATCHES);
    if (!(matches instanceof Map<?, ?> map) || !(map.get(token) instanceof String child)) {
      throw new RecordNotFoundException(Children.RECORD_TYPE);
    }
    return Children.parseId(child);
  }

  private static String token() {
    byte[] bytes = new byte[18];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
