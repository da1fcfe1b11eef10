package uk.harbour.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * "Stay signed in" from the session timeout warning (static/js/session-timeout.js). Using the
 * session is enough to restart its idle timer.
 */
@Controller
class SessionController {

  @PostMapping("/session/extend")
  ResponseEntity<Void> extend(HttpServletRequest request) {
    if (request.getSession(false) == null) {
      return ResponseEntity.status(HttpStatus.UNAUTHORIZED).build();
    }
    return ResponseEntity.noContent().build();
  }
}
