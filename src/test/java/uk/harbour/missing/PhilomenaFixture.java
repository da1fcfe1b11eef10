package uk.harbour.missing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.stereotype.Component;
import uk.harbour.accesscontrol.TeamRole;
import uk.harbour.accesscontrol.Teams;
import uk.harbour.people.CareStatus;
import uk.harbour.people.ChildDetails;
import uk.harbour.people.ChildRecord;
import uk.harbour.people.Children;
import uk.harbour.people.Disability;
import uk.harbour.people.Ethnicity;
import uk.harbour.people.Sex;
import uk.harbour.testing.ActAs;
import uk.harbour.testing.Browser;

/**
 * Children for the Philomena profile and SSDA903 tests, and a multipart upload in a signed-in
 * browser's session. Import with {@code @Import({ActAs.class, PhilomenaFixture.class})}.
 */
@Component
public class PhilomenaFixture {

  private final ActAs actAs;
  private final Children children;
  private final Teams teams;

  PhilomenaFixture(ActAs actAs, Children children, Teams teams) {
    this.actAs = actAs;
    this.children = children;
    this.teams = teams;
  }

  /** A child whose key worker is {@code keyWorker}; nobody signed in after. */
  public ChildRecord child(String keyWorker, String firstName, CareStatus status) {
    var worker = actAs.user(keyWorker);
    try {
      ChildRecord child =
          children.create(
              new ChildDetails(
                  firstName,
                  "Philo" + UUID.randomUUID().toString().substring(0, 4),
                  null,
                  LocalDate.of(2011, 5, 14),
                  null,
                  Sex.FEMALE,
                  null,
                  Ethnicity.WHITE_BRITISH,
                  Disability.NO,
                  null,
                  status,
                  null,
                  null,
                  null));
      teams.assign(child.id(), worker.id(), TeamRole.KEY_WORKER);
      return child;
    } finally {
      actAs.nobody();
    }
  }

  /** Posts one file as {@code multipart/form-data} with the page's CSRF token. */
  public static HttpResponse<String> upload(
      int port, Browser browser, String path, String field, String fileName, byte[] content) {
    String boundary = "----harbour" + UUID.randomUUID().toString().replace("-", "");
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    try {
      body.write(
          ("--"
                  + boundary
                  + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n"
                  + browser.csrfToken()
                  + "\r\n--"
                  + boundary
                  + "\r\nContent-Disposition: form-data; name=\""
                  + field
                  + "\"; filename=\""
                  + fileName
                  + "\"\r\nContent-Type: image/jpeg\r\n\r\n")
              .getBytes(StandardCharsets.UTF_8));
      body.write(content);
      body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
      return HttpClient.newHttpClient()
          .send(
              HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                  .header(
                      "Cookie",
                      Browser.SESSION_COOKIE + "=" + browser.sessionCookie().orElseThrow())
                  .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                  .header("Accept", "text/html")
                  .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** A small real image: a {@code size} pixel square in the given format ("png" or "jpeg"). */
  public static byte[] image(String format, int size) {
    var image =
        new java.awt.image.BufferedImage(size, size, java.awt.image.BufferedImage.TYPE_INT_RGB);
    var g = image.getGraphics();
    g.setColor(java.awt.Color.ORANGE);
    g.fillRect(0, 0, size, size);
    g.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      javax.imageio.ImageIO.write(image, format, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
