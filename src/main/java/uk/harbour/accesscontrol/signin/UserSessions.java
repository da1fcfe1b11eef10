package uk.harbour.accesscontrol.signin;

import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/** Ends a user's sessions on every Harbour instance, by deleting them from the session store. */
@Component
public class UserSessions {

  private final ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions;

  UserSessions(ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions) {
    this.sessions = sessions;
  }

  /** Ends every session of the user except the one with id {@code keep} (may be null). */
  public int endAll(String username, @Nullable String keep) {
    FindByIndexNameSessionRepository<? extends Session> repository = sessions.getIfAvailable();
    if (repository == null) {
      return 0;
    }
    Map<String, ? extends Session> found = repository.findByPrincipalName(username);
    int ended = 0;
    for (String id : found.keySet()) {
      if (!id.equals(keep)) {
        repository.deleteById(id);
        ended++;
      }
    }
    return ended;
  }
}
