package uk.harbour.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.http.HttpStatus;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Runs a form's handler once per form token ({@link FormTokens}) and content, however often the
 * form is sent: a double-click, a resend after a slow answer.
 *
 * <ul>
 *   <li>Before the handler, the token is claimed in PostgreSQL ({@link SubmittedFormRepository})
 *       with a SHA-256 of the parameters sent; the primary key makes the claim atomic across
 *       requests and instances.
 *   <li>After it, an answer that redirects (the post/redirect/get every save ends with) is recorded
 *       with where it led. Any other answer (the form re-shown with errors, a refusal, a failure)
 *       saved nothing, so the claim is dropped and the form may be sent again.
 *   <li>A repeat of a recorded token is sent where the first went (303), without running the
 *       handler; its "saved" message is already waiting there. A repeat while the first is still
 *       running waits for it (up to {@link #WAIT}), then does the same, or runs itself if the first
 *       saved nothing.
 *   <li>Posts without a token (sign-in, the live language check, tools) run as they always have.
 * </ul>
 */
class SubmitOnce implements HandlerInterceptor {

  /** How long a repeat waits for the first sending of its form to finish. */
  static final Duration WAIT = Duration.ofSeconds(20);

  private static final Duration POLL = Duration.ofMillis(50);
  private static final String CLAIMED = SubmitOnce.class.getName() + ".claimed";

  private final SubmittedFormRepository forms;

  SubmitOnce(SubmittedFormRepository forms) {
    this.forms = forms;
  }

  @Override
  public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
      throws InterruptedException {
    String token = request.getParameter(FormTokens.FIELD);
    if (!"POST".equals(request.getMethod())
        || !(handler instanceof HandlerMethod)
        || !FormTokens.wellFormed(token)) {
      return true;
    }
    String path = request.getRequestURI();
    String fingerprint = fingerprint(request);
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (true) {
      if (forms.claim(token, path, fingerprint)) {
        request.setAttribute(CLAIMED, token);
        return true;
      }
      Optional<SubmittedFormRepository.Submission> first = forms.find(token);
      if (first.isEmpty()) {
        continue; // the first saved nothing and let go: claim it now
      }
      if (!first.get().path().equals(path)) {
        throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Token sent to another form");
      }
      if (first.get().finished() && first.get().fingerprint().equals(fingerprint)) {
        response.setStatus(HttpStatus.SEE_OTHER.value());
        response.setHeader("Location", first.get().location());
        return false;
      }
      if (first.get().finished() && forms.claimAgain(token, path, fingerprint)) {
        request.setAttribute(CLAIMED, token);
        return true;
      }
      if (System.nanoTime() > deadline) {
        throw new FormStillSendingException();
      }
      Thread.sleep(POLL.toMillis());
    }
  }

  /** A SHA-256 of every parameter sent but the CSRF token and the form token. */
  static String fingerprint(HttpServletRequest request) {
    MessageDigest sha = sha256();
    new TreeMap<>(request.getParameterMap())
        .forEach(
            (name, values) -> {
              if (name.equals("_csrf") || name.equals(FormTokens.FIELD)) {
                return;
              }
              update(sha, name);
              sha.update((byte) values.length);
              for (String value : values) {
                update(sha, value);
              }
            });
    return HexFormat.of().formatHex(sha.digest());
  }

  private static void update(MessageDigest sha, String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    sha.update(ByteBuffer.allocate(4).putInt(bytes.length).array());
    sha.update(bytes);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void afterCompletion(
      HttpServletRequest request, HttpServletResponse response, Object handler, Exception ex) {
    if (!(request.getAttribute(CLAIMED) instanceof String token)) {
      return;
    }
    request.removeAttribute(CLAIMED);
    String location = response.getHeader("Location");
    if (response.getStatus() >= 300 && response.getStatus() < 400 && location != null) {
      forms.finish(token, location);
    } else {
      forms.release(token);
    }
  }

  /** The first sending of a form is still running after {@link #WAIT}. */
  static final class FormStillSendingException extends RuntimeException {
    FormStillSendingException() {
      super("The first sending of this form has not finished");
    }
  }
}
