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

  @Test
  void theBuiltInGuideIsVersionedAndExportsCarryTheVersion() {
    List<GuideEntry> entries = GuideYaml.builtIn();
    String exported = GuideYaml.export(entries, GuideYaml.builtInVersion(), 3);

    assertThat(GuideYaml.builtInVersion()).isEqualTo(3);
    assertThat(exported)
        .startsWith(
            "# Harbour language guide: built-in version 3; entries added or changed here: 3");
    assertThat(GuideYaml.version(exported)).isEqualTo(3);
    assertThat(GuideYaml.read(exported)).isEqualTo(entries);
    assertThat(GuideYaml.version("entries: []")).isNull();
    assertThatThrownBy(() -> GuideYaml.read("version: two\nentries: []"))
        .hasMessageContaining("version");
  }

  @Test
  void changesAreDescribedByField() {
    GuideEntry before = GuideYaml.builtIn().get(0);
    GuideEntry after =
        new GuideEntry(
            before.id(),
            "Another title",
            before.category(),
            before.severity(),
            List.of("new pattern"),
            before.why(),
            before.alternatives(),
            before.negatable(),
            before.maxChildAge(),
            before.seriousUnderAge(),
            before.needsAdult(),
            before.notAfterCoercion(),
            false,
            before.source());

    assertThat(GuideChanges.describe(null, before)).isEqualTo("created");
    assertThat(GuideChanges.describe(before, before)).isEqualTo("no change");
    assertThat(GuideChanges.describe(before, before.withEnabled(false))).isEqualTo("disabled");
    assertThat(GuideChanges.describe(before, after)).isEqualTo("changed title, patterns; disabled");
  }

  @Test
  void noPatternListsLiteralAges() {
    for (GuideEntry entry : GuideYaml.builtIn()) {
      for (String pattern : entry.patterns()) {
        assertThat(pattern).as(entry.id()).doesNotContainPattern("(^|[ |])\\d{1,2}($|[ |?])");
      }
    }
  }

  @Test
  void theSourceIsReadAndWritten() {
    List<GuideEntry> entries = GuideYaml.builtIn();
    assertThat(GuideYaml.read(GuideYaml.write(entries))).isEqualTo(entries);
    assertThat(entries).allSatisfy(e -> assertThat(e.source()).isNotBlank());
  }
}
