package uk.harbour.people;

import java.util.List;
import uk.harbour.shared.ChildId;

/**
 * Links another module adds to a child's record page (for example, to the child's case), so that
 * this module needs to know nothing about that module.
 */
public interface ChildPageLinks {

  /**
   * A link on the child's page.
   *
   * @param messageKey the link text's message key
   * @param argument the message's one argument ({0}), or null
   * @param href the application-relative path
   */
  record Link(String messageKey, String argument, String href) {}

  /**
   * The links for a child the signed-in user may see.
   *
   * @param merged whether the record was merged into another: links that start new work (such as
   *     opening a case) belong on the kept record, not on this one
   */
  List<Link> forChild(ChildId child, boolean merged);
}
