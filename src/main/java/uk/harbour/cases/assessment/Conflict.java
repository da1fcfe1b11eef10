package uk.harbour.cases.assessment;

/**
 * A part of a record someone else saved differently from what this user typed: the message key of
 * the part's label and the text they saved (empty if they left it blank).
 */
public record Conflict(String labelKey, String theirs) {}
