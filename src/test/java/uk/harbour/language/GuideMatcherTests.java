package uk.harbour.language;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.harbour.language.BuiltInGuide.ids;

import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GuideMatcherTests {

  private final GuideMatcher matcher = BuiltInGuide.MATCHER;

  @Test
  void inflectionsPronounsAndCase() {
    for (String text :
        List.of(
            "She puts herself at risk.",
            "He is PUTTING HIMSELF AT RISK.",
            "They put themselves at risk",
            "Sam put themself at risk",
            "placing herself in danger",
            "Her behaviour places her at risk.")) {
      assertThat(ids(text)).as(text).containsExactly("putting-themselves-at-risk");
    }
  }

  @Test
  void toleratesPunctuationHyphensAndLineBreaks() {
    assertThat(ids("risk-taking behaviour")).containsExactly("risk-taking-behaviour");
    assertThat(ids("risk taking")).containsExactly("risk-taking-behaviour");
    assertThat(ids("she is putting herself\nat risk"))
        .containsExactly("putting-themselves-at-risk");
    assertThat(ids("sexually -- active")).containsExactly("sexually-active");
  }

  @Test
  void doesNotMatchAcrossSentences() {
    assertThat(ids("She was sexually. Active in sport she is.")).isEmpty();
  }

  @Test
  void offsetsPointIntoTheOriginalText() {
    String text = "Note 🙂: Jade is\r\nputting herself at risk, staff say.";
    Finding finding = matcher.check(text, TextContext.none()).get(0);

    assertThat(text.substring(finding.start(), finding.end())).isEqualTo(finding.phrase());
    assertThat(finding.phrase()).isEqualTo("putting herself at risk");
    assertThat(finding.alternatives()).isNotEmpty();
    assertThat(finding.why()).isNotBlank();
  }

  @Test
  void negationChangesTheMeaningOnlyWhereItShould() {
    assertThat(ids("This is not a lifestyle choice.")).isEmpty();
    assertThat(ids("She is not putting herself at risk.")).isEmpty();
    assertThat(ids("She did not put herself at risk and was targeted.")).isEmpty();
    assertThat(ids("It is not, however, a lifestyle choice")).containsExactly("lifestyle-choice");
    assertThat(ids("No child pornography was found.")).containsExactly("child-pornography");
    assertThat(ids("She is not sexually active.")).containsExactly("sexually-active");
  }

  @Test
  void ageRules() {
    Finding under13 = matcher.check("She is sexually active.", TextContext.ofAge(12)).get(0);
    Finding older = matcher.check("She is sexually active.", TextContext.ofAge(15)).get(0);

    assertThat(under13.severity()).isEqualTo(Severity.HIGH);
    assertThat(older.severity()).isEqualTo(Severity.HIGH);
    assertThat(ids("She is having sex with a man.", TextContext.ofAge(14)))
        .containsExactly("having-sex");
    assertThat(ids("She is having sex with her partner.", TextContext.ofAge(17))).isEmpty();
  }

  @Test
  void relationshipWordsNeedAnAdult() {
    assertThat(ids("Her 35-year-old boyfriend drove her.")).containsExactly("boyfriend-adult");
    assertThat(ids("Her boyfriend, aged 15, said they met at school.")).isEmpty();
    assertThat(ids("Her boyfriend is older.")).containsExactly("boyfriend-adult");
    assertThat(ids("Her boyfriend came to the meeting.")).isEmpty();
    assertThat(ids("Her boyfriend, who is 17, came.", TextContext.ofAge(13)))
        .containsExactly("boyfriend-adult");
    assertThat(ids("Her boyfriend, who is 17, came.", TextContext.ofAge(16))).isEmpty();
    TextContext knowsDean = new TextContext(14, false, Set.of("Dean"));
    assertThat(ids("She stayed with her boyfriend Dean.", knowsDean))
        .containsExactly("boyfriend-adult");
    assertThat(ids("She stayed with her boyfriend Dean.")).isEmpty();
  }

  @Test
  void theYoungPersonsOwnWordsAreNeverFlagged() {
    assertThat(ids("He's my boyfriend and I chose to go.", TextContext.youngPersonsWords()))
        .isEmpty();
    assertThat(ids("She said 'he's my boyfriend, he is 30 years old'.")).isEmpty();
    assertThat(ids("In her own words: \"I put myself at risk\".")).isEmpty();
    assertThat(ids("\u201cI chose to go with them,\u201d she said.")).isEmpty();
  }

  @Test
  void othersQuotedSpeechIsFlaggedSoftly() {
    List<Finding> findings = matcher.check("Mum said she is \"promiscuous\".", TextContext.none());

    assertThat(findings).hasSize(1);
    assertThat(findings.get(0).quoted()).isTrue();
    assertThat(findings.get(0).severity()).isEqualTo(Severity.MEDIUM);
  }

  @Test
  void apostrophesInsideWordsAreNotQuotes() {
    assertThat(ids("She's been promiscuous, the men's car was seen."))
        .containsExactly("promiscuous");
  }

  @Test
  void badInputNeverThrows() {
    assertThat(matcher.check("", TextContext.none())).isEmpty();
    assertThat(matcher.check(null, null)).isEmpty();
    assertThat(matcher.check("\u0000\uffff\ud800 \udfff''\"\"\"'", TextContext.none())).isEmpty();
    assertThat(ids("🙂🙂 日本語 العربية она ставит себя под угрозу 🙂 promiscuous 🙂"))
        .containsExactly("promiscuous");
    Random random = new Random(42);
    StringBuilder junk = new StringBuilder();
    for (int i = 0; i < 200_000; i++) {
      junk.append((char) random.nextInt(0x10000));
    }
    matcher.check(junk.toString(), TextContext.ofAge(13));
  }

  @Test
  void oneMegabyteOfTextIsCheckedWhole() {
    String sentence = "Jade was seen at the park and she is putting herself at risk. ";
    StringBuilder big = new StringBuilder();
    while (big.length() < 1_000_000) {
      big.append(sentence);
    }
    big.append("\"unclosed quote ");
    List<Finding> findings = matcher.check(big.toString(), TextContext.none());

    assertThat(findings).hasSize((big.length() - 16) / sentence.length());
    assertThat(findings.get(findings.size() - 1).phrase()).isEqualTo("putting herself at risk");
  }
}
