package uk.harbour.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anySet;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The name check's words and answers: any child record's name refuses the text, and so does a
 * common given name whether or not a child has it (so a refusal is no oracle).
 */
class ChildNamesInTextTests {

  @Test
  void wordsAreLowerCasedWithPossessivesAndEverydayLowerCaseWordsLeftOut() {
    assertThat(ChildNamesInText.wordsOf("Met near the park with Quorin's friends, and Park Lane"))
        .contains("met", "quorin's", "quorin", "park", "lane")
        .doesNotContain("the", "with", "and", "friends");
    assertThat(ChildNamesInText.wordsOf("a b c")).isEmpty();
  }

  @Test
  void aChildRecordsNameRefusesTheTextWithoutSayingWhich() {
    ChildNameRepository repository = mock(ChildNameRepository.class);
    when(repository.anyChildNamed(Set.of("seen", "quorin"))).thenReturn(true);
    ChildNamesInText check = new ChildNamesInText(repository);
    assertThat(check.namesAChild("Seen: Quorin")).isTrue();
  }

  @Test
  void textWithNoNameIsAccepted() {
    ChildNameRepository repository = mock(ChildNameRepository.class);
    when(repository.anyChildNamed(anySet())).thenReturn(false);
    ChildNamesInText check = new ChildNamesInText(repository);
    assertThat(check.namesAChild("Seating was moved into view of the counters.")).isFalse();
    assertThat(check.namesAChild("   ")).isFalse();
  }

  @Test
  void aCommonGivenNameIsRefusedWhetherOrNotAChildHasIt() {
    ChildNameRepository repository = mock(ChildNameRepository.class);
    ChildNamesInText check = new ChildNamesInText(repository);
    assertThat(check.namesAChild("Jordan was seen there")).isTrue();
    assertThat(check.namesAChild("we saw jordan")).isTrue();
    verify(repository, never()).anyChildNamed(anySet());
  }
}
