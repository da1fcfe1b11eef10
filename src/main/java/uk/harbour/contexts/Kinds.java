package uk.harbour.contexts;

import org.jspecify.annotations.Nullable;

/** The closed lists of the contexts module, each shown through its message bundle. */
final class Kinds {

  private Kinds() {}

  /** What a context is. */
  enum ContextKind {
    PEER_GROUP,
    SCHOOL,
    PLACE,
    ONLINE_SPACE
  }

  /** Who controls a context: those who can change it. */
  enum ControllerKind {
    SCHOOL,
    BUSINESS,
    LANDLORD,
    TRANSPORT_OPERATOR,
    COUNCIL,
    ONLINE_PLATFORM,
    OTHER
  }

  /** How reliable a link or a peer map entry is (Leeds: reliability for every item). */
  enum Reliability {
    SEEN_OR_SAID,
    REPORTED,
    NOT_VERIFIED
  }

  /** What a friend or peer means for the child's safety. */
  enum Influence {
    SAFE,
    WORRY,
    UNSURE
  }

  /** The contextual safeguarding lead's decision on a referral about a context. */
  enum Decision {
    ASSESS,
    NO_FURTHER_ACTION,
    MERGE
  }

  /** The constant of {@code type} named {@code value}, or null. */
  static <E extends Enum<E>> @Nullable E parse(Class<E> type, @Nullable String value) {
    for (E e : type.getEnumConstants()) {
      if (e.name().equals(value)) {
        return e;
      }
    }
    return null;
  }
}
