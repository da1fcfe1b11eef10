package uk.harbour.missing;

import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The SSDA903 "Missing" export: choose a collection year, see what the checks found (each finding
 * in words, linked to the episode when the user may see the child), and download the CSV once
 * nothing stops it.
 */
@Controller
class Ssda903Controller {

  private final Ssda903Export export;

  Ssda903Controller(Ssda903Export export) {
    this.export = export;
  }

  @GetMapping("/missing/ssda903")
  String page(
      @RequestParam(value = "year", required = false) @Nullable String year,
      @RequestParam(value = "refused", required = false) @Nullable String refused,
      Model model) {
    model.addAttribute("years", export.years());
    model.addAttribute("exportRefused", "true".equals(refused));
    Ssda903Year chosen = parse(year);
    if (year != null && chosen == null) {
      model.addAttribute("yearError", true);
    }
    model.addAttribute("chosen", chosen == null ? export.currentYear() : chosen);
    if (chosen != null) {
      model.addAttribute("checked", export.check(chosen));
    }
    return "missing/ssda903";
  }

  @PostMapping("/missing/ssda903/export")
  ResponseEntity<byte[]> download(
      @RequestParam(value = "year", required = false) @Nullable String year,
      @RequestParam(value = "returnInterviews", required = false) @Nullable String rhi) {
    Ssda903Year chosen = parse(year);
    if (chosen == null) {
      return seeOther("/missing/ssda903");
    }
    boolean withRhi = "yes".equals(rhi);
    Ssda903Export.Checked checked = export.export(chosen, withRhi);
    if (checked.blocked()) {
      // Nothing was exported: the page shows the errors to correct first.
      return seeOther("/missing/ssda903?year=" + chosen.startYear() + "&refused=true");
    }
    byte[] body = Ssda903Export.csv(checked.rows(), withRhi).getBytes(StandardCharsets.UTF_8);
    return ResponseEntity.ok()
        .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename("ssda903-missing-" + chosen.label() + ".csv")
                .build()
                .toString())
        .header(HttpHeaders.CACHE_CONTROL, "no-store")
        .body(body);
  }

  private static ResponseEntity<byte[]> seeOther(String path) {
    return ResponseEntity.status(303).location(java.net.URI.create(path)).build();
  }

  private @Nullable Ssda903Year parse(@Nullable String year) {
    if (year == null) {
      return null;
    }
    try {
      int start = Integer.parseInt(year.strip());
      return export.years().stream().filter(y -> y.startYear() == start).findFirst().orElse(null);
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
