package uk.harbour.accesscontrol.signin;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.util.Map;

/**
 * A QR code drawn as one SVG path, one unit per module, so the page can draw it inline without
 * images, scripts or unescaped markup.
 *
 * @param size the width and height in modules, quiet zone included
 * @param path the SVG path data covering the dark modules
 */
record QrCode(int size, String path) {

  private static final int QUIET_ZONE = 4;

  public static QrCode of(String text) {
    BitMatrix matrix;
    try {
      matrix =
          new QRCodeWriter()
              .encode(
                  text,
                  BarcodeFormat.QR_CODE,
                  0,
                  0,
                  Map.of(
                      EncodeHintType.MARGIN,
                      QUIET_ZONE,
                      EncodeHintType.ERROR_CORRECTION,
                      ErrorCorrectionLevel.M));
    } catch (WriterException e) {
      throw new IllegalArgumentException("Text does not fit in a QR code", e);
    }
    StringBuilder path = new StringBuilder();
    for (int y = 0; y < matrix.getHeight(); y++) {
      int x = 0;
      while (x < matrix.getWidth()) {
        if (!matrix.get(x, y)) {
          x++;
          continue;
        }
        int start = x;
        while (x < matrix.getWidth() && matrix.get(x, y)) {
          x++;
        }
        int run = x - start;
        path.append('M').append(start).append(' ').append(y);
        path.append("h").append(run).append("v1h-").append(run).append('z');
      }
    }
    return new QrCode(matrix.getWidth(), path.toString());
  }

  /** The SVG viewBox covering the whole code. */
  public String viewBox() {
    return "0 0 " + size + " " + size;
  }
}
