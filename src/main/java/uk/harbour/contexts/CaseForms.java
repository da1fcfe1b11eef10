package uk.harbour.contexts;

import org.jspecify.annotations.Nullable;

/** The forms of a child's contexts and peer map, as typed. */
final class CaseForms {

  private CaseForms() {}

  /** A child's link to a context as typed. */
  static class LinkForm {
    private @Nullable String contextId;
    private @Nullable String basis;
    private @Nullable String reliability;

    static final String[] FIELDS = {"contextId", "basis", "reliability"};

    public @Nullable String getContextId() {
      return contextId;
    }

    public void setContextId(@Nullable String v) {
      contextId = v;
    }

    public @Nullable String getBasis() {
      return basis;
    }

    public void setBasis(@Nullable String v) {
      basis = v;
    }

    public @Nullable String getReliability() {
      return reliability;
    }

    public void setReliability(@Nullable String v) {
      reliability = v;
    }
  }

  /** A peer map entry as typed. */
  static class PeerForm {
    private @Nullable String initials;
    private @Nullable String influence;
    private @Nullable String reliability;
    private @Nullable String safetyAction;

    static final String[] FIELDS = {"initials", "influence", "reliability", "safetyAction"};

    public @Nullable String getInitials() {
      return initials;
    }

    public void setInitials(@Nullable String v) {
      initials = v;
    }

    public @Nullable String getInfluence() {
      return influence;
    }

    public void setInfluence(@Nullable String v) {
      influence = v;
    }

    public @Nullable String getReliability() {
      return reliability;
    }

    public void setReliability(@Nullable String v) {
      reliability = v;
    }

    public @Nullable String getSafetyAction() {
      return safetyAction;
    }

    public void setSafetyAction(@Nullable String v) {
      safetyAction = v;
    }
  }
}
