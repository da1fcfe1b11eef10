package uk.harbour.language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class GuideYamlTests {

  @Test
  void theBuiltInGuideHasAtLeastFortyCompleteEntries() {
    List<GuideEntry> entries = GuideYaml.builtIn();

    assertThat(entries).hasSizeGreaterThanOrEqualTo(40);
    assertThat(entries.stream().map(GuideEntry::id).distinct()).hasSameSizeAs(entries);
    for (GuideEntry entry : entries) {
      assertThat(entry.alternatives()).as(entry.id()).isNotEmpty();
      assertThat(entry.why()).as(entry.id()).hasSizeGreaterThan(40);
      assertThat(entry.enabled()).isTrue();
    }
  }

  @Test
  void writingAndReadingGivesTheSameEntries() {
    List<GuideEntry> entries = GuideYaml.builtIn();
    List<GuideEntry> disabled = List.of(entries.get(0).withEnabled(false));

    assertThat(GuideYaml.read(GuideYaml.write(entries))).isEqualTo(entries);
    assertThat(GuideYaml.read(GuideYaml.write(disabled))).isEqualTo(disabled);
  }

  @Test
  void rejectsYamlThatIsNotAGuide() {
    assertThatThrownBy(() -> GuideYaml.read("- a\n- b")).hasMessageContaining("entries");
    assertThatThrownBy(() -> GuideYaml.read("entries: [ {id: x, title: t, why: w} ]"))
        .hasMessageContaining("no patterns");
    assertThatThrownBy(
            () -> GuideYaml.read("entries: [ {id: x, title: t, why: w, patterns: ['{any} x']} ]"))
        .hasMessageContaining("must start");
    assertThatThrownBy(() -> GuideYaml.read("entries: [ {id: 'Bad Id'} ]"))
        .hasMessageContaining("id");
    assertThatThrownBy(() -> GuideYaml.read("entries: {: [")).hasMessageContaining("YAML");
  }

  @Test
  void aDisabledEntryNeverMatches() {
    List<GuideEntry> entries =
        GuideYaml.builtIn().stream()
            .map(e -> e.id().equals("promiscuous") ? e.withEnabled(false) : e)
            .toList();

    assertThat(GuideMatcher.of(entries).check("She is promiscuous.", TextContext.none())).isEmpty();
  }
}
