package uk.harbour.web;

import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jsoup.nodes.Element;
import uk.harbour.testing.Browser;
import uk.harbour.testing.Page;

/**
 * Follows every link a user is shown, over real HTTP, from some starting pages: one page of each
 * kind of address (ids and numbers in the path, and query values, do not make a new kind), so the
 * crawl of a role ends in a few hundred requests however many records the demo world holds.
 * Redirects are followed as links. Static files, PDFs, exports and signing out are left alone.
 */
final class SiteCrawler {

  /** One page fetched: the address asked for and what came back. */
  record Visit(String path, Page page) {}

  private static final Pattern UUID =
      Pattern.compile(
          "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
  private static final Pattern NUMBER = Pattern.compile("(?<=/)[0-9]+(?=/|$)");
  private static final List<String> LEFT_ALONE =
      List.of("/css/", "/js/", "/assets/", "/govuk-frontend/", "/images/", "/webjars/", "/logout");

  private SiteCrawler() {}

  /**
   * Crawls from {@code seeds} until no new kind of page is left. Every seed is visited, first and
   * in order, even several of one kind.
   */
  static List<Visit> crawl(Browser browser, Collection<String> seeds, int maxPages) {
    Deque<String> queue = new ArrayDeque<>(seeds);
    Set<String> mustVisit = new HashSet<>(seeds);
    Set<String> kinds = new HashSet<>();
    List<Visit> visits = new ArrayList<>();
    while (!queue.isEmpty() && visits.size() < maxPages) {
      String path = queue.removeFirst();
      boolean seed = mustVisit.remove(path);
      boolean newKind = kinds.add(kind(path));
      if (leftAlone(path) || !(newKind || seed)) {
        continue;
      }
      Page page = browser.get(path);
      visits.add(new Visit(path, page));
      if (page.isRedirect()) {
        if (page.location() != null) {
          queue.addFirst(page.location());
        }
        continue;
      }
      if (!isHtml(page)) {
        continue;
      }
      for (Element link : page.document().select("a[href]")) {
        String next = local(page.uri(), link.attr("href"));
        if (next != null) {
          queue.addLast(next);
        }
      }
    }
    return visits;
  }

  static boolean isHtml(Page page) {
    return page.headers().firstValue("Content-Type").orElse("").startsWith("text/html");
  }

  /**
   * The kind of an address: ids and numbers in the path become {@code {}} and only the names of
   * query parameters count.
   */
  static String kind(String path) {
    int q = path.indexOf('?');
    String base = q < 0 ? path : path.substring(0, q);
    base = NUMBER.matcher(UUID.matcher(base).replaceAll("{}")).replaceAll("{}");
    if (q < 0) {
      return base;
    }
    return base
        + "?"
        + Arrays.stream(path.substring(q + 1).split("&"))
            .map(p -> p.contains("=") ? p.substring(0, p.indexOf('=')) : p)
            .sorted()
            .distinct()
            .collect(Collectors.joining("&"));
  }

  private static boolean leftAlone(String path) {
    String base = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
    return LEFT_ALONE.stream().anyMatch(base::startsWith)
        || base.endsWith(".pdf")
        || base.endsWith("/export");
  }

  /** A link on this site as a path with query, or null for fragments and other sites. */
  private static String local(URI page, String href) {
    if (href.isBlank() || href.startsWith("#") || href.startsWith("mailto:")) {
      return null;
    }
    URI target;
    try {
      target = page.resolve(href.replace(" ", "%20"));
    } catch (IllegalArgumentException e) {
      return null;
    }
    if (!page.getAuthority().equals(target.getAuthority()) || target.getRawPath() == null) {
      return null;
    }
    return target.getRawPath() + (target.getRawQuery() == null ? "" : "?" + target.getRawQuery());
  }
}
