package uk.harbour.missing;

import java.io.IOException;
import java.time.Clock;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.harbour.shared.ChildId;
import uk.harbour.shared.DisplayDates;
import uk.harbour.shared.FreeTextCheck;
import uk.harbour.shared.StaleRecordException;
import uk.harbour.shared.StaleSave;
import uk.harbour.web.PdfDocuments;

/**
 * The child's Philomena profile: the page, the form that keeps it current, confirming it is still
 * current, the photograph (upload, view, remove) and the one-page PDF for the police.
 */
@Controller
class PhilomenaController {

  private final PhilomenaProfiles profiles;
  private final PdfDocuments pdfs;
  private final DisplayDates dates;
  private final FreeTextCheck language;
  private final Clock clock;

  PhilomenaController(
      PhilomenaProfiles profiles,
      PdfDocuments pdfs,
      DisplayDates dates,
      FreeTextCheck language,
      Clock clock) {
    this.profiles = profiles;
    this.pdfs = pdfs;
    this.dates = dates;
    this.language = language;
    this.clock = clock;
  }

  static String base(ChildId child) {
    return "/missing/children/" + child + "/philomena";
  }

  @InitBinder("form")
  void allowFields(WebDataBinder binder) {
    binder.setAllowedFields(PhilomenaForm.FIELDS);
  }

  @GetMapping("/missing/children/{childId}/philomena")
  String view(@PathVariable String childId, Model model) {
    model.addAttribute("shown", profiles.view(ChildId.of(childId)));
    return "missing/philomena";
  }

  @GetMapping("/missing/children/{childId}/philomena/edit")
  String edit(@PathVariable String childId, Model model) {
    PhilomenaProfiles.Shown shown = profiles.toChange(ChildId.of(childId));
    PhilomenaProfile p = shown.profile();
    model.addAttribute(
        "form", PhilomenaForm.of(p == null ? null : p.details(), p == null ? null : p.version()));
    return formPage(model, shown);
  }

  @PostMapping("/missing/children/{childId}/philomena/edit")
  String save(
      @PathVariable String childId,
      @ModelAttribute("form") PhilomenaForm form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect) {
    ChildId child = ChildId.of(childId);
    PhilomenaProfiles.Shown shown = profiles.toChange(child);
    form.validate(result);
    if (result.hasErrors()) {
      return formPage(model, shown);
    }
    PhilomenaProfile before = shown.profile();
    PhilomenaProfile.Details details = form.details();
    return StaleSave.saveOrShowAgain(
        model,
        () -> {
          Integer opened = form.openedVersion();
          if (before != null && opened == null) {
            throw new StaleRecordException(before.updatedByName(), before.updatedAt());
          }
          profiles.save(child, opened, details);
        },
        () -> {
          redirect.addFlashAttribute("banner", "missing.philomena.saved");
          language
              .afterSave(
                  PhilomenaForm.languageFields(details, before == null ? null : before.details()),
                  shown.child().age(clock),
                  base(child) + "/edit",
                  base(child))
              .forEach(redirect::addFlashAttribute);
          return "redirect:" + base(child);
        },
        () -> {
          PhilomenaProfiles.Shown now = profiles.toChange(child);
          form.setVersion(now.profile() == null ? "" : String.valueOf(now.profile().version()));
          return formPage(model, now);
        });
  }

  @PostMapping("/missing/children/{childId}/philomena/confirm")
  String confirm(
      @PathVariable String childId,
      @RequestParam(value = "version", required = false) @Nullable String version,
      Model model,
      RedirectAttributes redirect) {
    ChildId child = ChildId.of(childId);
    int opened = parseVersion(version);
    boolean[] existed = {true};
    return StaleSave.saveOrShowAgain(
        model,
        () -> existed[0] = profiles.confirm(child, opened),
        () -> {
          if (existed[0]) {
            redirect.addFlashAttribute("banner", "missing.philomena.confirmed");
          }
          return "redirect:" + base(child);
        },
        () -> {
          model.addAttribute("shown", profiles.view(child));
          return "missing/philomena";
        });
  }

  @GetMapping("/missing/children/{childId}/philomena/photo")
  String photoForm(@PathVariable String childId, Model model) {
    model.addAttribute("shown", profiles.toChange(ChildId.of(childId)));
    model.addAttribute("photoMaxMegabytes", profiles.properties().photoMaxSize().toMegabytes());
    return "missing/philomena-photo";
  }

  @PostMapping("/missing/children/{childId}/philomena/photo")
  String upload(
      @PathVariable String childId,
      @RequestParam(value = "photo", required = false) @Nullable MultipartFile photo,
      Model model,
      RedirectAttributes redirect)
      throws IOException {
    ChildId child = ChildId.of(childId);
    PhilomenaProfiles.Shown shown = profiles.toChange(child);
    PhilomenaProperties settings = profiles.properties();
    PhilomenaPhoto.Checked checked =
        photo == null
            ? PhilomenaPhoto.Checked.refused(PhilomenaPhoto.Refusal.EMPTY)
            : photo.getSize() > settings.photoMaxSize().toBytes()
                ? PhilomenaPhoto.Checked.refused(PhilomenaPhoto.Refusal.TOO_LARGE)
                : PhilomenaPhoto.check(
                    photo.getBytes(), settings.photoMaxSize().toBytes(), settings.photoMaxPixels());
    if (checked.refusal() != null || checked.mediaType() == null || checked.content() == null) {
      model.addAttribute("shown", shown);
      model.addAttribute(
          "photoError",
          (checked.refusal() == null ? PhilomenaPhoto.Refusal.NOT_AN_IMAGE : checked.refusal())
              .messageKey);
      model.addAttribute("photoMaxMegabytes", settings.photoMaxSize().toMegabytes());
      return "missing/philomena-photo";
    }
    profiles.savePhoto(child, checked.mediaType(), checked.content());
    redirect.addFlashAttribute("banner", "missing.philomena.photo.saved");
    return "redirect:" + base(child);
  }

  @PostMapping("/missing/children/{childId}/philomena/photo/remove")
  String removePhoto(@PathVariable String childId, RedirectAttributes redirect) {
    ChildId child = ChildId.of(childId);
    profiles.removePhoto(child);
    redirect.addFlashAttribute("banner", "missing.philomena.photo.removed");
    return "redirect:" + base(child);
  }

  @GetMapping("/missing/children/{childId}/philomena/photo/image")
  ResponseEntity<byte[]> image(@PathVariable String childId) {
    PhilomenaRepository.Photo photo = profiles.photo(ChildId.of(childId));
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(photo.mediaType()))
        .cacheControl(CacheControl.noStore())
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().build().toString())
        .body(photo.content());
  }

  @GetMapping("/missing/children/{childId}/philomena.pdf")
  ResponseEntity<byte[]> pdf(@PathVariable String childId) {
    ChildId child = ChildId.of(childId);
    PhilomenaProfiles.Shown shown = profiles.forPolice(child);
    Map<String, Object> model = new HashMap<>();
    model.put("shown", shown);
    model.put("dates", dates);
    profiles
        .photoForPolice(child)
        .ifPresent(
            p ->
                model.put(
                    "photoData",
                    "data:"
                        + p.mediaType()
                        + ";base64,"
                        + Base64.getEncoder().encodeToString(p.content())));
    String reference = shown.child().reference();
    byte[] pdf = pdfs.render("missing/philomena-pdf", "Philomena profile " + reference, model);
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename("philomena-" + reference + ".pdf")
                .build()
                .toString())
        .header(HttpHeaders.CACHE_CONTROL, "no-store")
        .body(pdf);
  }

  private String formPage(Model model, PhilomenaProfiles.Shown shown) {
    model.addAttribute("shown", shown);
    return "missing/philomena-form";
  }

  private static int parseVersion(@Nullable String version) {
    try {
      return version == null ? -1 : Integer.parseInt(version.strip());
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}
