package uk.harbour.contexts;

import org.jspecify.annotations.Nullable;

/** The register forms (a context, a referral, a decision), as typed (never shortened). */
final class RegisterForms {

  private RegisterForms() {}

  /** A new context as typed. */
  static class ContextForm {
    private @Nullable String kind;
    private @Nullable String name;
    private @Nullable String description;
    private @Nullable String controllerName;
    private @Nullable String controllerKind;
    private @Nullable String address;
    private @Nullable String postcode;

    static final String[] FIELDS = {
      "kind", "name", "description", "controllerName", "controllerKind", "address", "postcode"
    };

    public @Nullable String getKind() {
      return kind;
    }

    public void setKind(@Nullable String v) {
      kind = v;
    }

    public @Nullable String getName() {
      return name;
    }

    public void setName(@Nullable String v) {
      name = v;
    }

    public @Nullable String getDescription() {
      return description;
    }

    public void setDescription(@Nullable String v) {
      description = v;
    }

    public @Nullable String getControllerName() {
      return controllerName;
    }

    public void setControllerName(@Nullable String v) {
      controllerName = v;
    }

    public @Nullable String getControllerKind() {
      return controllerKind;
    }

    public void setControllerKind(@Nullable String v) {
      controllerKind = v;
    }

    public @Nullable String getAddress() {
      return address;
    }

    public void setAddress(@Nullable String v) {
      address = v;
    }

    public @Nullable String getPostcode() {
      return postcode;
    }

    public void setPostcode(@Nullable String v) {
      postcode = v;
    }
  }

  /** A referral about a context as typed. */
  static class ReferralForm {
    private @Nullable String kind;
    private @Nullable String name;
    private @Nullable String whatNoticed;

    static final String[] FIELDS = {"kind", "name", "whatNoticed"};

    public @Nullable String getKind() {
      return kind;
    }

    public void setKind(@Nullable String v) {
      kind = v;
    }

    public @Nullable String getName() {
      return name;
    }

    public void setName(@Nullable String v) {
      name = v;
    }

    public @Nullable String getWhatNoticed() {
      return whatNoticed;
    }

    public void setWhatNoticed(@Nullable String v) {
      whatNoticed = v;
    }
  }

  /** The lead's decision on a referral as typed. */
  static class DecisionForm {
    private @Nullable String decision;
    private @Nullable String reason;
    private @Nullable String contextId;
    private int version;

    static final String[] FIELDS = {"decision", "reason", "contextId", "version"};

    public @Nullable String getDecision() {
      return decision;
    }

    public void setDecision(@Nullable String v) {
      decision = v;
    }

    public @Nullable String getReason() {
      return reason;
    }

    public void setReason(@Nullable String v) {
      reason = v;
    }

    public @Nullable String getContextId() {
      return contextId;
    }

    public void setContextId(@Nullable String v) {
      contextId = v;
    }

    public int getVersion() {
      return version;
    }

    public void setVersion(int v) {
      version = v;
    }
  }
}
