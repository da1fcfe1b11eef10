package uk.harbour.language;

import java.util.Set;

/**
 * Who or what is the subject of the clause a phrase sits in, read from the words before it: someone
 * other than the child ("the man", "Dad", "staff", "I", a known adult), the child's conduct ("her
 * behaviour", "going missing", "this", "which"), or anyone else (a pronoun, a name, nothing: taken
 * to be the child, the subject of the record). Looks at most a dozen words back.
 */
final class Subjects {

  enum Kind {
    OTHERS,
    CONDUCT,
    CHILD
  }

  /** Adults, parents and professionals: people a sentence can be about who are not the child. */
  static final Set<String> PERSONS =
      Set.of(
          "man",
          "men",
          "woman",
          "women",
          "adult",
          "adults",
          "male",
          "males",
          "perpetrator",
          "perpetrators",
          "abuser",
          "abusers",
          "exploiter",
          "exploiters",
          "offender",
          "offenders",
          "suspect",
          "suspects",
          "dealer",
          "dealers",
          "driver",
          "drivers",
          "mum",
          "mother",
          "dad",
          "father",
          "stepdad",
          "stepfather",
          "stepmum",
          "stepmother",
          "uncle",
          "aunt",
          "auntie",
          "nan",
          "nana",
          "gran",
          "grandma",
          "grandad",
          "grandmother",
          "grandfather",
          "carer",
          "carers",
          "parent",
          "parents",
          "officer",
          "officers",
          "teacher",
          "teachers",
          "worker",
          "workers",
          "manager",
          "managers",
          "nurse",
          "doctor",
          "gp",
          "neighbour",
          "neighbours",
          "landlord",
          "boss",
          "owner",
          "coach",
          "mentor",
          "volunteer",
          "volunteers",
          "professional",
          "professionals",
          "practitioner",
          "practitioners");

  /** {@link #PERSONS}, groups and services, and the writer ("I", "we"). */
  static final Set<String> OTHER_PEOPLE =
      Words.union(
          PERSONS,
          Set.of(
              "pc",
              "dc",
              "police",
              "staff",
              "i",
              "we",
              "school",
              "service",
              "services",
              "team",
              "agency",
              "council",
              "applicants",
              "candidates",
              "gang",
              "group",
              "olders",
              "elders"));

  private static final Set<String> BETWEEN_SUBJECT_AND_VERB =
      Words.union(
          Words.AUXILIARIES,
          Set.of(
              "not",
              "never",
              "keeps",
              "keep",
              "kept",
              "continues",
              "continue",
              "continued",
              "to",
              "seems",
              "seem",
              "seemed",
              "appears",
              "appear",
              "appeared",
              "tends",
              "tend",
              "get",
              "gets",
              "got",
              "getting",
              "a",
              "an",
              "the"));

  /** Words that begin a clause: the subject is after them. */
  private static final Set<String> CLAUSE_STARTS =
      Set.of(
          "and",
          "but",
          "because",
          "so",
          "when",
          "if",
          "as",
          "while",
          "although",
          "though",
          "whereas",
          "or",
          "unless",
          "that",
          "where",
          "whether",
          "think",
          "thinks",
          "thought",
          "believe",
          "believes",
          "believed",
          "feel",
          "feels",
          "felt",
          "say",
          "says",
          "said",
          "report",
          "reports",
          "reported",
          "note",
          "notes",
          "noted",
          "state",
          "states",
          "stated",
          "suggest",
          "suggests",
          "suggested",
          "worried",
          "concerned",
          "know",
          "knows",
          "knew",
          "found",
          "told",
          "explained",
          "confirmed",
          "realise",
          "realises",
          "realised",
          "realize",
          "realizes",
          "realized",
          "shows",
          "showed",
          "means",
          "meant",
          "how",
          "why",
          "what");

  private static final Set<String> DETERMINERS =
      Set.of(
          "the", "a", "an", "her", "his", "their", "this", "these", "those", "my", "our", "your",
          "its");

  private static final Set<String> PREPOSITIONS =
      Set.of("at", "of", "in", "with", "from", "on", "near", "by", "for", "around", "outside");

  private static final Set<String> PRONOUNS =
      Set.of("she", "he", "they", "yp", "it", "this", "that", "which", "who", "i", "we");

  private static final Set<String> CONDUCT_WORDS =
      Set.of(
          "behaviour",
          "behaviours",
          "behavior",
          "behaviors",
          "choices",
          "choice",
          "actions",
          "action",
          "decisions",
          "decision",
          "lifestyle",
          "conduct",
          "activities",
          "activity",
          "habits",
          "habit",
          "use",
          "misuse",
          "drinking",
          "absences",
          "absence",
          "episodes",
          "attitude",
          "this",
          "which",
          "it");

  private static final Set<String> NOT_GERUNDS =
      Set.of(
          "thing",
          "things",
          "nothing",
          "something",
          "anything",
          "everything",
          "evening",
          "morning",
          "ring",
          "king",
          "sibling",
          "siblings",
          "building",
          "spring",
          "string",
          "during",
          "ceiling",
          "darling",
          "wedding",
          "clothing",
          "pudding",
          "housing",
          "parking",
          "shopping",
          "meeting",
          "training",
          "bring",
          "wing",
          "sing");

  private Subjects() {}

  /** What the subject of the clause before word {@code first} is. */
  static Kind before(Tokens tokens, int first, TextContext ctx) {
    int[] span = span(tokens, first);
    int start = span[0];
    int end = span[1];
    if (start > end) {
      return Kind.CHILD;
    }
    if (start == end && (tokens.word(end).equals("who") || tokens.word(end).equals("that"))) {
      return antecedent(tokens, end, ctx);
    }
    return kind(tokens, start, end, ctx);
  }

  /** The first word of the subject before word {@code first} ({@code first} if there is none). */
  static int start(Tokens tokens, int first, TextContext ctx) {
    int start = span(tokens, first)[0];
    return Math.min(start, first);
  }

  /** {start, end} of the subject's words before {@code first}; start > end when there are none. */
  private static int[] span(Tokens tokens, int first) {
    int i = first - 1;
    while (i >= 0
        && first - i <= 6
        && tokens.breakBefore(i + 1) == Tokens.JOINED
        && (BETWEEN_SUBJECT_AND_VERB.contains(tokens.word(i)) || Adverbs.is(tokens, i))) {
      i--;
    }
    int end = i;
    int start = end + 1;
    while (i >= 0 && end - i < 10 && tokens.breakBefore(i + 1) == Tokens.JOINED) {
      String word = tokens.word(i);
      if (CLAUSE_STARTS.contains(word) && !(i == end && word.equals("that"))) {
        break;
      }
      start = i;
      if (PRONOUNS.contains(word) && i == end) {
        break;
      }
      if (DETERMINERS.contains(word)
          && (i == 0
              || tokens.breakBefore(i) != Tokens.JOINED
              || !PREPOSITIONS.contains(tokens.word(i - 1)))) {
        break;
      }
      i--;
    }
    return new int[] {start, end};
  }

  /** "the men who ...": the words just before the relative pronoun. */
  private static Kind antecedent(Tokens tokens, int relative, TextContext ctx) {
    int from = relative;
    while (from > 0 && relative - from < 3 && tokens.breakBefore(from) == Tokens.JOINED) {
      from--;
    }
    for (int i = from; i < relative; i++) {
      if (isOther(tokens, i, ctx)) {
        return Kind.OTHERS;
      }
    }
    return tokens.word(relative).equals("that") ? Kind.CONDUCT : Kind.CHILD;
  }

  private static Kind kind(Tokens tokens, int start, int end, TextContext ctx) {
    boolean conduct = false;
    for (int i = start; i <= end; i++) {
      if (isOther(tokens, i, ctx)) {
        return Kind.OTHERS;
      }
      if (CONDUCT_WORDS.contains(tokens.word(i))) {
        conduct = true;
      }
    }
    int lead = DETERMINERS.contains(tokens.word(start)) && start < end ? start + 1 : start;
    if (gerund(tokens.word(lead))) {
      conduct = true;
    }
    return conduct ? Kind.CONDUCT : Kind.CHILD;
  }

  private static final Set<String> PEOPLE_WORDS =
      Set.of(
          "she",
          "he",
          "they",
          "yp",
          "child",
          "girl",
          "boy",
          "teenager",
          "kid",
          "lad",
          "person",
          "pupil",
          "student",
          "daughter",
          "son");

  /**
   * Whether the subject of the clause before word {@code first} is a person who may be the child: a
   * pronoun, a child word or a name ("she is difficult", "Jade can be defiant"; not "the situation
   * is difficult").
   */
  static boolean personBefore(Tokens tokens, int first, TextContext ctx) {
    int[] span = span(tokens, first);
    for (int i = span[0]; i <= span[1]; i++) {
      if (isOther(tokens, i, ctx)) {
        return false;
      }
    }
    for (int i = span[0]; i <= span[1]; i++) {
      String word = tokens.word(i);
      if (PEOPLE_WORDS.contains(word)
          || (tokens.capitalised(i) && !DETERMINERS.contains(word) && !word.equals("it"))) {
        return true;
      }
    }
    return false;
  }

  static boolean isOther(Tokens tokens, int i, TextContext ctx) {
    String word = tokens.word(i);
    return OTHER_PEOPLE.contains(word) || ctx.isKnownAdult(word);
  }

  private static boolean gerund(String word) {
    return word.length() > 4 && word.endsWith("ing") && !NOT_GERUNDS.contains(word);
  }
}
