package uk.harbour.matching.batch;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the line of the first byte that is not valid UTF-8, for error messages. */
final class Utf8 {

  private Utf8() {}

  static long firstBadLine(Path file) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    long line = 1;
    ByteBuffer in = ByteBuffer.allocate(1 << 16);
    CharBuffer out = CharBuffer.allocate(1 << 16);
    try (InputStream stream = Files.newInputStream(file)) {
      boolean end = false;
      while (!end) {
        int read = stream.read(in.array(), in.position(), in.remaining());
        end = read < 0;
        if (read > 0) {
          in.position(in.position() + read);
        }
        in.flip();
        int start = in.position();
        CoderResult result = decoder.decode(in, out, end);
        line += newlines(in.array(), start, in.position());
        if (result.isError()) {
          return line;
        }
        out.clear();
        in.compact();
      }
    } catch (IOException e) {
      return line;
    }
    return line;
  }

  private static int newlines(byte[] bytes, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      if (bytes[i] == '\n') {
        n++;
      }
    }
    return n;
  }
}
