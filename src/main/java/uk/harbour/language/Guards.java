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
 *   <li>{@code <notsafe>}: the next few words (same clause) do not name a safe place or person: a
 *       choice to stay at her nan's or attention from her mum is not what the entry is about
 * </ul>
 */
final class Guards {

  static final Set<String> NAMES = Set.of("child", "conduct", "online", "drugs", "notsafe");

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
            case "notsafe" -> !safeNext(tokens, last);
            default -> false;
          };
      if (!holds) {
        return false;
      }
    }
    return true;
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
