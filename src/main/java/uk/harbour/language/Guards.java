package uk.harbour.language;

import java.util.Set;

/**
 * Conditions a pattern can put on the sentence around a match, written {@code <name>} in the
 * pattern:
 *
 * <ul>
 *   <li>{@code <child>}: the clause's subject is not clearly someone else (an adult, a parent, a
 *       professional, I or we, a known adult): "the man is very manipulative" is not about the
 *       child
 *   <li>{@code <conduct>}: the subject is the child's conduct ("her behaviour", "going missing",
 *       "this", "which"), not a person: "staying out places her at risk", but not "the men are
 *       putting her at risk"
 *   <li>{@code <online>}: the sentence mentions being online (an app, a game, social media, a
 *       phone)
 *   <li>{@code <drugs>}: the sentence mentions drugs, a line, a trap house or the people running it
 *   <li>{@code <sexual>}: the sentence mentions sex, sexual acts or sexual images
 *   <li>{@code <exploitation>}: the sentence mentions exploitation: drugs, sex, men, gangs, crime,
 *       going missing ("her lifestyle with the older men", not "her lifestyle has improved")
 *   <li>{@code <predicate>}: a copula just before the phrase, adverbs aside ("she is very defiant",
 *       "he can be difficult"; not "a defiant stance by the family")
 *   <li>{@code <person>}: the subject is a person who may be the child (a pronoun, a child word, a
 *       name), not a thing: "she is difficult", not "the situation is difficult"
 *   <li>{@code <notescape>}: the next few words do not say the child got away from the people or
 *       place harming them ("ran off from her placement", not "ran off from the men")
 *   <li>{@code <notsafe>}: the next few words (same clause) do not name a safe place or person: a
 *       choice to stay at her nan's or attention from her mum is not what the entry is about
 *   <li>{@code <asserted>}: the writer states it, rather than reporting someone's claim or belief:
 *       no word of saying, claiming or believing earlier in the sentence ("the men say he owes them
 *       money", "he said he owes them money" report a claim; "he owes them money" asserts it)
 *   <li>{@code <young>}: the number in the match is a child's age (under 18): "looks older than 14"
 *   <li>{@code <olderage>}: the number in the match is above the child's age from the context (or,
 *       with no age known, 16 or more): "could pass for 18", "looks about 20"
 * </ul>
 *
 * Ages are never listed in patterns: a pattern says {@code {number}} and one of these conditions,
 * so the child's age comes from the context.
 */
final class Guards {

  static final Set<String> NAMES =
      Set.of(
          "child",
          "conduct",
          "online",
          "drugs",
          "sexual",
          "exploitation",
          "notescape",
          "predicate",
          "person",
          "notsafe",
          "asserted",
          "young",
          "olderage");

  private static final Set<String> SEXUAL =
      Set.of(
          "sex",
          "sexual",
          "sexually",
          "intercourse",
          "nude",
          "nudes",
          "naked",
          "favours",
          "favors",
          "touching",
          "touched",
          "oral",
          "rape",
          "raped",
          "abuse",
          "abused",
          "images",
          "pictures",
          "photos",
          "videos");

  /** Words that make what follows someone's claim or belief rather than the writer's statement. */
  private static final Set<String> CLAIMS =
      Set.of(
          "claim",
          "claims",
          "claimed",
          "claiming",
          "say",
          "says",
          "said",
          "saying",
          "insist",
          "insists",
          "insisted",
          "allege",
          "alleges",
          "alleged",
          "allegedly",
          "tell",
          "tells",
          "told",
          "telling",
          "believe",
          "believes",
          "believed",
          "think",
          "thinks",
          "thought",
          "convinced",
          "supposed",
          "supposedly",
          "called",
          "invented",
          "fake",
          "false");

  private static final int CLAIM_WINDOW = 12;

  /** Words that make a sentence about exploitation (with {@link #DRUGS} and {@link #SEXUAL}). */
  private static final Set<String> EXPLOITATION =
      Set.of(
          "men",
          "males",
          "man",
          "older",
          "gang",
          "gangs",
          "missing",
          "exploitation",
          "exploited",
          "exploiting",
          "cse",
          "cce",
          "street",
          "streets",
          "crime",
          "criminal",
          "criminality",
          "party",
          "parties",
          "partying",
          "alcohol",
          "drinking",
          "groomed",
          "grooming");

  /** The people and places a child may get away from: "ran off from the men". */
  private static final Set<String> HARM =
      Set.of(
          "men",
          "man",
          "males",
          "dealers",
          "dealer",
          "olders",
          "elders",
          "gang",
          "flat",
          "house",
          "address",
          "car",
          "him",
          "them",
          "abuser",
          "abusers",
          "exploiters",
          "adults",
          "trap",
          "party",
          "hotel");

  private static final Set<String> SAFE =
      Set.of(
          "home",
          "nan",
          "nana",
          "mum",
          "mother",
          "dad",
          "father",
          "family",
          "grandma",
          "gran",
          "grandad",
          "grandparents",
          "aunt",
          "auntie",
          "uncle",
          "foster",
          "carers",
          "carer",
          "placement",
          "school",
          "college",
          "class",
          "lessons",
          "library",
          "gym",
          "church",
          "mosque",
          "work",
          "worker",
          "police",
          "teacher",
          "teachers",
          "nurse",
          "doctor",
          "gp",
          "bed",
          "hospital",
          "health",
          "dentist",
          "youth",
          "appointment",
          "appointments",
          "session",
          "sessions",
          "interview",
          "assessment",
          "referral",
          "counselling",
          "therapy",
          "camhs",
          "clinic",
          "parents",
          "siblings",
          "sister",
          "brother");
  private static final int SAFE_WINDOW = 4;

  private static final Set<String> ONLINE =
      Set.of(
          "online",
          "internet",
          "app",
          "apps",
          "snapchat",
          "snap",
          "instagram",
          "insta",
          "tiktok",
          "whatsapp",
          "facebook",
          "messenger",
          "discord",
          "roblox",
          "fortnite",
          "minecraft",
          "xbox",
          "playstation",
          "psn",
          "kik",
          "omegle",
          "telegram",
          "twitter",
          "social",
          "website",
          "websites",
          "site",
          "chatroom",
          "chatrooms",
          "game",
          "games",
          "gaming",
          "phone",
          "phones",
          "texts",
          "texting",
          "webcam",
          "livestream",
          "streaming",
          "youtube",
          "twitch",
          "reddit",
          "wizz",
          "yubo",
          "grindr",
          "tinder",
          "dms",
          "dm",
          "laptop",
          "tablet",
          "ipad",
          "console",
          "headset",
          "video",
          "videos",
          "call",
          "calls");

  private static final Set<String> DRUGS =
      Set.of(
          "drugs",
          "drug",
          "trap",
          "line",
          "lines",
          "county",
          "dealer",
          "dealers",
          "dealing",
          "gang",
          "gangs",
          "olders",
          "elders",
          "cannabis",
          "crack",
          "heroin",
          "cocaine",
          "weed",
          "wraps",
          "packages",
          "parcels",
          "deliveries",
          "cuckooed",
          "cuckooing",
          "bando",
          "stash");

  private static final int SENTENCE_WINDOW = 30;

  private Guards() {}

  static boolean hold(TokenPattern pattern, Tokens tokens, int first, int last, TextContext ctx) {
    for (String guard : pattern.guards()) {
      boolean holds =
          switch (guard) {
            case "child" -> Subjects.before(tokens, first, ctx) != Subjects.Kind.OTHERS;
            case "conduct" -> Subjects.before(tokens, first, ctx) == Subjects.Kind.CONDUCT;
            case "online" -> sentenceHas(tokens, first, last, ONLINE);
            case "drugs" -> sentenceHas(tokens, first, last, DRUGS);
            case "sexual" -> sentenceHas(tokens, first, last, SEXUAL);
            case "exploitation" ->
                sentenceHas(tokens, first, last, DRUGS)
                    || sentenceHas(tokens, first, last, SEXUAL)
                    || sentenceHas(tokens, first, last, EXPLOITATION);
            case "notescape" -> !escapeNext(tokens, last);
            case "predicate" -> afterCopula(tokens, first);
            case "person" -> Subjects.personBefore(tokens, first, ctx);
            case "notsafe" -> !safeNext(tokens, last);
            case "asserted" -> !claimBefore(tokens, first);
            case "young" -> young(tokens, first, last);
            case "olderage" -> olderAge(tokens, first, last, ctx);
            default -> false;
          };
      if (!holds) {
        return false;
      }
    }
    return true;
  }

  private static boolean claimBefore(Tokens tokens, int first) {
    for (int i = first - 1; i >= 0 && first - i <= CLAIM_WINDOW; i--) {
      if (tokens.breakBefore(i + 1) == Tokens.SENTENCE) {
        return false;
      }
      if (CLAIMS.contains(tokens.word(i))) {
        return true;
      }
    }
    return false;
  }

  private static @org.jspecify.annotations.Nullable Integer numberIn(
      Tokens tokens, int first, int last) {
    for (int i = first; i <= last; i++) {
      Integer n = Words.number(tokens.word(i));
      if (n != null) {
        return n;
      }
    }
    return null;
  }

  private static boolean young(Tokens tokens, int first, int last) {
    Integer years = numberIn(tokens, first, last);
    return years != null && years < 18;
  }

  private static boolean olderAge(Tokens tokens, int first, int last, TextContext ctx) {
    Integer years = numberIn(tokens, first, last);
    if (years == null) {
      return false;
    }
    Integer child = ctx.childAge();
    return child == null ? years >= 16 : years > child;
  }

  private static final Set<String> COPULAS =
      Set.of(
          "is",
          "was",
          "are",
          "were",
          "be",
          "been",
          "being",
          "'s",
          "seems",
          "seemed",
          "appears",
          "appeared",
          "become",
          "became",
          "becomes",
          "becoming",
          "looks",
          "looked",
          "acts");

  /** "she is very defiant", "he can be difficult": a copula before the phrase (adverbs between). */
  private static boolean afterCopula(Tokens tokens, int first) {
    for (int i = first - 1; i >= 0 && first - i <= 3; i--) {
      if (tokens.breakBefore(i + 1) != Tokens.JOINED) {
        return false;
      }
      if (COPULAS.contains(tokens.word(i))) {
        return true;
      }
      if (!Adverbs.is(tokens, i)) {
        return false;
      }
    }
    return false;
  }

  /** "ran off from the men", "sneaked away from the flat": getting away, not going missing. */
  private static boolean escapeNext(Tokens tokens, int last) {
    boolean from = false;
    for (int i = last + 1; i < tokens.size() && i - last <= SAFE_WINDOW; i++) {
      if (tokens.breakBefore(i) != Tokens.JOINED) {
        return false;
      }
      String word = tokens.word(i);
      if (word.equals("from")) {
        from = true;
      } else if (from && HARM.contains(word)) {
        return true;
      }
    }
    return false;
  }

  private static boolean safeNext(Tokens tokens, int last) {
    for (int i = last + 1; i < tokens.size() && i - last <= SAFE_WINDOW; i++) {
      if (tokens.breakBefore(i) != Tokens.JOINED) {
        return false;
      }
      if (SAFE.contains(tokens.word(i))) {
        return true;
      }
    }
    return false;
  }

  private static boolean sentenceHas(Tokens tokens, int first, int last, Set<String> words) {
    for (int i = first; i >= 0 && first - i <= SENTENCE_WINDOW; i--) {
      if (words.contains(tokens.word(i))) {
        return true;
      }
      if (tokens.breakBefore(i) == Tokens.SENTENCE) {
        break;
      }
    }
    for (int i = last + 1; i < tokens.size() && i - last <= SENTENCE_WINDOW; i++) {
      if (tokens.breakBefore(i) == Tokens.SENTENCE) {
        break;
      }
      if (words.contains(tokens.word(i))) {
        return true;
      }
    }
    return false;
  }
}
