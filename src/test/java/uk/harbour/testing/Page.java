package uk.harbour.testing;

import java.net.URI;
import java.net.http.HttpHeaders;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** One HTTP response as a test sees it. */
public record Page(int status, String body, HttpHeaders headers, URI uri) {

  public Document document() {
    return Jsoup.parse(body, uri.toString());
  }

  /** The redirect target as a path with query (for example {@code /login?signedOut}), or null. */
  public String location() {
    return headers
        .firstValue("Location")
        .map(URI::create)
        .map(u -> uri.resolve(u))
        .map(u -> u.getRawPath() + (u.getRawQuery() == null ? "" : "?" + u.getRawQuery()))
        .orElse(null);
  }

  public boolean isRedirect() {
    return status >= 300 && status < 400;
  }

  /** The text of the GOV.UK error summary, or an empty string if the page has none. */
  public String errorSummary() {
    return document().select(".govuk-error-summary .govuk-error-summary__body").text();
  }

  /** The text of the error message shown next to a field, or an empty string. */
  public String fieldError(String field) {
    Element error = document().getElementById(field + "-error");
    return error == null ? "" : error.text();
  }
}
