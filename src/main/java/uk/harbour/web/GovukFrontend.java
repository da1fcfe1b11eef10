package uk.harbour.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * Where GOV.UK Frontend lives inside its webjar. The version is read from the webjar itself, so the
 * one place it is set is the dependency version in pom.xml ({@code govuk-frontend.version}).
 */
final class GovukFrontend {

  private static final String POM_PROPERTIES =
      "META-INF/maven/org.webjars.npm/govuk-frontend/pom.properties";

  private GovukFrontend() {}

  static String version() {
    try (InputStream in =
        GovukFrontend.class.getClassLoader().getResourceAsStream(POM_PROPERTIES)) {
      if (in == null) {
        throw new IllegalStateException("GOV.UK Frontend webjar not found on the classpath");
      }
      Properties properties = new Properties();
      properties.load(in);
      return properties.getProperty("version");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The classpath folder holding govuk-frontend.min.css, govuk-frontend.min.js and assets/. */
  static String distLocation() {
    return "classpath:/META-INF/resources/webjars/govuk-frontend/" + version() + "/dist/govuk/";
  }
}
