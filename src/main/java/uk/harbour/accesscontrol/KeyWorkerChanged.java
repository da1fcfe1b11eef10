package uk.harbour.accesscontrol;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import uk.harbour.shared.ChildId;
import uk.harbour.shared.UserId;

/**
 * The key worker in a child's team around the child changed: someone became it, stopped being it,
 * or took over from someone else. The team is the one place Harbour holds who a child's key worker
 * is; published by {@link Teams} in the transaction that made the change, so that modules keeping a
 * history of it (a case's key workers over time) stay in step.
 *
 * @param previous the key worker before, or null if there was none
 * @param next the key worker now, or null if there is none
 * @param reason why, when the person who made the change gave a reason; otherwise null
 */
public record KeyWorkerChanged(
    ChildId child, @Nullable UserId previous, @Nullable UserId next, @Nullable String reason) {

  public KeyWorkerChanged {
    Objects.requireNonNull(child, "child");
  }
}
