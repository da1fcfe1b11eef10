package uk.harbour.contexts;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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
import uk.harbour.contexts.CaseForms.LinkForm;
import uk.harbour.contexts.CaseForms.PeerForm;
import uk.harbour.contexts.Kinds.Influence;
import uk.harbour.contexts.Kinds.Reliability;
import uk.harbour.shared.RecordIds;

/**
 * Inside a child's case: the contexts the child is linked to (with the basis and reliability of
 * each link) and the child's peer map, initials only, for safety planning.
 */
@Controller
class CaseContextController {

  private final CaseContexts caseContexts;
  private final Register register;
  private final NameCheck names;
  private final ContextLanguage language;
  private final ContextAccess access;
  private final MessageSource messages;

  CaseContextController(
      CaseContexts caseContexts,
      Register register,
      NameCheck names,
      ContextLanguage language,
      ContextAccess access,
      MessageSource messages) {
    this.caseContexts = caseContexts;
    this.register = register;
    this.names = names;
    this.language = language;
    this.access = access;
    this.messages = messages;
  }

  @InitBinder("link")
  void linkFields(WebDataBinder binder) {
    binder.setAllowedFields(LinkForm.FIELDS);
  }

  @InitBinder("peer")
  void peerFields(WebDataBinder binder) {
    binder.setAllowedFields(PeerForm.FIELDS);
  }

  @GetMapping("/cases/{caseId}/contexts")
  String contexts(@PathVariable String caseId, Model model) {
    model.addAttribute("link", new LinkForm());
    return contextsPage(CaseId.parse(caseId), model);
  }

  @PostMapping("/cases/{caseId}/contexts")
  String link(
      @PathVariable String caseId,
      @ModelAttribute("link") LinkForm form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect) {
    CaseId id = CaseId.parse(caseId);
    caseContexts.toChange(id);
    ContextId context = null;
    if (form.getContextId() == null || form.getContextId().isBlank()) {
      result.rejectValue("contextId", "contexts.link.error.context");
    } else {
      java.util.UUID raw = RecordIds.parseOrNull(form.getContextId());
      context = raw == null ? null : new ContextId(raw);
      if (context == null || !register.exists(context)) {
        result.rejectValue("contextId", "contexts.link.error.context");
      }
    }
    Checks.text(result, "basis", form.getBasis(), "contexts.link.error.basis", Checks.LONG);
    Reliability reliability = Kinds.parse(Reliability.class, form.getReliability());
    if (reliability == null) {
      result.rejectValue("reliability", "contexts.link.error.reliability");
    }
    if (result.hasErrors()) {
      return contextsPage(id, model);
    }
    String basis = form.getBasis().strip();
    boolean linked = caseContexts.link(id, context, basis, reliability, access.me().displayName());
    redirect.addFlashAttribute(
        "banner", linked ? "contexts.link.saved" : "contexts.link.alreadyLinked");
    String back = "/cases/" + id + "/contexts";
    language.afterSave(
        redirect, Map.of("basis", new String[] {"contexts.link.basis", basis}), null, back);
    return "redirect:" + back;
  }

  @GetMapping("/cases/{caseId}/peer-map")
  String peerMap(@PathVariable String caseId, Model model) {
    model.addAttribute("peer", new PeerForm());
    return peerPage(CaseId.parse(caseId), model);
  }

  @PostMapping("/cases/{caseId}/peer-map")
  String addPeer(
      @PathVariable String caseId,
      @ModelAttribute("peer") PeerForm form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect) {
    CaseId id = CaseId.parse(caseId);
    caseContexts.toChange(id);
    String initials = PeerInitials.normalise(form.getInitials());
    if (form.getInitials() == null || form.getInitials().isBlank()) {
      result.rejectValue("initials", "contexts.peer.error.initialsMissing");
    } else if (initials == null) {
      result.rejectValue("initials", "contexts.peer.error.initials");
    }
    Influence influence = Kinds.parse(Influence.class, form.getInfluence());
    if (influence == null) {
      result.rejectValue("influence", "contexts.peer.error.influence");
    }
    Reliability reliability = Kinds.parse(Reliability.class, form.getReliability());
    if (reliability == null) {
      result.rejectValue("reliability", "contexts.peer.error.reliability");
    }
    Checks.text(
        result,
        "safetyAction",
        form.getSafetyAction(),
        "contexts.peer.error.safetyAction",
        Checks.LONG);
    Map<String, String> typed = new LinkedHashMap<>();
    if (initials != null && PeerInitials.couldBeAName(initials, form.getInitials())) {
      typed.put("initials", form.getInitials().strip());
    }
    typed.put("safetyAction", Checks.strip(form.getSafetyAction()));
    names.reject(result, "peer map entry", typed);
    if (result.hasErrors()) {
      return peerPage(id, model);
    }
    String action = form.getSafetyAction().strip();
    caseContexts.addPeer(id, initials, influence, reliability, action, access.me().displayName());
    redirect.addFlashAttribute("banner", "contexts.peer.saved");
    String back = "/cases/" + id + "/peer-map";
    language.afterSave(
        redirect,
        Map.of("safetyAction", new String[] {"contexts.peer.safetyAction", action}),
        null,
        back);
    return "redirect:" + back;
  }

  @PostMapping("/cases/{caseId}/peer-map/{entryId}/remove")
  String removePeer(
      @PathVariable String caseId, @PathVariable String entryId, RedirectAttributes redirect) {
    CaseId id = CaseId.parse(caseId);
    java.util.UUID entry = RecordIds.parseOrNull(entryId);
    if (entry == null) {
      caseContexts.peers(id);
      throw new uk.harbour.shared.RecordNotFoundException("peer map entry");
    }
    caseContexts.removePeer(id, entry);
    redirect.addFlashAttribute("banner", "contexts.peer.removed");
    return "redirect:/cases/" + id + "/peer-map";
  }

  private String contextsPage(CaseId id, Model model) {
    CaseContexts.Viewed<Records.Link> viewed = caseContexts.links(id);
    model.addAttribute("caseId", id);
    model.addAttribute("links", viewed.rows());
    model.addAttribute("mayChange", viewed.mayChange());
    model.addAttribute("reliabilities", Reliability.values());
    Map<String, String> options = new LinkedHashMap<>();
    options.put("", message("contexts.link.chooseContext"));
    Set<ContextId> already =
        viewed.rows().stream()
            .map(Records.Link::context)
            .collect(java.util.stream.Collectors.toSet());
    register.list().stream()
        .filter(c -> !already.contains(c.id()))
        .forEach(
            c ->
                options.put(
                    c.id().toString(),
                    c.name() + " (" + message("contexts.kind." + c.kind()) + ")"));
    model.addAttribute("contextOptions", options);
    return "contexts/case-contexts";
  }

  private String peerPage(CaseId id, Model model) {
    CaseContexts.Viewed<Records.PeerEntry> viewed = caseContexts.peers(id);
    model.addAttribute("caseId", id);
    model.addAttribute("peers", viewed.rows());
    model.addAttribute("mayChange", viewed.mayChange());
    model.addAttribute("influences", Influence.values());
    model.addAttribute("reliabilities", Reliability.values());
    return "contexts/peer-map";
  }

  private String message(String key) {
    return messages.getMessage(key, null, LocaleContextHolder.getLocale());
  }
}
