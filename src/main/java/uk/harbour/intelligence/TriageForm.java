package uk.harbour.intelligence;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The intelligence officer's decision on a submission: the 3x5x2 grade, the sanitised text, the
 * outcome and reasons, which register entry each mention is ("new" or an entry's id, by mention
 * id), and the decision to share or not with its lawful basis.
 */
public class TriageForm {

  static final String NEW = "new";

  private String sourceEvaluation = "";
  private String intelligenceAssessment = "";
  private String handling = "";
  private String handlingConditions = "";
  private String sanitisedText = "";
  private String outcome = "";
  private String reasons = "";
  private String share = "";
  private String withWhom = "";
  private String lawfulBasis = "";
  private String why = "";
  private Map<String, String> resolutions = new LinkedHashMap<>();
  private java.util.List<String> links = new java.util.ArrayList<>();
  private boolean linksReviewed;
  private int version;

  static final String[] FIELDS = {
    "links*",
    "linksReviewed",
    "sourceEvaluation",
    "intelligenceAssessment",
    "handling",
    "handlingConditions",
    "sanitisedText",
    "outcome",
    "reasons",
    "share",
    "withWhom",
    "lawfulBasis",
    "why",
    "resolutions*",
    "version"
  };

  public String getSourceEvaluation() {
    return sourceEvaluation;
  }

  public void setSourceEvaluation(String v) {
    sourceEvaluation = v == null ? "" : v;
  }

  public String getIntelligenceAssessment() {
    return intelligenceAssessment;
  }

  public void setIntelligenceAssessment(String v) {
    intelligenceAssessment = v == null ? "" : v;
  }

  public String getHandling() {
    return handling;
  }

  public void setHandling(String v) {
    handling = v == null ? "" : v;
  }

  public String getHandlingConditions() {
    return handlingConditions;
  }

  public void setHandlingConditions(String v) {
    handlingConditions = v == null ? "" : v;
  }

  public String getSanitisedText() {
    return sanitisedText;
  }

  public void setSanitisedText(String v) {
    sanitisedText = v == null ? "" : v;
  }

  public String getOutcome() {
    return outcome;
  }

  public void setOutcome(String v) {
    outcome = v == null ? "" : v;
  }

  public String getReasons() {
    return reasons;
  }

  public void setReasons(String v) {
    reasons = v == null ? "" : v;
  }

  public String getShare() {
    return share;
  }

  public void setShare(String v) {
    share = v == null ? "" : v;
  }

  public String getWithWhom() {
    return withWhom;
  }

  public void setWithWhom(String v) {
    withWhom = v == null ? "" : v;
  }

  public String getLawfulBasis() {
    return lawfulBasis;
  }

  public void setLawfulBasis(String v) {
    lawfulBasis = v == null ? "" : v;
  }

  public String getWhy() {
    return why;
  }

  public void setWhy(String v) {
    why = v == null ? "" : v;
  }

  public Map<String, String> getResolutions() {
    return resolutions;
  }

  public void setResolutions(Map<String, String> v) {
    resolutions = v == null ? new LinkedHashMap<>() : new LinkedHashMap<>(v);
  }

  /** The links the officer kept ticked (see {@link TriageDecision#pair}). */
  public java.util.List<String> getLinks() {
    return links;
  }

  public void setLinks(java.util.List<String> v) {
    links = v == null ? new java.util.ArrayList<>() : new java.util.ArrayList<>(v);
  }

  /** The links kept ticked, without the gaps unticked boxes leave in the indexed list. */
  public java.util.Set<String> keptLinks() {
    java.util.Set<String> kept = new java.util.HashSet<>();
    for (String link : links) {
      if (link != null && !link.isBlank()) {
        kept.add(link);
      }
    }
    return kept;
  }

  /** Whether the form showed the links for review (if not, every link is made). */
  public boolean isLinksReviewed() {
    return linksReviewed;
  }

  public void setLinksReviewed(boolean v) {
    linksReviewed = v;
  }

  public int getVersion() {
    return version;
  }

  public void setVersion(int v) {
    version = v;
  }
}
