package uk.harbour.intelligence;

/** The 3x5x2 handling code: P lawful sharing permitted; C permitted with written conditions. */
enum Handling {
  P,
  C
}
