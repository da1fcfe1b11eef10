package uk.harbour.language;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The compiled guide. Every pattern is indexed by the words it can start with, so a check looks
 * each word of the text up once in a hash map and tries only the few patterns that start there:
 * linear in the length of the text whatever the size of the guide. Immutable and thread-safe.
 */
public final class GuideMatcher {

  private record Candidate(GuideEntry entry, TokenPattern pattern) {}

  private final Map<String, List<Candidate>> index = new HashMap<>();
  private final List<GuideEntry> entries;

  private GuideMatcher(List<GuideEntry> entries) {
    this.entries = List.copyOf(entries);
    for (GuideEntry entry : entries) {
      if (!entry.enabled()) {
        continue;
      }
      for (String source : entry.patterns()) {
        TokenPattern pattern = TokenPattern.compile(source);
        for (String word : pattern.firstWords()) {
          index.computeIfAbsent(word, w -> new ArrayList<>()).add(new Candidate(entry, pattern));
        }
      }
    }
  }

  /** Compiles these entries (disabled ones are kept but never match). */
  public static GuideMatcher of(List<GuideEntry> entries) {
    return new GuideMatcher(entries);
  }

  /** Compiles the built-in guide. */
  public static GuideMatcher builtIn() {
    return new GuideMatcher(GuideYaml.builtIn());
  }

  public List<GuideEntry> entries() {
    return entries;
  }

  /** The findings in {@code text}, in order of position; never null, never throws on any text. */
  public List<Finding> check(String text, TextContext context) {
    TextContext ctx = context == null ? TextContext.none() : context;
    if (text == null || text.isEmpty() || ctx.youngPersonsOwnWords()) {
      return List.of();
    }
    Tokens tokens = Tokens.of(text);
    byte[] quotes = null;
    List<Finding> found = new ArrayList<>();
    // Per entry, the last word of a negated or rejected match: "not child prostitution" also
    // negates the shorter match "prostitution" inside it, "the term child prostitution" too.
    Map<String, Integer> negatedUntil = new HashMap<>();
    for (int i = 0; i < tokens.size(); i++) {
      List<Candidate> candidates = index.get(tokens.word(i));
      if (candidates == null) {
        continue;
      }
      for (Candidate candidate : candidates) {
        int last = candidate.pattern().matchAt(tokens, i);
        if (last < 0) {
          continue;
        }
        GuideEntry entry = candidate.entry();
        if (entry.negatable()
            && (negatedUntil.getOrDefault(entry.id(), -1) >= i || Negation.negated(tokens, i))) {
          negatedUntil.merge(entry.id(), last, Math::max);
          continue;
        }
        if (negatedUntil.getOrDefault(entry.id(), -1) >= i) {
          continue;
        }
        if (!Context.applies(entry, tokens, i, last, ctx)
            || !Guards.hold(candidate.pattern(), tokens, i, last, ctx)) {
          continue;
        }
        if (Rejection.rejected(tokens, i, last)) {
          // A rejected or mentioned phrase covers the shorter matches inside it too.
          negatedUntil.merge(entry.id(), last, Math::max);
          continue;
        }
        if (quotes == null) {
          quotes = Quotes.classify(text, tokens, ctx);
        }
        byte owner = quotes[i];
        if (owner == Quotes.CHILDS || quotes[last] == Quotes.CHILDS) {
          continue;
        }
        boolean quoted = owner == Quotes.OTHERS;
        Severity severity = Context.severity(entry, ctx);
        int start = tokens.start(phraseStart(candidate.pattern(), tokens, i, ctx));
        int end = tokens.end(last);
        found.add(
            new Finding(
                text.substring(start, end),
                start,
                end,
                entry.id(),
                entry.title(),
                quoted ? severity.softer() : severity,
                entry.why(),
                entry.alternatives(),
                quoted,
                entry.source()));
      }
    }
    return withoutOverlaps(found);
  }

  /**
   * Where the phrase starts: with the subject for a pattern about the child's conduct ("going
   * missing places her at risk"), with the name for a possessive ("Jade's own fault").
   */
  private static int phraseStart(TokenPattern pattern, Tokens tokens, int i, TextContext ctx) {
    if (pattern.guards().contains("conduct")) {
      return Subjects.start(tokens, i, ctx);
    }
    return tokens.word(i).equals("'s") && i > 0 ? i - 1 : i;
  }

  /**
   * Findings never overlap: the earliest phrase wins, and of those starting at the same word the
   * longest (it says most about what was written: "her choices place her in danger" rather than
   * "her choices"). In order of position.
   */
  private static List<Finding> withoutOverlaps(List<Finding> found) {
    if (found.size() < 2) {
      return found;
    }
    found.sort(
        Comparator.comparingInt(Finding::start)
            .thenComparing(Comparator.comparingInt(Finding::end).reversed()));
    List<Finding> kept = new ArrayList<>();
    int reach = -1;
    for (Finding f : found) {
      if (f.start() >= reach) {
        kept.add(f);
        reach = f.end();
      }
    }
    return kept;
  }
}
