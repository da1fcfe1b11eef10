package uk.harbour.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which characters Harbour keeps in what people send. */
class StorableTextTests {

  @Test
  void keepsEveryScriptTabsLineBreaksAndEmoji() {
    for (String text :
        new String[] {
          "Plain text",
          "Tab\tline\nbreak\r\n",
          "Zoë, Łukasz, Ṣadé, 李小龙, محمد, Ніна",
          "\u200f\u202b right to left \u202c",
          "A smile 😀 and a flag 🏴",
          "Non-breaking\u00a0space and soft\u00adhyphen"
        }) {
      assertThat(StorableText.isStorable(text)).as(text).isTrue();
      assertThat(StorableText.storable(text)).isEqualTo(text);
    }
  }

  @Test
  void refusesNulOtherControlCharactersLoneSurrogatesAndNoncharacters() {
    for (String bad :
        new String[] {
          "\u0000",
          "\u0001",
          "\u0008",
          "\u000b",
          "\u000c",
          "\u001b",
          "\u001f",
          "\u007f",
          "\u0080",
          "\u0085",
          "\u009f",
          "\ud800",
          "\udfff",
          "\ufdd0",
          "\ufffe",
          "\uffff",
          new String(Character.toChars(0x1fffe))
        }) {
      String text = "before" + bad + "after";
      assertThat(StorableText.isStorable(text)).as("U+%04X", bad.codePointAt(0)).isFalse();
      assertThat(StorableText.storable(text)).isEqualTo("beforeafter");
    }
  }

  @Test
  void aSurrogateAtTheEndAloneIsRefused() {
    assertThat(StorableText.storable("end\ud83d")).isEqualTo("end");
    assertThat(StorableText.storable("\ude00start")).isEqualTo("start");
  }
}
