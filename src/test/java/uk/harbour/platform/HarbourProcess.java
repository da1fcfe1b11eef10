package uk.harbour.platform;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Harbour started in a JVM of its own from the compiled application classes (not the test classes),
 * as {@code java -jar target/harbour.jar} would run it, with the environment variables a deployment
 * would set. Its output goes to a file the test reads.
 */
final class HarbourProcess implements AutoCloseable {

  private final Process process;
  private final Path output;

  private HarbourProcess(Process process, Path output) {
    this.process = process;
    this.output = output;
  }

  static HarbourProcess start(Map<String, String> environment) {
    return start(environment, "-cp", applicationClasspath(), "uk.harbour.HarbourApplication");
  }

  /**
   * Harbour started as the README starts it, {@code java -jar target/harbour.jar}: the jar the
   * package phase built, which {@code ./mvnw verify} always builds before the integration tests.
   */
  static HarbourProcess startJar(Map<String, String> environment) {
    Path jar = Path.of("target", "harbour.jar");
    if (!Files.isRegularFile(jar)) {
      throw new AssertionError(jar + " is missing: run the integration tests with ./mvnw verify");
    }
    return start(environment, "-jar", jar.toString());
  }

  private static HarbourProcess start(Map<String, String> environment, String... launch) {
    try {
      Path output = Files.createTempFile("harbour-process", ".log");
      String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
      List<String> command = new ArrayList<>(List.of(java, "-Xmx512m", "-XX:TieredStopAtLevel=1"));
      command.addAll(Arrays.asList(launch));
      ProcessBuilder builder =
          new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile());
      builder
          .environment()
          .keySet()
          .removeIf(k -> k.startsWith("SPRING_") || k.startsWith("HARBOUR_"));
      builder.environment().putAll(environment);
      return new HarbourProcess(builder.start(), output);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Waits for the process to end by itself; returns its exit status, or fails after a while. */
  int exitStatus() throws InterruptedException {
    if (!process.waitFor(180, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("Harbour did not stop within 3 minutes:\n" + output());
    }
    return process.exitValue();
  }

  /** Waits until the output contains the text, or the process ends, or three minutes pass. */
  boolean awaitOutput(String text) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
    while (System.nanoTime() < deadline) {
      if (output().contains(text)) {
        return true;
      }
      if (!process.isAlive()) {
        return output().contains(text);
      }
      Thread.sleep(250);
    }
    return false;
  }

  String output() {
    try {
      return Files.readString(output, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  List<String> lines() {
    return output().lines().toList();
  }

  @Override
  public void close() throws IOException, InterruptedException {
    if (process.isAlive()) {
      process.destroy();
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    }
    Files.deleteIfExists(output);
  }

  /** The test JVM's class path without the test classes: the application and its libraries. */
  private static String applicationClasspath() {
    String classpath = System.getProperty("surefire.test.class.path");
    if (classpath == null || classpath.isBlank()) {
      classpath = System.getProperty("java.class.path");
    }
    List<String> entries = new ArrayList<>(Arrays.asList(classpath.split(File.pathSeparator)));
    entries.removeIf(e -> e.replace('\\', '/').endsWith("/test-classes") || e.contains("surefire"));
    return entries.stream().collect(Collectors.joining(File.pathSeparator));
  }
}
