package uk.harbour.language;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
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

  /** A live check: the text, and optionally the child's age and whether it is their words. */
  record CheckRequest(String text, Integer childAge, Boolean youngPersonsOwnWords) {}

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
        new TextContext(age, Boolean.TRUE.equals(request.youngPersonsOwnWords()), null);
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_JSON)
        .body("{\"findings\":" + FindingJson.findings(guide.check(text, context)) + "}");
  }

  @PostMapping("/language/kept")
  String kept(
      @RequestParam(name = "entry", defaultValue = "") String entry,
      @RequestParam(name = "back", defaultValue = "/") String back,
      RedirectAttributes redirect) {
    guide.record(entry, FindingOutcome.KEPT);
    redirect.addFlashAttribute("languageKept", entry);
    return "redirect:" + safeLocal(back);
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
