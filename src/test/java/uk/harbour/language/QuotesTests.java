package uk.harbour.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Who said a quotation, and how quotations are paired. */
class QuotesTests {

  private final GuideMatcher matcher = GuideMatcher.builtIn();
  private final TextContext jade = TextContext.ofAge(14).withChildNames(Set.of("Jade Smith"));

  private List<Finding> check(String text, TextContext context) {
    return matcher.check(text, context);
  }

  @Test
  void theChildsRecordedNameMakesItTheirWords() {
    assertThat(check("Jade said \"he's my boyfriend and he's 25\".", jade)).isEmpty();
    assertThat(check("\"I chose to go,\" said Jade.", jade)).isEmpty();
    assertThat(check("Smith told me \"I chose to go\".", jade)).isEmpty();
  }

  @Test
  void anotherNameOrARoleIsSomeoneElse() {
    Finding pc = check("PC Smith said \"she is streetwise\".", jade).get(0);
    assertThat(pc.quoted()).isTrue();
    assertThat(pc.severity()).isEqualTo(Severity.LOW);
    assertThat(check("Dean said \"she's streetwise\".", jade))
        .singleElement()
        .extracting(Finding::quoted)
        .isEqualTo(true);
    assertThat(check("Mum said she is \"promiscuous\".", jade))
        .singleElement()
        .extracting(Finding::quoted)
        .isEqualTo(true);
  }

  @Test
  void iIsTheWriterNotTheChild() {
    assertThat(check("I told her \"you are putting yourself at risk\".", jade))
        .singleElement()
        .extracting(Finding::quoted)
        .isEqualTo(true);
  }

  @Test
  void transcriptLabels() {
    assertThat(check("Jade: \"my boyfriend is 25 and I chose to go.\"", jade)).isEmpty();
    assertThat(check("PC Khan: \"she keeps putting herself at risk.\"", jade))
        .singleElement()
        .extracting(Finding::quoted)
        .isEqualTo(true);
  }

  @Test
  void aPronounIsTheChildUnlessItMeansSomeoneNamedJustBefore() {
    assertThat(check("She said \"I chose to go\".", TextContext.none())).isEmpty();
    assertThat(check("The men gave her vodka. She said \"I chose to go\".", TextContext.none()))
        .isEmpty();
    assertThat(check("PC Smith arrived. He said \"she chose to go\".", TextContext.none()))
        .singleElement()
        .extracting(Finding::quoted)
        .isEqualTo(true);
    TextContext girl = new TextContext(14, false, Set.of(), Set.of("Jade"), Set.of("she", "her"));
    assertThat(check("He said \"she chose to go\".", girl)).hasSize(1);
    assertThat(check("She said \"I chose to go\".", girl)).isEmpty();
  }

  @Test
  void pairingIsOnePassAndNestedQuotesBelongToTheOuterOne() {
    assertThat(Quotes.pairs("a \"b\" c 'd' e")).hasSize(2);
    assertThat(Quotes.pairs("\"she said 'go' to me\""))
        .singleElement()
        .satisfies(p -> assertThat(p).containsExactly(0, 20));
    assertThat(Quotes.pairs("\"open\nclosed\"")).isEmpty();
    assertThat(Quotes.pairs("\u201cunclosed \u201c\u201c\u201c")).isEmpty();
    assertThat(Quotes.pairs("don't stop the girls' car")).isEmpty();
  }

  @Test
  void aMegabyteOfOpeningQuotesIsOnePass() {
    String junk = "\u201c".repeat(1_000_000);
    assertThat(Quotes.pairs(junk)).isEmpty();
    assertThat(check(junk + " she is promiscuous", TextContext.none())).hasSize(1);
  }
}
