package uk.harbour.missing;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.jspecify.annotations.Nullable;

/**
 * Checks an uploaded photograph by what it contains, never by its name or the type the browser
 * claims: the first bytes must be a JPEG's or a PNG's, its width and height within the limit, and
 * it must decode as that image. What is stored is the image encoded again, so no camera metadata
 * (such as where the photograph was taken, or the carer's device) goes with it.
 */
final class PhilomenaPhoto {

  static final String JPEG = "image/jpeg";
  static final String PNG = "image/png";

  private static final byte[] JPEG_START = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
  private static final byte[] PNG_START = {(byte) 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A};

  /** Why a file was refused, as the message key the form shows. */
  enum Refusal {
    EMPTY("missing.philomena.photo.error.empty"),
    TOO_LARGE("missing.philomena.photo.error.tooLarge"),
    NOT_AN_IMAGE("missing.philomena.photo.error.notImage"),
    TOO_MANY_PIXELS("missing.philomena.photo.error.tooManyPixels");

    final String messageKey;

    Refusal(String messageKey) {
      this.messageKey = messageKey;
    }
  }

  /** A photograph ready to store, or why it was refused. */
  record Checked(@Nullable String mediaType, byte @Nullable [] content, @Nullable Refusal refusal) {
    static Checked refused(Refusal why) {
      return new Checked(null, null, why);
    }
  }

  private PhilomenaPhoto() {}

  /** The type the content is, by its first bytes, or null if neither JPEG nor PNG. */
  static @Nullable String sniff(byte[] content) {
    if (startsWith(content, JPEG_START)) {
      return JPEG;
    }
    if (startsWith(content, PNG_START)) {
      return PNG;
    }
    return null;
  }

  static Checked check(byte[] content, long maxBytes, int maxPixels) {
    if (content.length == 0) {
      return Checked.refused(Refusal.EMPTY);
    }
    if (content.length > maxBytes) {
      return Checked.refused(Refusal.TOO_LARGE);
    }
    String type = sniff(content);
    if (type == null) {
      return Checked.refused(Refusal.NOT_AN_IMAGE);
    }
    try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
      Iterator<ImageReader> readers =
          ImageIO.getImageReadersByFormatName(type.equals(JPEG) ? "jpeg" : "png");
      if (in == null || !readers.hasNext()) {
        return Checked.refused(Refusal.NOT_AN_IMAGE);
      }
      ImageReader reader = readers.next();
      try {
        reader.setInput(in, true, true);
        if (reader.getWidth(0) > maxPixels || reader.getHeight(0) > maxPixels) {
          return Checked.refused(Refusal.TOO_MANY_PIXELS);
        }
        BufferedImage image = reader.read(0);
        return new Checked(type, encode(image, type), null);
      } finally {
        reader.dispose();
      }
    } catch (IOException | RuntimeException unreadable) {
      return Checked.refused(Refusal.NOT_AN_IMAGE);
    }
  }

  private static byte[] encode(BufferedImage image, String type) throws IOException {
    BufferedImage plain = image;
    if (type.equals(JPEG) && image.getColorModel().hasAlpha()) {
      plain = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
      plain.getGraphics().drawImage(image, 0, 0, null);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    if (!ImageIO.write(plain, type.equals(JPEG) ? "jpeg" : "png", out)) {
      throw new IOException("No writer for " + type);
    }
    return out.toByteArray();
  }

  private static boolean startsWith(byte[] content, byte[] start) {
    return content.length >= start.length
        && Arrays.equals(content, 0, start.length, start, 0, start.length);
  }
}
