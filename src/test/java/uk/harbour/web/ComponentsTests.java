package uk.harbour.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.stereotype.Controller;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

/** Renders every GOV.UK component through Thymeleaf and checks the markup. */
@WebSliceTest(controllers = ComponentsTests.ComponentsController.class)
@Import(ComponentsTests.ComponentsController.class)
class ComponentsTests {

  static final String SCRIPT = "<script>alert(1)</script>";

  @Autowired MockMvc mvc;

  Document render(String query) throws Exception {
    var request = get("/public/components");
    for (String pair : query.split("&")) {
      String[] kv = pair.split("=", 2);
      request.param(kv[0], kv.length > 1 ? kv[1] : "");
    }
    String html =
        mvc.perform(request)
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(html).doesNotContain(SCRIPT);
    return Jsoup.parse(html);
  }

  Document withoutErrors() throws Exception {
    return render(
        "firstName="
            + SCRIPT
            + "&notes="
            + SCRIPT
            + "&colour=GREEN"
            + "&colours=RED&colours=BLUE&dobDay=3&dobMonth=4&dobYear=2012&userId=u2");
  }

  Document withErrors() throws Exception {
    return render("firstName=Ann&notes=&colour=&dobDay=31&dobMonth=2&dobYear=2012&errors=true");
  }

  /** The component's form group, which must be marked as in error. */
  static Element groupInError(Document page, String component) {
    Element group = page.selectFirst(component + " .govuk-form-group");
    assertThat(group.hasClass("govuk-form-group--error")).isTrue();
    return group;
  }

  @Nested
  class ErrorSummary {
    @Test
    void isAbsentWithoutErrors() throws Exception {
      assertThat(withoutErrors().select("#summary .govuk-error-summary")).isEmpty();
    }

    @Test
    void listsTheFirstErrorOfEachFieldLinkingToTheField() throws Exception {
      Element summary = withErrors().selectFirst("#summary .govuk-error-summary");
      assertThat(summary.attr("data-module")).isEqualTo("govuk-error-summary");
      assertThat(summary.selectFirst("div[role=alert]")).isNotNull();
      assertThat(summary.selectFirst("h2.govuk-error-summary__title").text())
          .isEqualTo("There is a problem");
      Elements links = summary.select("ul.govuk-error-summary__list li a");
      assertThat(links.eachAttr("href"))
          .containsExactly(
              "#firstName", "#lastName", "#notes", "#colour", "#colours", "#dob", "#userId");
      assertThat(links.first().text()).isEqualTo("Enter a first name <b>");
      Element global = summary.selectFirst("li:contains(Something is wrong with the form)");
      assertThat(global.select("a")).isEmpty();
      assertThat(summary.select("li")).hasSize(links.size() + 1);
    }
  }

  @Nested
  class TextInput {
    @Test
    void hasALabelForTheInputAndNoHintOrError() throws Exception {
      Element group = withoutErrors().selectFirst("#text-plain .govuk-form-group");
      assertThat(group.hasClass("govuk-form-group--error")).isFalse();
      assertThat(group.selectFirst("label.govuk-label").attr("for")).isEqualTo("firstName");
      assertThat(group.selectFirst("label").text()).isEqualTo("First name " + SCRIPT);
      Element input = group.selectFirst("input");
      assertThat(input.id()).isEqualTo("firstName");
      assertThat(input.attr("name")).isEqualTo("firstName");
      assertThat(input.attr("type")).isEqualTo("text");
      assertThat(input.attr("value")).isEqualTo(SCRIPT);
      assertThat(input.className()).isEqualTo("govuk-input");
      assertThat(input.hasAttr("aria-describedby")).isFalse();
      assertThat(input.hasAttr("autocomplete")).isFalse();
      assertThat(group.select(".govuk-hint, .govuk-error-message")).isEmpty();
    }

    @Test
    void usesTheOptionalArguments() throws Exception {
      Element group = withoutErrors().selectFirst("#text-full .govuk-form-group");
      Element input = group.selectFirst("input");
      assertThat(input.attr("type")).isEqualTo("email");
      assertThat(input.attr("autocomplete")).isEqualTo("family-name");
      assertThat(input.hasClass("govuk-input--width-20")).isTrue();
      assertThat(group.selectFirst("label").hasClass("govuk-label--l")).isTrue();
      Element hint = group.selectFirst("div.govuk-hint");
      assertThat(hint.id()).isEqualTo("lastName-hint");
      assertThat(hint.text()).isEqualTo("Hint " + SCRIPT);
      assertThat(input.attr("aria-describedby")).isEqualTo("lastName-hint");
    }

    @Test
    void showsTheErrorMessageAndMarksTheGroupAndInput() throws Exception {
      Document page = withErrors();
      Element group = groupInError(page, "#text-plain");
      Element error = group.selectFirst("p.govuk-error-message");
      assertThat(error.id()).isEqualTo("firstName-error");
      assertThat(error.selectFirst("span.govuk-visually-hidden").text()).isEqualTo("Error:");
      assertThat(error.text()).isEqualTo("Error: Enter a first name <b>");
      Element input = group.selectFirst("input");
      assertThat(input.hasClass("govuk-input--error")).isTrue();
      assertThat(input.attr("aria-describedby")).isEqualTo("firstName-error");
      assertThat(input.attr("value")).isEqualTo("Ann");

      Element full = page.selectFirst("#text-full input");
      assertThat(full.attr("aria-describedby")).isEqualTo("lastName-hint lastName-error");
    }
  }

  @Nested
  class Textarea {
    @Test
    void rendersTheValueEscapedWithDefaultRows() throws Exception {
      Element group = withoutErrors().selectFirst("#textarea-plain .govuk-form-group");
      Element textarea = group.selectFirst("textarea.govuk-textarea");
      assertThat(textarea.id()).isEqualTo("notes");
      assertThat(textarea.attr("name")).isEqualTo("notes");
      assertThat(textarea.attr("rows")).isEqualTo("5");
      assertThat(textarea.val()).isEqualTo(SCRIPT);
      assertThat(group.selectFirst("label").attr("for")).isEqualTo("notes");
      assertThat(textarea.hasAttr("aria-describedby")).isFalse();
    }

    @Test
    void takesRowsAndShowsErrors() throws Exception {
      Element group = withErrors().selectFirst("#textarea-rows .govuk-form-group");
      Element textarea = group.selectFirst("textarea");
      assertThat(textarea.attr("rows")).isEqualTo("9");
      assertThat(textarea.hasClass("govuk-textarea--error")).isTrue();
      assertThat(group.hasClass("govuk-form-group--error")).isTrue();
      assertThat(textarea.attr("aria-describedby")).isEqualTo("notes-hint notes-error");
      assertThat(group.selectFirst("#notes-error").text()).isEqualTo("Error: Write some notes");
    }
  }

  @Nested
  class Radios {
    @Test
    void isAFieldsetWithALegendAndOneRadioPerOption() throws Exception {
      Element group = withoutErrors().selectFirst("#radios .govuk-form-group");
      Element fieldset = group.selectFirst("fieldset.govuk-fieldset");
      assertThat(fieldset.selectFirst("legend.govuk-fieldset__legend").text()).isEqualTo("Colour");
      assertThat(fieldset.attr("aria-describedby")).isEqualTo("colour-hint");
      assertThat(fieldset.selectFirst("#colour-hint").text()).isEqualTo("Pick one");
      Element radios = fieldset.selectFirst("div.govuk-radios");
      assertThat(radios.attr("data-module")).isEqualTo("govuk-radios");
      assertThat(radios.hasClass("govuk-radios--inline")).isFalse();
      Elements inputs = radios.select("input.govuk-radios__input[type=radio]");
      assertThat(inputs.eachAttr("id")).containsExactly("colour", "colour-2", "colour-3");
      assertThat(inputs.eachAttr("name")).containsOnly("colour");
      assertThat(inputs.eachAttr("value")).containsExactly("RED", "GREEN", "BLUE");
      assertThat(radios.select("input[checked]").eachAttr("value")).containsExactly("GREEN");
      assertThat(radios.select("label.govuk-radios__label").eachText())
          .containsExactly("Red", "Green", "Blue");
      assertThat(radios.select("label").eachAttr("for"))
          .containsExactly("colour", "colour-2", "colour-3");
    }

    @Test
    void showsAnOptionHintFromTheMessages() throws Exception {
      Element radios = withoutErrors().selectFirst("#radios .govuk-radios");
      Element green = radios.selectFirst("#colour-2");
      assertThat(green.attr("aria-describedby")).isEqualTo("colour-2-item-hint");
      assertThat(radios.selectFirst("#colour-2-item-hint.govuk-radios__hint").text())
          .isEqualTo("Like grass");
      assertThat(radios.selectFirst("#colour").hasAttr("aria-describedby")).isFalse();
    }

    @Test
    void canBeInlineAndTakeStringOptions() throws Exception {
      Element radios = withoutErrors().selectFirst("#radios-inline .govuk-radios");
      assertThat(radios.hasClass("govuk-radios--inline")).isTrue();
      assertThat(radios.select("input[checked]").eachAttr("value")).containsExactly("GREEN");
      assertThat(withoutErrors().select("#radios-inline .govuk-hint:not(.govuk-radios__hint)"))
          .isEmpty();
    }

    @Test
    void showsErrors() throws Exception {
      Element group = groupInError(withErrors(), "#radios");
      assertThat(group.selectFirst("fieldset").attr("aria-describedby"))
          .isEqualTo("colour-hint colour-error");
      assertThat(group.selectFirst("#colour-error").text()).isEqualTo("Error: Choose a colour");
      assertThat(group.select("input[checked]")).isEmpty();
    }
  }

  @Nested
  class Checkboxes {
    @Test
    void ticksTheChosenOptionsAndAddsTheEmptyMarker() throws Exception {
      Element group = withoutErrors().selectFirst("#checkboxes .govuk-form-group");
      Element boxes = group.selectFirst("div.govuk-checkboxes");
      assertThat(boxes.attr("data-module")).isEqualTo("govuk-checkboxes");
      Elements inputs = boxes.select("input.govuk-checkboxes__input[type=checkbox]");
      assertThat(inputs.eachAttr("id")).containsExactly("colours", "colours-2", "colours-3");
      assertThat(inputs.eachAttr("name")).containsOnly("colours");
      assertThat(boxes.select("input[checked]").eachAttr("value")).containsExactly("RED", "BLUE");
      // The label must directly follow its input for GOV.UK Frontend's styles.
      for (Element input : inputs) {
        assertThat(input.nextElementSibling().tagName()).isEqualTo("label");
        assertThat(input.nextElementSibling().attr("for")).isEqualTo(input.id());
      }
      assertThat(group.select("input[type=hidden][name=_colours]").attr("value")).isEqualTo("on");
      assertThat(group.selectFirst("legend").text()).isEqualTo("Colours");
      assertThat(group.selectFirst("fieldset").hasAttr("aria-describedby")).isFalse();
    }

    @Test
    void showsErrors() throws Exception {
      Element group = groupInError(withErrors(), "#checkboxes");
      assertThat(group.selectFirst("fieldset").attr("aria-describedby")).isEqualTo("colours-error");
      assertThat(group.select("input[checked]")).isEmpty();
    }
  }

  @Nested
  class DateInput {
    @Test
    void hasThreeLabelledBoxesWithTheDayCarryingTheFieldId() throws Exception {
      Element group = withoutErrors().selectFirst("#date .govuk-form-group");
      Element fieldset = group.selectFirst("fieldset.govuk-fieldset[role=group]");
      assertThat(fieldset.selectFirst("legend").text()).isEqualTo("Date of birth");
      assertThat(fieldset.attr("aria-describedby")).isEqualTo("dob-hint");
      Elements inputs = fieldset.select("input.govuk-date-input__input");
      assertThat(inputs.eachAttr("id")).containsExactly("dob", "dobMonth", "dobYear");
      assertThat(inputs.eachAttr("name")).containsExactly("dobDay", "dobMonth", "dobYear");
      assertThat(inputs.eachAttr("value")).containsExactly("3", "4", "2012");
      assertThat(inputs.eachAttr("inputmode")).containsOnly("numeric");
      assertThat(fieldset.select("label.govuk-date-input__label").eachText())
          .containsExactly("Day", "Month", "Year");
      assertThat(fieldset.select("label").eachAttr("for"))
          .containsExactly("dob", "dobMonth", "dobYear");
      assertThat(inputs.eachAttr("class"))
          .containsExactly(
              "govuk-input govuk-date-input__input govuk-input--width-2",
              "govuk-input govuk-date-input__input govuk-input--width-2",
              "govuk-input govuk-date-input__input govuk-input--width-4");
      assertThat(fieldset.select(".govuk-input--error")).isEmpty();
    }

    @Test
    void anErrorOnTheDateMarksAllThreeBoxes() throws Exception {
      Element group = groupInError(withErrors(), "#date");
      assertThat(group.selectFirst("#dob-error").text())
          .isEqualTo("Error: Date of birth must be a real date");
      assertThat(group.selectFirst("fieldset").attr("aria-describedby"))
          .isEqualTo("dob-hint dob-error");
      assertThat(group.select("input.govuk-input--error")).hasSize(3);
    }

    @Test
    void anErrorOnTheYearMarksOnlyTheYear() throws Exception {
      Element group =
          groupInError(render("dobDay=1&dobMonth=2&dobYear=20&yearError=true"), "#date");
      assertThat(group.selectFirst("#dob-error").text())
          .isEqualTo("Error: Year must have 4 numbers");
      assertThat(group.select("input.govuk-input--error").eachAttr("id"))
          .containsExactly("dobYear");
      assertThat(group.select("input").eachAttr("class"))
          .containsExactly(
              "govuk-input govuk-date-input__input govuk-input--width-2",
              "govuk-input govuk-date-input__input govuk-input--width-2",
              "govuk-input govuk-date-input__input govuk-input--width-4 govuk-input--error");
    }
  }

  @Nested
  class GroupedDateInput {
    @Test
    void bindsTheGroupsBoxesWithTheDayCarryingTheGroupsPathAsId() throws Exception {
      Element fieldset =
          render("met.on.day=5&met.on.month=6&met.on.year=2025")
              .selectFirst("#grouped-date fieldset.govuk-fieldset[role=group]");
      Elements inputs = fieldset.select("input.govuk-date-input__input");
      assertThat(inputs.eachAttr("id")).containsExactly("met.on", "met.on.month", "met.on.year");
      assertThat(inputs.eachAttr("name"))
          .containsExactly("met.on.day", "met.on.month", "met.on.year");
      assertThat(inputs.eachAttr("value")).containsExactly("5", "6", "2025");
      assertThat(fieldset.select("label").eachAttr("for"))
          .containsExactly("met.on", "met.on.month", "met.on.year");
      assertThat(fieldset.select(".govuk-input--error")).isEmpty();
    }

    @Test
    void anErrorOnTheGroupMarksAllThreeBoxesAndTheSummaryLinksToTheDay() throws Exception {
      Document page = render("met.on.day=31&met.on.month=2&met.on.year=2025&metError=true");
      Element group = groupInError(page, "#grouped-date");
      assertThat(group.getElementById("met.on-error").text())
          .isEqualTo("Error: The date you met must be a real date");
      assertThat(group.select("input.govuk-input--error")).hasSize(3);
      Element link = page.selectFirst(".govuk-error-summary a");
      assertThat(link.attr("href")).isEqualTo("#met.on");
      assertThat(page.getElementById("met.on").attr("name")).isEqualTo("met.on.day");
    }
  }

  @Nested
  class Select {
    @Test
    void listsTheOptionsInOrderWithTheValueSelected() throws Exception {
      Element group = withoutErrors().selectFirst("#select .govuk-form-group");
      Element select = group.selectFirst("select.govuk-select");
      assertThat(select.id()).isEqualTo("userId");
      assertThat(select.attr("name")).isEqualTo("userId");
      assertThat(group.selectFirst("label").attr("for")).isEqualTo("userId");
      assertThat(select.select("option").eachAttr("value")).containsExactly("", "u1", "u2");
      assertThat(select.select("option").eachText())
          .containsExactly("Choose someone", "Ann " + SCRIPT, "Bo");
      assertThat(select.select("option[selected]").eachAttr("value")).containsExactly("u2");
    }

    @Test
    void showsErrors() throws Exception {
      Element group = groupInError(withErrors(), "#select");
      assertThat(group.selectFirst("select").hasClass("govuk-select--error")).isTrue();
      assertThat(group.selectFirst("select").attr("aria-describedby")).isEqualTo("userId-error");
    }
  }

  @Nested
  class Tables {
    @Test
    void haveACaptionHeadingsFromTheBundleAnHiddenActionsHeadingAndTheCallersRows()
        throws Exception {
      Element table = withoutErrors().selectFirst("#table-plain table");
      assertThat(table.classNames()).contains("govuk-table", "govuk-!-font-size-16");
      Element caption = table.selectFirst("caption.govuk-table__caption");
      assertThat(caption.text()).isEqualTo("People");
      assertThat(caption.hasClass("govuk-visually-hidden")).isTrue();
      assertThat(table.select("thead th[scope=col].govuk-table__header").eachText())
          .containsExactly("There is a problem", "Change", "Warning");
      assertThat(table.selectFirst("thead th:last-child span.govuk-visually-hidden")).isNotNull();
      assertThat(table.select("tbody.govuk-table__body > tr.govuk-table__row")).hasSize(2);
      assertThat(table.select("tbody td").eachText()).contains("Ann", "Bo", SCRIPT);
      Element shown = withoutErrors().selectFirst("#table-caption caption");
      assertThat(shown.classNames()).contains("govuk-table__caption--m");
      assertThat(withoutErrors().select("#table-caption thead th")).hasSize(1);
    }
  }

  @Test
  void insetWarningAndPanelEscapeTheirText() throws Exception {
    Document page = withoutErrors();
    assertThat(page.selectFirst("#inset div.govuk-inset-text").text()).isEqualTo(SCRIPT);
    Element warning = page.selectFirst("#warning div.govuk-warning-text");
    assertThat(warning.selectFirst("span.govuk-warning-text__icon").attr("aria-hidden"))
        .isEqualTo("true");
    assertThat(warning.selectFirst("strong span.govuk-visually-hidden").text())
        .isEqualTo("Warning");
    assertThat(warning.selectFirst("strong").text()).isEqualTo("Warning " + SCRIPT);
    Element panel = page.selectFirst("#panel div.govuk-panel.govuk-panel--confirmation");
    assertThat(panel.selectFirst("h1.govuk-panel__title").text()).isEqualTo("Sent");
    assertThat(panel.selectFirst("div.govuk-panel__body").text()).isEqualTo(SCRIPT);
  }

  @Test
  void detailsShowTextOrMarkupAndMayStartOpen() throws Exception {
    Document page = withoutErrors();
    Element text = page.selectFirst("#details-text details.govuk-details");
    assertThat(text.hasAttr("open")).isFalse();
    assertThat(text.selectFirst("summary .govuk-details__summary-text").text()).isEqualTo("More");
    assertThat(text.selectFirst(".govuk-details__text").text()).isEqualTo(SCRIPT);
    Element markup = page.selectFirst("#details-markup details.govuk-details");
    assertThat(markup.hasAttr("open")).isTrue();
    assertThat(markup.selectFirst(".govuk-details__text p.govuk-body").text()).isEqualTo("Inside");
  }

  @Test
  void aSummaryCardHoldsSummaryListRows() throws Exception {
    Element card = withoutErrors().selectFirst("#card div.govuk-summary-card");
    assertThat(card.selectFirst("h2.govuk-summary-card__title").text()).isEqualTo(SCRIPT);
    assertThat(card.select("dl.govuk-summary-list > div.govuk-summary-list__row")).hasSize(1);
  }

  @Test
  void theRecordChangedSummarySaysWhatHappenedAndLinksToTheRecordAsItIsNow() throws Exception {
    Document page = withoutErrors();
    Element changed = page.selectFirst("#changed div.govuk-error-summary");
    assertThat(changed.id()).isEqualTo("stale");
    assertThat(changed.attr("data-module")).isEqualTo("govuk-error-summary");
    assertThat(changed.selectFirst("div[role=alert] h2.govuk-error-summary__title").text())
        .isEqualTo("Changed");
    assertThat(changed.selectFirst("p.govuk-body").text()).isEqualTo(SCRIPT);
    Element link = changed.selectFirst("ul.govuk-error-summary__list a");
    assertThat(link.attr("href")).isEqualTo("/public/now");
    assertThat(link.attr("target")).isEqualTo("_blank");
    Element here = page.selectFirst("#changed-here a");
    assertThat(here.hasAttr("target")).isFalse();
    assertThat(page.selectFirst("#changed-here p")).isNull();
  }

  @Test
  void summaryListRowsHaveAnActionOnlyWhenGivenALink() throws Exception {
    Elements rows = withoutErrors().select("#summary-list > div.govuk-summary-list__row");
    assertThat(rows).hasSize(2);
    Element withLink = rows.get(0);
    assertThat(withLink.selectFirst("dt.govuk-summary-list__key").text()).isEqualTo("Name");
    assertThat(withLink.selectFirst("dd.govuk-summary-list__value").text()).isEqualTo(SCRIPT);
    Element link = withLink.selectFirst("dd.govuk-summary-list__actions a.govuk-link");
    assertThat(link.attr("href")).isEqualTo("/public/name");
    assertThat(link.text()).isEqualTo("Change Name");
    assertThat(link.selectFirst("span.govuk-visually-hidden").text()).isEqualTo("Name");
    assertThat(withLink.hasClass("govuk-summary-list__row--no-actions")).isFalse();
    Element withoutLink = rows.get(1);
    assertThat(withoutLink.hasClass("govuk-summary-list__row--no-actions")).isTrue();
    assertThat(withoutLink.select(".govuk-summary-list__actions")).isEmpty();
  }

  @Test
  void tagsTakeAnOptionalColour() throws Exception {
    Document page = withoutErrors();
    assertThat(page.selectFirst("#tag-plain strong").className()).isEqualTo("govuk-tag");
    assertThat(page.selectFirst("#tag-plain strong").text()).isEqualTo("Open");
    assertThat(page.selectFirst("#tag-blue strong").classNames())
        .containsExactlyInAnyOrder("govuk-tag", "govuk-tag--blue");
    assertThat(page.selectFirst("#tag-blue strong").text()).isEqualTo(SCRIPT);
  }

  @Test
  void notificationBannersAreImportantOrSuccess() throws Exception {
    Document page = withoutErrors();
    Element plain = page.selectFirst("#banner-plain .govuk-notification-banner");
    assertThat(plain.attr("role")).isEqualTo("region");
    assertThat(plain.attr("data-module")).isEqualTo("govuk-notification-banner");
    assertThat(plain.attr("aria-labelledby")).isEqualTo(plain.selectFirst("h2").id());
    assertThat(plain.selectFirst("h2.govuk-notification-banner__title").text())
        .isEqualTo("Important");
    assertThat(plain.selectFirst(".govuk-notification-banner__heading").text()).isEqualTo(SCRIPT);
    assertThat(plain.hasClass("govuk-notification-banner--success")).isFalse();

    Element success = page.selectFirst("#banner-success .govuk-notification-banner");
    assertThat(success.attr("role")).isEqualTo("alert");
    assertThat(success.hasClass("govuk-notification-banner--success")).isTrue();
    assertThat(success.selectFirst("h2").text()).isEqualTo("Success");

    assertThat(page.selectFirst("#banner-titled h2").text()).isEqualTo("Note");
  }

  @Test
  void paginationShowsOnlyTheLinksGiven() throws Exception {
    Document page = withoutErrors();
    assertThat(page.select("#pagination-none nav")).isEmpty();
    Element next = page.selectFirst("#pagination-next nav.govuk-pagination");
    assertThat(next.attr("aria-label")).isEqualTo("Pagination");
    assertThat(next.select(".govuk-pagination__prev")).isEmpty();
    assertThat(next.selectFirst(".govuk-pagination__next a").attr("href"))
        .isEqualTo("/public/list?page=2");
    assertThat(next.selectFirst(".govuk-pagination__next a").attr("rel")).isEqualTo("next");
    assertThat(next.selectFirst(".govuk-pagination__next a").text()).isEqualTo("Next page");
    Element both = page.selectFirst("#pagination-both nav");
    assertThat(both.selectFirst(".govuk-pagination__prev a").attr("href"))
        .isEqualTo("/public/list?page=1");
    assertThat(both.selectFirst(".govuk-pagination__prev a").text()).isEqualTo("Previous page");
    assertThat(both.selectFirst(".govuk-pagination__prev .govuk-visually-hidden").text())
        .isEqualTo("page");
  }

  @Test
  void backLinksSayBackUnlessToldOtherwise() throws Exception {
    Document page = withoutErrors();
    Element plain = page.selectFirst("#back-plain a.govuk-back-link");
    assertThat(plain.attr("href")).isEqualTo("/public/back");
    assertThat(plain.text()).isEqualTo("Back");
    assertThat(page.selectFirst("#back-text a").text()).isEqualTo(SCRIPT);
  }

  @Test
  void buttonsAreSubmitButtonsInThreeStyles() throws Exception {
    Document page = withoutErrors();
    Element plain = page.selectFirst("#button-plain button");
    assertThat(plain.attr("type")).isEqualTo("submit");
    assertThat(plain.className()).isEqualTo("govuk-button");
    assertThat(plain.attr("data-module")).isEqualTo("govuk-button");
    assertThat(plain.text()).isEqualTo("Save");
    assertThat(plain.hasAttr("name")).isFalse();
    assertThat(plain.hasAttr("data-prevent-double-click")).isFalse();
    Element secondary = page.selectFirst("#button-secondary button");
    assertThat(secondary.classNames())
        .containsExactlyInAnyOrder("govuk-button", "govuk-button--secondary");
    assertThat(secondary.attr("name")).isEqualTo("action");
    assertThat(secondary.attr("value")).isEqualTo("cancel");
    assertThat(secondary.attr("data-prevent-double-click")).isEqualTo("true");
    assertThat(page.selectFirst("#button-warning button").classNames())
        .containsExactlyInAnyOrder("govuk-button", "govuk-button--warning");
  }

  @Test
  void componentsWorkInsideAFormWithItsCsrfToken() throws Exception {
    Element form = withoutErrors().selectFirst("form");
    assertThat(form.select("input[type=hidden][name=_csrf]")).hasSize(1);
  }

  enum Colour {
    RED,
    GREEN,
    BLUE
  }

  /** A form with one field per kind of component. */
  public static class DemoForm {
    private String firstName;
    private String lastName;
    private String notes;
    private Colour colour;
    private Set<Colour> colours = EnumSet.noneOf(Colour.class);
    private String dobDay;
    private String dobMonth;
    private String dobYear;
    private Meeting met = new Meeting();
    private String userId;

    public LocalDate getDob() {
      try {
        return LocalDate.of(
            Integer.parseInt(dobYear), Integer.parseInt(dobMonth), Integer.parseInt(dobDay));
      } catch (RuntimeException e) {
        return null;
      }
    }

    public String getFirstName() {
      return firstName;
    }

    public void setFirstName(String v) {
      firstName = v;
    }

    public String getLastName() {
      return lastName;
    }

    public void setLastName(String v) {
      lastName = v;
    }

    public String getNotes() {
      return notes;
    }

    public void setNotes(String v) {
      notes = v;
    }

    public Colour getColour() {
      return colour;
    }

    public void setColour(Colour v) {
      colour = v;
    }

    public Set<Colour> getColours() {
      return colours;
    }

    public void setColours(Set<Colour> v) {
      colours = v;
    }

    public String getDobDay() {
      return dobDay;
    }

    public void setDobDay(String v) {
      dobDay = v;
    }

    public String getDobMonth() {
      return dobMonth;
    }

    public void setDobMonth(String v) {
      dobMonth = v;
    }

    public String getDobYear() {
      return dobYear;
    }

    public void setDobYear(String v) {
      dobYear = v;
    }

    public Meeting getMet() {
      return met;
    }

    public void setMet(Meeting v) {
      met = v;
    }

    public String getUserId() {
      return userId;
    }

    public void setUserId(String v) {
      userId = v;
    }
  }

  /** A nested group holding a date group, as a form embedding ChildIdentity holds its date. */
  public static class Meeting {
    private uk.harbour.shared.DateInput on = new uk.harbour.shared.DateInput();

    public uk.harbour.shared.DateInput getOn() {
      return on;
    }

    public void setOn(uk.harbour.shared.DateInput v) {
      on = v;
    }
  }

  @Controller
  static class ComponentsController {

    @GetMapping("/public/components")
    String show(
        @ModelAttribute("form") DemoForm form,
        BindingResult binding,
        @RequestParam(defaultValue = "false") boolean errors,
        @RequestParam(defaultValue = "false") boolean yearError,
        @RequestParam(defaultValue = "false") boolean metError,
        Model model) {
      if (errors) {
        binding.rejectValue("firstName", "required", "Enter a first name <b>");
        binding.rejectValue("firstName", "size", "A second error about the first name");
        binding.rejectValue("lastName", "required", "Enter a last name");
        binding.rejectValue("notes", "required", "Write some notes");
        binding.rejectValue("colour", "required", "Choose a colour");
        binding.rejectValue("colours", "required", "Choose at least one colour");
        binding.rejectValue("dob", "real", "Date of birth must be a real date");
        binding.rejectValue("userId", "required", "Choose someone");
        binding.reject("global", "Something is wrong with the form");
      }
      if (metError) {
        binding.rejectValue("met.on", "real", "The date you met must be a real date");
      }
      if (yearError) {
        binding.rejectValue("dobYear", "digits", "Year must have 4 numbers");
      }
      Map<String, String> users = new LinkedHashMap<>();
      users.put("", "Choose someone");
      users.put("u1", "Ann " + SCRIPT);
      users.put("u2", "Bo");
      model.addAttribute("userOptions", users);
      model.addAttribute("colours", Colour.values());
      model.addAttribute("colourNames", List.of("RED", "GREEN", "BLUE"));
      model.addAttribute("labelText", "First name " + SCRIPT);
      model.addAttribute("hintText", "Hint " + SCRIPT);
      return "test/components";
    }
  }
}
