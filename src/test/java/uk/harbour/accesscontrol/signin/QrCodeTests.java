package uk.harbour.accesscontrol.signin;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import uk.harbour.accesscontrol.Totp;

class QrCodeTests {

  private static final Pattern RUN = Pattern.compile("M(\\d+) (\\d+)h(\\d+)v1h-\\3z");
  private static final int SCALE = 4;

  /** Many random secrets, so that a code the generator gets wrong only now and then shows up. */
  @Test
  void thePathDecodesBackToTheAuthenticatorAddress() throws Exception {
    for (int i = 0; i < 200; i++) {
      String uri = Totp.uri("sam.jones", Totp.newSecret());

      QrCode qr = QrCode.of(uri);

      assertThat(qr.viewBox()).isEqualTo("0 0 " + qr.size() + " " + qr.size());
      assertThat(decode(qr)).isEqualTo(uri);
    }
  }

  @Test
  void drawsOnlyWholeRunsOfDarkModules() {
    QrCode qr = QrCode.of("otpauth://totp/Harbour:a?secret=ABCD&issuer=Harbour");
    assertThat(qr.path()).matches("(M\\d+ \\d+h\\d+v1h-\\d+z)+");
  }

  /** Paints the path into pixels and reads it with zxing's decoder, as a phone camera would. */
  private static String decode(QrCode qr) throws Exception {
    int pixels = qr.size() * SCALE;
    int[] argb = new int[pixels * pixels];
    java.util.Arrays.fill(argb, 0xFFFFFFFF);
    Matcher run = RUN.matcher(qr.path());
    while (run.find()) {
      int x = Integer.parseInt(run.group(1));
      int y = Integer.parseInt(run.group(2));
      int length = Integer.parseInt(run.group(3));
      for (int py = y * SCALE; py < (y + 1) * SCALE; py++) {
        for (int px = x * SCALE; px < (x + length) * SCALE; px++) {
          argb[py * pixels + px] = 0xFF000000;
        }
      }
    }
    BinaryBitmap bitmap =
        new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(pixels, pixels, argb)));
    // A pure code (quiet zone, no perspective), as drawn on the page; zxing's finder-pattern search
    // for photos of codes misses some clean codes at this scale.
    return new QRCodeReader()
        .decode(
            bitmap, java.util.Map.of(com.google.zxing.DecodeHintType.PURE_BARCODE, Boolean.TRUE))
        .getText();
  }
}
