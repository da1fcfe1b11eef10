package uk.harbour.language;

import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.security.SecureRandom;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * "Keep as written" tokens. Each finding shown to a practitioner gets a random token, kept in their
 * session with the entry, the field and the page it was shown on; {@code /language/kept} accepts
 * only such a token, once. So a keep is only counted for a finding that was really shown to that
 * practitioner for that record and field, and only once per session. The same finding shown again
 * gets the same token.
 */
final class KeepTokens {

  static final String ATTRIBUTE = KeepTokens.class.getName();
  private static final int MAX_TOKENS = 500;
  private static final SecureRandom RANDOM = new SecureRandom();

  /** A finding shown: its entry, field and page; kept once it has been kept. */
  record Shown(String entryId, String field, String page, boolean kept) implements Serializable {}

  /** The session's tokens (oldest dropped beyond {@link #MAX_TOKENS}). */
  static final class Issued implements Serializable {
    private final LinkedHashMap<String, Shown> byToken = new LinkedHashMap<>();
    private final HashMap<String, String> tokenByFinding = new HashMap<>();
  }

  /** The token for this finding on this page, issued now or earlier in the session. */
  static String issue(HttpSession session, String entryId, String field, String page) {
    Issued issued = issued(session);
    String finding = page + "\u0000" + field + "\u0000" + entryId;
    String token = issued.tokenByFinding.get(finding);
    if (token == null) {
      byte[] bytes = new byte[16];
      RANDOM.nextBytes(bytes);
      token = HexFormat.of().formatHex(bytes);
      issued.tokenByFinding.put(finding, token);
      issued.byToken.put(token, new Shown(entryId, field, page, false));
      while (issued.byToken.size() > MAX_TOKENS) {
        Map.Entry<String, Shown> oldest = issued.byToken.entrySet().iterator().next();
        Shown s = oldest.getValue();
        issued.tokenByFinding.remove(s.page() + "\u0000" + s.field() + "\u0000" + s.entryId());
        issued.byToken.remove(oldest.getKey());
      }
      session.setAttribute(ATTRIBUTE, issued);
    }
    return token;
  }

  /** The finding behind a token not yet kept (now marked kept), or empty. */
  static Optional<Shown> redeem(HttpSession session, String token) {
    if (session == null || token == null) {
      return Optional.empty();
    }
    Issued issued = session.getAttribute(ATTRIBUTE) instanceof Issued i ? i : null;
    Shown shown = issued == null ? null : issued.byToken.get(token);
    if (shown == null || shown.kept()) {
      return Optional.empty();
    }
    issued.byToken.put(token, new Shown(shown.entryId(), shown.field(), shown.page(), true));
    session.setAttribute(ATTRIBUTE, issued);
    return Optional.of(shown);
  }

  private KeepTokens() {}

  private static Issued issued(HttpSession session) {
    return session.getAttribute(ATTRIBUTE) instanceof Issued issued ? issued : new Issued();
  }
}
