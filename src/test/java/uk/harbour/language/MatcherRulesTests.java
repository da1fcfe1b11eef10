package uk.harbour.language;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.harbour.language.BuiltInGuide.ids;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** One test per rule the second round of matcher work added or changed (see docs/language.md). */
class MatcherRulesTests {

  private final GuideMatcher matcher = BuiltInGuide.MATCHER;

  @Test
  void negationOnlyReachesThePhraseThroughGrammaticalWords() {
    assertThat(ids("She doesn't realise she is putting herself at risk."))
        .containsExactly("putting-themselves-at-risk");
    assertThat(ids("Mum can't cope with his risk-taking behaviour."))
        .containsExactly("risk-taking-behaviour");
    assertThat(ids("She doesn't see that she is putting herself at risk."))
        .containsExactly("putting-themselves-at-risk");
    assertThat(ids("We do not think this is a lifestyle choice.")).isEmpty();
    assertThat(ids("There is no suggestion that this is a lifestyle choice.")).isEmpty();
    assertThat(ids("There is no evidence that this was her choice.")).isEmpty();
  }

  @Test
  void negationCoversTheWholeNegatedPhrase() {
    assertThat(ids("This is not child prostitution, it is abuse.")).isEmpty();
    assertThat(ids("This is child prostitution.")).containsExactly("child-prostitution");
  }

  @Test
  void inabilityAndTooYoungNegate() {
    assertThat(ids("She is unable to consent to sex.")).isEmpty();
    assertThat(ids("At 12 she is too young to consent to sex.")).isEmpty();
    assertThat(ids("The contact was non-consensual.")).isEmpty();
    assertThat(ids("The contact was consensual.")).containsExactly("consented");
  }

  @Test
  void contractionsAreReadAsTheirWords() {
    assertThat(ids("She won't engage with any professional.")).containsExactly("disengaged");
    assertThat(ids("He doesnt engage with CAMHS.")).containsExactly("disengaged");
    assertThat(ids("He's been recruited.")).containsExactly("recruited");
    assertThat(ids("Dad thinks she's to blame.")).containsExactly("own-fault");
    assertThat(ids("She's a liar, according to her stepdad.")).containsExactly("not-believed");
  }

  @Test
  void possessivesAndHerSelf() {
    assertThat(ids("She has put her self at risk.")).containsExactly("putting-themselves-at-risk");
    List<Finding> found = matcher.check("It was Jade's own fault.", TextContext.none());
    assertThat(found).singleElement().extracting(Finding::phrase).isEqualTo("Jade's own fault");
  }

  @Test
  void adverbsMayStandBetweenTheWordsOfAPhrase() {
    assertThat(ids("He is completely out of control.")).containsExactly("out-of-control");
    assertThat(ids("Her lifestyle is extremely chaotic.")).containsExactly("risky-lifestyle");
    assertThat(ids("She looks much older than she is.")).containsExactly("mature-for-age");
    assertThat(ids("Emily is out of control.")).containsExactly("out-of-control");
  }

  @Test
  void phrasesDoNotCrossACommaOrBracket() {
    assertThat(ids("She is at risk, taking the bus home late.")).isEmpty();
    assertThat(ids("She is at risk (taking the bus).")).isEmpty();
  }

  @Test
  void theChildsConductAsSubjectPlacesThemAtRisk() {
    assertThat(ids("Going missing overnight places her at risk."))
        .containsExactly("putting-themselves-at-risk");
    assertThat(ids("She stays out late, which places them at risk."))
        .containsExactly("putting-themselves-at-risk");
    List<Finding> found = matcher.check("Her choices place her in danger.", TextContext.none());
    assertThat(found)
        .singleElement()
        .extracting(Finding::phrase)
        .isEqualTo("Her choices place her in danger");
    assertThat(ids("The men are putting her at serious risk.")).isEmpty();
    assertThat(ids("The man's behaviour places her at risk.")).isEmpty();
    assertThat(ids("She is putting her brother at risk.")).isEmpty();
  }

  @Test
  void someoneElseAsSubjectIsNotAboutTheChild() {
    assertThat(ids("The man is very manipulative.")).isEmpty();
    assertThat(ids("She is very manipulative.")).containsExactly("manipulative");
    assertThat(ids("The foster carer described him as manipulative."))
        .containsExactly("manipulative");
    assertThat(ids("The man sent her explicit pictures.")).isEmpty();
    assertThat(ids("She was sent explicit pictures by a man.")).isEmpty();
    assertThat(ids("She sent him explicit pictures.")).containsExactly("sending-explicit-images");
    assertThat(ids("I went back to the house with PC Ali.")).isEmpty();
    assertThat(ids("She went back to the house with them."))
        .containsExactly("returns-to-exploiters");
    assertThat(ids("The new manager was recruited in June.")).isEmpty();
    assertThat(ids("Aaron was recruited last year.")).containsExactly("recruited");
    assertThat(ids("The suspect fabricated an alibi.")).isEmpty();
    TextContext knowsDean = new TextContext(14, false, Set.of("Dean"));
    assertThat(ids("Dean is very manipulative.", knowsDean)).isEmpty();
  }

  @Test
  void sentenceConditions() {
    assertThat(ids("Talking to adults at school has helped her.")).isEmpty();
    assertThat(ids("She talks to adults she's never met on Instagram."))
        .containsExactly("contacting-adults-online");
    assertThat(ids("Dad does shifts at the warehouse.")).isEmpty();
    assertThat(ids("He does shifts at a trap house.")).containsExactly("working-for-exploiters");
  }

  @Test
  void wordsBeforeAndAfterThatChangeThePhrase() {
    assertThat(ids("She has a trusted relationship with an adult at the club.")).isEmpty();
    assertThat(ids("She has a relationship with an adult."))
        .containsExactly("relationship-with-adult");
    assertThat(ids("She asked for it to be written down.")).isEmpty();
    assertThat(ids("Fabricated or induced illness was considered.")).isEmpty();
    assertThat(ids("She chose to go home with her mum.")).isEmpty();
    assertThat(ids("It is her choice whether to give evidence.")).isEmpty();
    assertThat(ids("Some professionals see this as her choice."))
        .containsExactly("lifestyle-choice");
  }

  @Test
  void aSafePlaceOrPersonJustAfterIsNotTheEntrysPoint() {
    assertThat(ids("He chose to stay at his nan's for the weekend.")).isEmpty();
    assertThat(ids("He chose to stay at the flat.")).containsExactly("chose-to");
    assertThat(ids("She wants attention from her mum.")).isEmpty();
    assertThat(ids("She wants attention from the older boys."))
        .containsExactly("attention-seeking");
    assertThat(ids("We agreed positive risk taking for the trip.")).isEmpty();
  }

  @Test
  void overlappingFindingsKeepTheEarliestThenTheLongest() {
    assertThat(ids("He chooses to hang around with the older boys.")).containsExactly("chose-to");
    assertThat(ids("Sam's choices are putting them at risk."))
        .containsExactly("putting-themselves-at-risk");
  }

  @Test
  void consentFalseAlarmsAreGone() {
    assertThat(ids("She agreed.")).isEmpty();
    assertThat(ids("She agreed to have a health check.")).isEmpty();
    assertThat(ids("She agreed to have sex with him.")).containsExactly("consented");
    assertThat(ids("The suspect told officers she had consented.")).containsExactly("consented");
  }

  @Test
  void theNearestAgeDecidesWhoIsAnAdult() {
    assertThat(ids("Jade is 14 and her boyfriend is 22.", TextContext.ofAge(14)))
        .containsExactly("boyfriend-adult");
    assertThat(ids("Jade is 14 and her boyfriend is 15.", TextContext.ofAge(14))).isEmpty();
    assertThat(ids("Her boyfriend, aged 15, said his brother is 22.")).isEmpty();
  }

  @Test
  void agesInTheirUsualForms() {
    for (String text :
        List.of(
            "Her boyfriend (26) picks her up.",
            "She says her boyfriend's 30.",
            "Her boyfriend, who's 18, takes her out.",
            "Her boyfriend Dean, 23, has a conviction.",
            "She calls a 24-year-old her boyfriend.",
            "Her 25yo boyfriend was there.",
            "Police stopped her boyfriend's car, which is registered to a 31-year-old man.")) {
      assertThat(ids(text, TextContext.ofAge(13))).as(text).containsExactly("boyfriend-adult");
    }
    assertThat(ids("Her boyfriend (16) is supportive.")).isEmpty();
    assertThat(ids("She has known her boyfriend for 2 years.")).isEmpty();
  }

  @Test
  void someoneElsesRelationshipIsNotTheChilds() {
    assertThat(ids("Her older sister's boyfriend collects her.")).isEmpty();
    assertThat(ids("Mum's partner is 40.")).isEmpty();
    assertThat(ids("Her partner is 32.")).containsExactly("boyfriend-adult");
  }

  @Test
  void missedFormsFromTheReview() {
    assertThat(ids("Concerns about risky sexual behaviour."))
        .containsExactly("risk-taking-behaviour");
    assertThat(ids("She's been taking risks.")).containsExactly("risk-taking-behaviour");
    assertThat(ids("He is being recruited.")).containsExactly("recruited");
    assertThat(ids("He's involved in a gang.")).containsExactly("involved-in-exploitation");
    assertThat(ids("She is involved with older men.")).containsExactly("involved-in-exploitation");
    assertThat(ids("He's working on a county line.")).containsExactly("working-for-exploiters");
    assertThat(ids("He's running county lines.")).containsExactly("drug-runner");
    assertThat(ids("She did not engage.")).containsExactly("disengaged");
    assertThat(ids("He has not engaged with YOT.")).containsExactly("disengaged");
    assertThat(ids("She frequently goes missing.")).containsExactly("keeps-going-missing");
    assertThat(ids("He often goes missing.")).containsExactly("keeps-going-missing");
    assertThat(ids("She chose to get into the car.")).containsExactly("chose-to");
    assertThat(ids("She looks much older.")).containsExactly("mature-for-age");
  }

  @Test
  void nearlyEveryOrdinarySentenceIsLeftAlone() {
    for (String text :
        List.of(
            "She goes to the group every Tuesday.",
            "She went back to school on Monday.",
            "He has been recruited onto the apprenticeship scheme.",
            "She is willing to speak to police.",
            "He seems older and more confident since the summer.",
            "She was given a bus pass in return for attending college.",
            "Adults are placing him at serious risk of harm.")) {
      assertThat(ids(text)).as(text).isEmpty();
    }
  }

  // Third round (issue 14): one test per rule added or changed.

  @Test
  void aBlamingViewTheWriterRejectsIsNotFlagged() {
    assertThat(ids("It is wrong to say she chose to go with them.")).isEmpty();
    assertThat(ids("It is not true that she consented.")).isEmpty();
    assertThat(ids("It is victim blaming to call him a drug runner.")).isEmpty();
    assertThat(ids("I challenged the view that he is a troublemaker.")).isEmpty();
    assertThat(ids("We disagree that she was asking for it.")).isEmpty();
    assertThat(ids("Police described him as a drug runner; we disagree.")).isEmpty();
    assertThat(ids("Mum thinks she chose to go with them, which is not true.")).isEmpty();
    assertThat(ids("The idea that she was asking for it is a myth.")).isEmpty();
    assertThat(ids("We write exploited rather than streetwise.")).isEmpty();
    assertThat(ids("Instead of saying she chose to go, say who took her.")).isEmpty();
  }

  @Test
  void aJudgementAboutSomethingElseIsNotARejection() {
    assertThat(ids("She knew it was wrong to carry the drugs but agreed to go with them."))
        .containsExactly("agreed-to");
    assertThat(ids("She rejected help when it was offered and chose to go back to the flat."))
        .containsExactly("chose-to");
    assertThat(ids("Mum thinks she chose to go with them.")).containsExactly("chose-to");
    assertThat(ids("He absconds whenever staff challenge him.")).containsExactly("absconding");
  }

  @Test
  void aMentionOfTheWordsIsNotAUse() {
    assertThat(ids("The term child prostitution is no longer used.")).isEmpty();
    assertThat(ids("Avoid words such as streetwise.")).isEmpty();
    assertThat(ids("This is child prostitution.")).containsExactly("child-prostitution");
  }

  @Test
  void negationReachesThroughBeingDescribedOrSeenAs() {
    assertThat(ids("She should not be described as promiscuous.")).isEmpty();
    assertThat(ids("He is not seen as a troublemaker.")).isEmpty();
    assertThat(ids("He is seen as a troublemaker.")).containsExactly("troublemaker");
  }

  @Test
  void aRefusalNegatesTheActAfterIt() {
    assertThat(ids("She refused to go back to the flat where the men were.")).isEmpty();
    assertThat(ids("She went back to the flat where the men were."))
        .containsExactly("returns-to-exploiters");
  }

  @Test
  void agesComeFromTheContextNeverFromAListInThePattern() {
    assertThat(ids("She could pass for 17.", TextContext.ofAge(13)))
        .containsExactly("mature-for-age");
    assertThat(ids("He looks about 17.", TextContext.ofAge(17))).isEmpty();
    assertThat(ids("She looks about 16.")).containsExactly("mature-for-age");
    assertThat(ids("She looks about 15.")).isEmpty();
    assertThat(ids("She looks older than 14.")).containsExactly("mature-for-age");
    assertThat(ids("He seems older than fifteen.")).containsExactly("mature-for-age");
    assertThat(ids("The man looks older than 30.")).isEmpty();
  }

  @Test
  void aDebtIsFlaggedWhenTheWriterAssertsItNotWhenSomeoneClaimsIt() {
    assertThat(ids("He owes them money.")).containsExactly("debt-owed");
    assertThat(ids("He owes the dealers money after the robbery.")).containsExactly("debt-owed");
    assertThat(ids("The men claim he owes them money.")).isEmpty();
    assertThat(ids("He said he owes the dealers money.")).isEmpty();
    assertThat(ids("Mum is in debt to the bank.")).isEmpty();
  }

  @Test
  void theSubjectOfALabelIsFoundAcrossTheVerbAndArticle() {
    assertThat(ids("He is the ringleader of the group.")).containsExactly("troublemaker");
    assertThat(ids("The older men are the ringleaders.")).isEmpty();
    assertThat(ids("He is a known dealer.")).containsExactly("dealer-label");
    assertThat(ids("The man is a known drug dealer.")).isEmpty();
  }

  @Test
  void coercionBeforeCoordinatedVerbsCoversTheSecondVerb() {
    assertThat(ids("Children can be coerced into harming or recruiting others.")).isEmpty();
    assertThat(ids("He has been recruiting younger boys.")).containsExactly("recruiter-label");
  }

  @Test
  void otherSensesOfTheNewWordsAreLeftAlone() {
    for (String text :
        List.of(
            "He works at the bakery on Saturdays.",
            "She agreed to the safety plan.",
            "She is allowed to stay with her aunt at weekends.",
            "He plugged the charger into the wall.",
            "The county lines operation was disrupted by police.",
            "She is a keen runner and trains with the athletics club.",
            "She took off her coat and sat down.",
            "We know the risks to her are serious.",
            "The nurse gave advice about a healthy lifestyle.",
            "She received unwanted male attention on the bus.",
            "She said, \"He was flirting with me.\"")) {
      assertThat(ids(text)).as(text).isEmpty();
    }
  }

  @Test
  void everyFindingNamesTheGuidanceItComesFrom() {
    List<Finding> found = matcher.check("He is a county lines kid.", TextContext.none());
    assertThat(found)
        .singleElement()
        .extracting(Finding::source)
        .asString()
        .contains("Home Office");
    assertThat(matcher.entries()).allSatisfy(e -> assertThat(e.source()).as(e.id()).isNotBlank());
  }

  @Test
  void anExchangeIsFlaggedWhenTheSentenceIsAboutSexOrDrugs() {
    assertThat(ids("She was given vodka in return for sex.")).containsExactly("in-exchange-for");
    assertThat(ids("He carried drugs in return for new trainers."))
        .containsExactly("in-exchange-for");
    assertThat(ids("She was given a bus pass in return for helping at the youth club.")).isEmpty();
  }

  @Test
  void gettingAwayFromThePeopleHarmingThemIsNotGoingMissing() {
    assertThat(ids("She ran off from her placement last night.")).containsExactly("ran-off");
    assertThat(ids("She ran off from the men and called the police.")).isEmpty();
    assertThat(ids("He sneaked away from the flat at 3am.")).isEmpty();
  }

  @Test
  void lifestyleIsFlaggedInASentenceAboutExploitation() {
    assertThat(ids("Her lifestyle with the older men is a worry."))
        .containsExactly("lifestyle-framing");
    assertThat(ids("Her lifestyle has improved since she moved to her aunt's.")).isEmpty();
  }

  @Test
  void aLabelIsSaidOfSomeoneAfterACopula() {
    assertThat(ids("She is very defiant.")).containsExactly("difficult-child");
    assertThat(ids("He can be difficult.")).containsExactly("difficult-child");
    assertThat(ids("The family took a defiant stance at the meeting.")).isEmpty();
  }

  @Test
  void aPredicateLabelNeedsAPersonAsItsSubject() {
    assertThat(ids("Jade can be defiant.")).containsExactly("difficult-child");
    assertThat(ids("We met at school. The situation at home is difficult.")).isEmpty();
    assertThat(ids("It is difficult.")).isEmpty();
  }
}
