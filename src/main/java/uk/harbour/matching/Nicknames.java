package uk.harbour.matching;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The table of given names and their diminutives (resource {@code matching/nicknames.txt}): each
 * name maps to the sorted ids of the groups it belongs to, so "Bob" and "Robert" share a group.
 */
final class Nicknames {

  private static final int[] NONE = new int[0];
  private static final Nicknames TABLE = load("/matching/nicknames.txt");

  private final Map<String, int[]> groups;

  private Nicknames(Map<String, int[]> groups) {
    this.groups = groups;
  }

  static Nicknames table() {
    return TABLE;
  }

  /** Group ids of a normalised given name, sorted; empty when the name is in no group. */
  int[] groupsOf(String name) {
    return groups.getOrDefault(name, NONE);
  }

  /** Whether two names share a group (a nickname or variant of each other). */
  boolean related(String a, String b) {
    return shareAny(groupsOf(a), groupsOf(b));
  }

  static boolean shareAny(int[] a, int[] b) {
    int i = 0;
    int j = 0;
    while (i < a.length && j < b.length) {
      if (a[i] == b[j]) {
        return true;
      }
      if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    return false;
  }

  int size() {
    return groups.size();
  }

  private static Nicknames load(String resource) {
    Map<String, int[]> groups = new HashMap<>();
    try (InputStream in = Nicknames.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("Missing resource " + resource);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      int group = 0;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        group++;
        for (String word : line.trim().split("\\s+")) {
          String name = Normalise.name(word).replace(" ", "");
          int[] old = groups.getOrDefault(name, NONE);
          if (old.length == 0 || old[old.length - 1] != group) {
            int[] grown = Arrays.copyOf(old, old.length + 1);
            grown[old.length] = group;
            groups.put(name, grown);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Nicknames(Map.copyOf(groups));
  }
}
