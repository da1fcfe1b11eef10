package uk.harbour.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.ui.ExtendedModelMap;

class StaleSaveTests {

  final ExtendedModelMap model = new ExtendedModelMap();
  final List<String> ran = new ArrayList<>();

  @Test
  void aSaveThatWorksRedirectsAndShowsNothingStale() {
    String view =
        StaleSave.saveOrShowAgain(
            model,
            () -> ran.add("save"),
            () -> ran.add("saved") ? "redirect:/done" : null,
            () -> ran.add("showAgain") ? "form" : null);

    assertThat(view).isEqualTo("redirect:/done");
    assertThat(ran).containsExactly("save", "saved");
    assertThat(model).doesNotContainKey("stale");
  }

  @Test
  void aStaleSaveShowsTheFormAgainWithWhoChangedTheRecord() {
    StaleRecordException stale = new StaleRecordException("Sam Key", Instant.EPOCH);

    String view =
        StaleSave.saveOrShowAgain(
            model,
            () -> {
              throw stale;
            },
            () -> ran.add("saved") ? "redirect:/done" : null,
            () -> ran.add("showAgain with stale=" + model.get("stale")) ? "form" : null);

    assertThat(view).isEqualTo("form");
    assertThat(model.get(StaleSave.MODEL_ATTRIBUTE)).isSameAs(stale);
    assertThat(ran).containsExactly("showAgain with stale=" + stale);
  }

  @Test
  void otherFailuresPassThrough() {
    assertThatThrownBy(
            () ->
                StaleSave.saveOrShowAgain(
                    model,
                    () -> {
                      throw new IllegalStateException("refused");
                    },
                    () -> "redirect:/done",
                    () -> "form"))
        .isInstanceOf(IllegalStateException.class);
    assertThat(model).isEmpty();
  }
}
