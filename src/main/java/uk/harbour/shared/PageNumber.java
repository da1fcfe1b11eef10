package uk.harbour.shared;

import org.jspecify.annotations.Nullable;

/** A page number typed into an address: anything that is not a number from 1 up counts as 1. */
public final class PageNumber {

  public static final int MAX = 100_000;

  private PageNumber() {}

  public static int parse(@Nullable String raw) {
    try {
      return raw == null ? 1 : Math.max(1, Math.min(Integer.parseInt(raw.strip()), MAX));
    } catch (NumberFormatException e) {
      return 1;
    }
  }
}
