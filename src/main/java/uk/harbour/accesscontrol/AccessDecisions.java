package uk.harbour.accesscontrol;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import uk.harbour.shared.ChildId;

/**
 * The access policy's decisions about children, remembered for the rest of the request that made
 * them, so a page that checks one child several times (the case, its heading, its change links)
 * asks the database once. Only HTTP requests remember ({@link AccessDecisionsFilter} opens the
 * memory as each begins); outside one nothing is remembered. Anything in this module that changes
 * who may see a child (teams, screening access, break-glass) forgets them all, so a request that
 * changes access and then checks it sees the change.
 */
final class AccessDecisions {

  private static final String ATTRIBUTE = AccessDecisions.class.getName();

  /** What one user may do with one child. */
  record Decision(boolean maySee, AccessPolicy.ChangeBasis change) {}

  private record Key(UUID user, ChildId child) {}

  private AccessDecisions() {}

  /** Opens this request's memory of decisions, empty. */
  static void open(jakarta.servlet.ServletRequest request) {
    request.setAttribute(ATTRIBUTE, new HashMap<Key, Decision>());
  }

  static @Nullable Decision find(UUID user, ChildId child) {
    Map<Key, Decision> known = known();
    return known == null ? null : known.get(new Key(user, child));
  }

  static void remember(UUID user, ChildId child, Decision decision) {
    Map<Key, Decision> known = known();
    if (known != null) {
      known.put(new Key(user, child), decision);
    }
  }

  /** Forgets every decision this request made: who may see a child has just changed. */
  static void forgetAll() {
    Map<Key, Decision> known = known();
    if (known != null) {
      known.clear();
    }
  }

  @SuppressWarnings("unchecked")
  private static @Nullable Map<Key, Decision> known() {
    RequestAttributes request = RequestContextHolder.getRequestAttributes();
    if (request == null) {
      return null;
    }
    return (Map<Key, Decision>) request.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
  }
}
