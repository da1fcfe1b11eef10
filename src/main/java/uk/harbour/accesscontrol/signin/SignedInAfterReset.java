package uk.harbour.accesscontrol.signin;

import java.util.UUID;
import uk.harbour.shared.UserId;

/**
 * Published, inside the sign-in's transaction, at the first complete sign-in to an account after a
 * data protection officer approved a reset of its sign-in details, so that its owner and their line
 * manager can be told.
 */
public record SignedInAfterReset(UserId user, UUID reset) {}
