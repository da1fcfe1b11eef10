package uk.harbour.language;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Who said a quotation. The young person's words are those attributed to them: to one of their
 * recorded names ({@link TextContext#childNames()}), to "the young person", "YP", "the child", "in
 * her own words", or to a pronoun that refers to the child. A transcript label works the same way
 * ({@code Jade: "..."}). A pronoun refers to the child unless the record's pronouns for the child
 * say otherwise or the nearest person named before it (with a matching pronoun) is someone else:
 * "PC Smith arrived. He said ..." is PC Smith. Anyone else, "I", a name that is not the child's, a
 * role ("Mum", "PC Smith", "the officer"), or no speaker at all (scare quotes), makes it someone
 * else's words: flagged softly.
 */
final class Speakers {

  private static final Set<String> SPEECH =
      Set.of(
          "said",
          "says",
          "say",
          "told",
          "tells",
          "tell",
          "stated",
          "states",
          "state",
          "explained",
          "explains",
          "described",
          "describes",
          "describe",
          "replied",
          "replies",
          "added",
          "adds",
          "disclosed",
          "discloses",
          "shouted",
          "wrote",
          "writes",
          "texted",
          "messaged",
          "asked",
          "asks",
          "called",
          "calls",
          "answered",
          "answers",
          "commented",
          "insisted",
          "insists",
          "words",
          "shared",
          "reported",
          "reports",
          "laughed",
          "cried",
          "whispered",
          "screamed",
          "yelled",
          "admitted",
          "claimed",
          "claims",
          "recorded",
          "noted",
          "put",
          "puts");
  private static final Set<String> CHILD_WORDS =
      Set.of("yp", "child", "person", "girl", "boy", "own", "cyp", "teenager");
  private static final Set<String> PASSIVE = Set.of("was", "were", "been", "is", "being", "be");
  private static final Set<String> SKIP = Set.of("also", "then", "later", "again", "just", "had");
  private static final Set<String> TITLES =
      Set.of(
          "pc",
          "dc",
          "ds",
          "di",
          "sgt",
          "sergeant",
          "officer",
          "mr",
          "mrs",
          "ms",
          "miss",
          "dr",
          "nurse",
          "inspector");
  private static final Set<String> FEMALE =
      Set.of(
          "woman",
          "women",
          "mum",
          "mother",
          "sister",
          "aunt",
          "auntie",
          "nan",
          "gran",
          "grandma",
          "grandmother",
          "stepmum",
          "stepmother",
          "girl",
          "daughter",
          "mrs",
          "ms",
          "miss");
  private static final Set<String> MALE =
      Set.of(
          "man",
          "men",
          "dad",
          "father",
          "brother",
          "uncle",
          "grandad",
          "grandfather",
          "stepdad",
          "stepfather",
          "boy",
          "son",
          "mr",
          "male",
          "males");
  private static final Set<String> PRONOUNS = Set.of("she", "he", "they");

  private static final int LOOK = 6;
  private static final int ANTECEDENT_WINDOW = 40;

  private Speakers() {}

  /**
   * CHILDS or OTHERS for the quotation whose words are {@code first..last}, between the characters
   * {@code open} and {@code close}.
   */
  static byte owner(
      String text, Tokens tokens, int first, int last, int open, int close, TextContext ctx) {
    Boolean child = label(text, tokens, first, open, ctx);
    if (child == null) {
      child = verbBefore(tokens, first, ctx);
    }
    if (child == null) {
      child = verbAfter(tokens, last, ctx);
    }
    return Boolean.TRUE.equals(child) ? Quotes.CHILDS : Quotes.OTHERS;
  }

  /**
   * A transcript label: a line or sentence starting "Jade:" or "PC Khan:" just before the quote.
   */
  private static @Nullable Boolean label(
      String text, Tokens tokens, int first, int open, TextContext ctx) {
    int end = first - 1;
    if (end < 0) {
      return null;
    }
    String between = text.substring(tokens.end(end), open);
    if (!between.trim().equals(":")) {
      return null;
    }
    int start = end;
    while (start > 0 && end - start < 2 && tokens.breakBefore(start) == Tokens.JOINED) {
      start--;
    }
    if (tokens.breakBefore(start) != Tokens.SENTENCE && start > 0) {
      return null;
    }
    for (int i = start; i <= end; i++) {
      if (ctx.isChildName(tokens.word(i)) || CHILD_WORDS.contains(tokens.word(i))) {
        return true;
      }
    }
    return false;
  }

  /** "she said", "Mum told me", "in her own words": a speech verb just before the quotation. */
  private static @Nullable Boolean verbBefore(Tokens tokens, int first, TextContext ctx) {
    for (int k = 1; k <= LOOK; k++) {
      int i = first - k;
      if (i < 0 || tokens.breakBefore(i + 1) == Tokens.SENTENCE && k > 1) {
        return null;
      }
      if (!SPEECH.contains(tokens.word(i))) {
        continue;
      }
      int subject = subjectBefore(tokens, i);
      if (subject < 0) {
        return false;
      }
      if (PASSIVE.contains(tokens.word(subject))) {
        return false;
      }
      return isChild(tokens, subject, ctx);
    }
    return null;
  }

  /** "..., she said", "..., said Jade", "... Jade told me". */
  private static @Nullable Boolean verbAfter(Tokens tokens, int last, TextContext ctx) {
    for (int k = 1; k <= LOOK; k++) {
      int i = last + k;
      if (i >= tokens.size() || tokens.breakBefore(i) == Tokens.SENTENCE) {
        return null;
      }
      if (!SPEECH.contains(tokens.word(i))) {
        continue;
      }
      if (tokens.word(i).equals("described")) {
        return false;
      }
      if (k > 1) {
        int subject = subjectBefore(tokens, i);
        return subject > last && isChild(tokens, subject, ctx);
      }
      return i + 1 < tokens.size() && isChild(tokens, i + 1, ctx);
    }
    return null;
  }

  private static int subjectBefore(Tokens tokens, int verb) {
    int i = verb - 1;
    while (i >= 0 && verb - i <= 2 && SKIP.contains(tokens.word(i))) {
      i--;
    }
    return i >= 0 && tokens.breakBefore(i + 1) != Tokens.SENTENCE ? i : -1;
  }

  private static boolean isChild(Tokens tokens, int i, TextContext ctx) {
    String word = tokens.word(i);
    if (i > 0 && TITLES.contains(tokens.word(i - 1))) {
      return false;
    }
    if (ctx.isChildName(word) || CHILD_WORDS.contains(word)) {
      return true;
    }
    if (PRONOUNS.contains(word)) {
      return pronounIsChild(tokens, i, word, ctx);
    }
    return false;
  }

  /**
   * A pronoun refers to the child unless the child's pronouns say otherwise or the nearest person
   * before it whom the pronoun could mean is someone else.
   */
  private static boolean pronounIsChild(Tokens tokens, int at, String pronoun, TextContext ctx) {
    if (!ctx.childPronouns().isEmpty() && !ctx.childPronouns().contains(pronoun)) {
      return false;
    }
    for (int i = at - 1; i >= 0 && at - i <= ANTECEDENT_WINDOW; i--) {
      String word = tokens.word(i);
      if (ctx.isChildName(word) || CHILD_WORDS.contains(word)) {
        return true;
      }
      boolean titled = i > 0 && TITLES.contains(tokens.word(i - 1)) && tokens.capitalised(i);
      boolean other = Subjects.PERSONS.contains(word) || ctx.isKnownAdult(word) || titled;
      if (other && agrees(pronoun, word)) {
        return false;
      }
    }
    return true;
  }

  private static boolean agrees(String pronoun, String word) {
    return switch (pronoun) {
      case "she" -> !MALE.contains(word);
      case "he" -> !FEMALE.contains(word);
      default -> true;
    };
  }
}
