package uk.harbour.language;

import jakarta.servlet.http.HttpSession;
import java.util.Optional;
import java.util.Set;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The JSON check used while typing, and "Keep as written" (recorded for learning). Both for any
 * signed-in user.
 */
@Controller
class LanguageController {

  /** The most text one live check looks at (the server still checks everything on save). */
  static final int MAX_LIVE_TEXT = 100_000;

  /**
   * A live check: the text, and optionally the child's age, whether it is their words, the adults
   * the page knows of and the child's names.
   */
  record CheckRequest(
      String text,
      Integer childAge,
      Boolean youngPersonsOwnWords,
      java.util.List<String> knownAdults,
      java.util.List<String> childNames) {}

  private final LanguageGuide guide;

  LanguageController(LanguageGuide guide) {
    this.guide = guide;
  }

  @PostMapping(
      path = "/language/check",
      consumes = MediaType.APPLICATION_JSON_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  @ResponseBody
  ResponseEntity<String> check(@RequestBody(required = false) CheckRequest request) {
    if (request == null || request.text() == null) {
      return ResponseEntity.ok("{\"findings\":[]}");
    }
    String text = request.text();
    if (text.length() > MAX_LIVE_TEXT) {
      text = text.substring(0, MAX_LIVE_TEXT);
    }
    Integer age = request.childAge();
    if (age != null && (age < 0 || age > 25)) {
      age = null;
    }
    TextContext context =
        new TextContext(
            age,
            Boolean.TRUE.equals(request.youngPersonsOwnWords()),
            names(request.knownAdults()),
            names(request.childNames()),
            Set.of());
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_JSON)
        .body("{\"findings\":" + FindingJson.findings(guide.check(text, context)) + "}");
  }

  /**
   * A live check whose body is not JSON of the right shape: a 400 in JSON, saying only that it
   * could not be read (never echoing the body, which holds what someone typed).
   */
  @ExceptionHandler(HttpMessageNotReadableException.class)
  ResponseEntity<String> unreadable() {
    return ResponseEntity.badRequest()
        .contentType(MediaType.APPLICATION_JSON)
        .body("{\"error\":\"The text to check could not be read.\"}");
  }

  /**
   * "Keep as written": counted only for a finding that was shown to this practitioner (a token from
   * {@link KeepTokens}), once. Anything else changes nothing and goes back.
   */
  @PostMapping("/language/kept")
  String kept(
      @RequestParam(name = "token", defaultValue = "") String token,
      @RequestParam(name = "back", defaultValue = "/") String back,
      HttpSession session,
      RedirectAttributes redirect) {
    Optional<KeepTokens.Shown> shown = KeepTokens.redeem(session, token);
    if (shown.isEmpty()) {
      return "redirect:" + safeLocal(back);
    }
    guide.record(shown.get().entryId(), FindingOutcome.KEPT);
    redirect.addFlashAttribute("languageKept", shown.get().entryId());
    return "redirect:" + safeLocal(shown.get().page());
  }

  /** At most 50 names of up to 100 characters each; anything more is ignored. */
  private static Set<String> names(java.util.List<String> names) {
    if (names == null) {
      return Set.of();
    }
    return names.stream()
        .filter(n -> n != null && !n.isBlank() && n.length() <= 100)
        .limit(50)
        .collect(java.util.stream.Collectors.toSet());
  }

  /** Only a path on this site: never another host (an open redirect). */
  static String safeLocal(String back) {
    boolean local =
        back.startsWith("/")
            && !back.startsWith("//")
            && !back.startsWith("/\\")
            && back.chars().noneMatch(c -> c < 0x21 || c == '\\');
    return local ? back : "/";
  }
}
