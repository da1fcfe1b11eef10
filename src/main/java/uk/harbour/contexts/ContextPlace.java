package uk.harbour.contexts;

import org.jspecify.annotations.Nullable;

/**
 * Where a context is, as the register has it: the address and postcode typed (either may be
 * missing).
 */
public record ContextPlace(@Nullable String address, @Nullable String postcode) {}
