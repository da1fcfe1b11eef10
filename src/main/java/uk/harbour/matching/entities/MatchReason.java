package uk.harbour.matching.entities;

/** Why a candidate is or is not the mentioned entity; each is listed for or against. */
public enum MatchReason {
  /** The same full plate. */
  PLATE_SAME,
  /** A partial plate (unknown characters, or only part seen) that fits the other plate. */
  PLATE_FITS_PARTIAL,
  /** Two full plates one character (or one swap of neighbours) apart: a misread. */
  PLATE_NEARLY,
  /** Two full plates that differ, or a partial that cannot fit. */
  PLATE_DIFFERENT,
  MAKE_SAME,
  MAKE_DIFFERENT,
  /** The same colour or one easily confused with it (silver and grey). */
  COLOUR_SAME,
  COLOUR_DIFFERENT,
  /** The same number once both are written the international way. */
  PHONE_SAME,
  /** The same username once case, a leading @ and spaces are set aside. */
  USERNAME_SAME,
  /** Usernames that differ only in punctuation or look-alike digits (0 for o, 1 for l). */
  USERNAME_LOOKS_ALIKE,
  PLATFORM_SAME,
  PLATFORM_DIFFERENT,
  /** The same given name. */
  NAME_SAME,
  /** Given names that are variants of each other (Mohammed and Muhammad) or nearly spelt alike. */
  NAME_VARIANT,
  /** Given names that sound the same. */
  NAME_SOUNDS_ALIKE,
  /** Given names that differ. */
  NAME_DIFFERENT,
  /** The same nickname (Big Mo and Mo count as the same). */
  NICKNAME_SAME,
  /** One side's nickname is a diminutive of the other's given name, or is its nickname. */
  NICKNAME_OF_NAME,
  /** The same or nearly the same family name. */
  SURNAME_SAME,
  /** Family names one slip of spelling apart. */
  SURNAME_ALIKE,
  /** Family names that sound alike but are spelt differently (Moore, Murray): weak. */
  SURNAME_SOUNDS_ALIKE,
  SURNAME_DIFFERENT,
  /** Approximate ages within three years. */
  AGE_CLOSE,
  /** Approximate ages eight or more years apart. */
  AGE_FAR,
  POSTCODE_SAME,
  POSTCODE_DIFFERENT,
  PLACE_NAME_ALIKE,
  PLACE_NAME_DIFFERENT,
  ADDRESS_ALIKE,
  /** Addresses whose house or flat numbers differ. */
  ADDRESS_DIFFERENT
}
