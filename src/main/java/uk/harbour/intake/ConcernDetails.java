package uk.harbour.intake;

import java.util.Map;
import java.util.TreeMap;
import uk.harbour.shared.Indicator;

/**
 * Everything a reporter typed into a concern, exactly as typed (blank answers become null).
 *
 * @param observations notes against indicator prompts; prompts with no note are absent
 */
record ConcernDetails(
    AboutWhom about,
    WhatHappened happened,
    Connections connections,
    Map<Indicator, String> observations,
    PublicDetails publicDetails) {

  ConcernDetails {
    observations = java.util.Collections.unmodifiableMap(new TreeMap<>(observations));
  }
}
