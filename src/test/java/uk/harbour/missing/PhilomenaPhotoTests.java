package uk.harbour.missing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The photograph is judged by what it holds, never by its name or claimed type. */
class PhilomenaPhotoTests {

  @Test
  void realJpegsAndPngsAreAcceptedAndEncodedAgain() {
    PhilomenaPhoto.Checked jpeg =
        PhilomenaPhoto.check(PhilomenaFixture.image("jpeg", 32), 100_000, 100);
    assertThat(jpeg.refusal()).isNull();
    assertThat(jpeg.mediaType()).isEqualTo("image/jpeg");
    assertThat(PhilomenaPhoto.sniff(jpeg.content())).isEqualTo("image/jpeg");
    PhilomenaPhoto.Checked png =
        PhilomenaPhoto.check(PhilomenaFixture.image("png", 32), 100_000, 100);
    assertThat(png.mediaType()).isEqualTo("image/png");
  }

  @Test
  void anythingElseIsRefusedWithItsReason() {
    assertThat(PhilomenaPhoto.check(new byte[0], 100, 100).refusal())
        .isEqualTo(PhilomenaPhoto.Refusal.EMPTY);
    assertThat(
            PhilomenaPhoto.check("GIF89a...".getBytes(StandardCharsets.US_ASCII), 100, 100)
                .refusal())
        .isEqualTo(PhilomenaPhoto.Refusal.NOT_AN_IMAGE);
    byte[] big = PhilomenaFixture.image("png", 32);
    assertThat(PhilomenaPhoto.check(big, big.length - 1, 100).refusal())
        .isEqualTo(PhilomenaPhoto.Refusal.TOO_LARGE);
    assertThat(PhilomenaPhoto.check(big, 100_000, 31).refusal())
        .isEqualTo(PhilomenaPhoto.Refusal.TOO_MANY_PIXELS);
    byte[] pngHeaderOnly = java.util.Arrays.copyOf(big, 12);
    assertThat(PhilomenaPhoto.check(pngHeaderOnly, 100_000, 100).refusal())
        .isEqualTo(PhilomenaPhoto.Refusal.NOT_AN_IMAGE);
  }
}
