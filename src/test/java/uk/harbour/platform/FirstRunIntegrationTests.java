package uk.harbour.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.util.FileSystemUtils;

/**
 * The README's run command on a machine that has never run Harbour: the packaged jar with an empty
 * data folder creates its embedded PostgreSQL and the demo world, and then one line says where to
 * open Harbour and a demo sign-in to try (issue 9, item 16). The address in the line serves the
 * sign-in page.
 */
class FirstRunIntegrationTests {

  @Test
  void theFirstStartSaysWhereToGoAndWhoToSignInAs() throws Exception {
    Path data = Files.createTempDirectory("harbour-first-run");
    int web = freePort();
    try (HarbourProcess harbour =
        HarbourProcess.startJar(
            Map.of(
                "HARBOUR_DATA_DIR", data.toString(),
                "HARBOUR_EMBEDDED_DB_PORT", Integer.toString(freePort()),
                "HARBOUR_EMBEDDED_DB_DURABLE", "false",
                "HARBOUR_DUPLICATES_SCAN_ON_START", "false",
                "SERVER_PORT", Integer.toString(web)))) {
      String ready = "Harbour is ready at http://localhost:" + web + "/ : sign in as kw.jones";
      assertThat(harbour.awaitOutput(ready)).as(harbour.output()).isTrue();
      String line =
          harbour.lines().stream().filter(l -> l.contains(ready)).findFirst().orElseThrow();
      assertThat(line)
          .contains("harbour-demo-password")
          .contains("oathtool --totp -b ")
          .contains("README");
      HttpResponse<String> signIn =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create("http://localhost:" + web + "/login")).build(),
                  HttpResponse.BodyHandlers.ofString());
      assertThat(signIn.statusCode()).isEqualTo(200);
      assertThat(signIn.body()).contains("name=\"username\"");
    } finally {
      FileSystemUtils.deleteRecursively(data);
    }
  }

  private static int freePort() throws java.io.IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
