package uk.harbour.intelligence;

/** What happens at a place: where people meet, where harm happens, both, or something else. */
enum PlaceUse {
  MEET,
  HARM,
  BOTH,
  OTHER
}
