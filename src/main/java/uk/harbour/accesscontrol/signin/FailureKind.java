package uk.harbour.accesscontrol.signin;

/** What went wrong with one failed or refused sign-in attempt on an account. */
enum FailureKind {
  /** The password was wrong (with a wrong code too, when both were given together). */
  WRONG_PASSWORD,
  /** The password was right but the code was wrong or already used. */
  WRONG_CODE,
  /** The code was right but the password wrong: someone may hold the person's authenticator. */
  RIGHT_CODE_WRONG_PASSWORD,
  /** Refused without checking, because the account was locked or had to wait after failures. */
  REFUSED_LOCKED,
  /** Refused without checking, because too many attempts had failed from the same address. */
  REFUSED_ADDRESS_LIMITED,
  /** Refused because the account is deactivated. */
  ACCOUNT_INACTIVE
}
