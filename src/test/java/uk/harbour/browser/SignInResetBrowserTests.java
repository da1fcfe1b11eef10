package uk.harbour.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import uk.harbour.accesscontrol.Directory;
import uk.harbour.accesscontrol.Role;
import uk.harbour.testing.SignIn;
import uk.harbour.testing.TestUsers;
import uk.harbour.testing.TestUsers.TestUser;

/**
 * Issue 9's sign-in pages in a real browser, each checked with axe: sign-in with password and code
 * together, an administrator asking for an authenticator app reset, a data protection officer
 * approving it, and the notice at the person's first sign-in afterwards.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SignInResetBrowserTests {

  static final String SUBMIT = "main form[method=post] button[type=submit]";

  @LocalServerPort int port;
  @Autowired Directory directory;

  @Test
  void aResetIsAskedForApprovedAndShownAtTheNextSignIn() {
    TestUsers users = new TestUsers(directory);
    TestUser admin = users.create(Role.SYSTEM_ADMINISTRATOR);
    TestUser officer = users.create(Role.DATA_PROTECTION_OFFICER);
    TestUser person = users.create(Role.PRACTITIONER);

    try (BrowserSession visitor = new BrowserSession(port)) {
      visitor.open("/login").type("#username", person.username()).type("#password", "wrong one");
      visitor.submit(SUBMIT);
      assertThat(visitor.find("#with-code").getAttribute("href")).endsWith("/login/with-code");
      visitor.open("/login/with-code").submit(SUBMIT);
      assertThat(visitor.find(".govuk-error-summary").isDisplayed()).isTrue();
    }

    try (BrowserSession administrator = new BrowserSession(port)) {
      administrator.signIn(admin.username(), admin.password(), admin.totpSecret());
      administrator.open("/admin/users/" + person.id());
      assertThat(administrator.text("#sign-in-failures")).contains("Wrong password");
      administrator.type(
          "form#reset-second-factor textarea", "Lost their phone on the bus; rang from the office");
      administrator.submit("form#reset-second-factor button[type=submit]");
      assertThat(administrator.text("#awaiting-reset")).contains("Lost their phone on the bus");
    }

    try (BrowserSession dpo = new BrowserSession(port)) {
      dpo.signIn(officer.username(), officer.password(), officer.totpSecret());
      dpo.open("/sign-in-resets");
      String decide = // the row of this person's reset: other tests may have asked for others
          dpo.driver()
              .findElement(
                  org.openqa.selenium.By.xpath(
                      "//main//tr[td[contains(., '("
                          + person.username()
                          + ")')]]//a[starts-with(@href, '/sign-in-resets/')]"))
              .getAttribute("href");
      dpo.open(decide.substring(decide.indexOf("/sign-in-resets/")));
      dpo.find("label[for=decision]").click();
      dpo.type("#note", "Their manager confirmed the phone was lost");
      dpo.submit(SUBMIT);
      assertThat(dpo.path()).isEqualTo("/sign-in-resets");
      assertThat(dpo.find(".govuk-notification-banner").isDisplayed()).isTrue();
    }

    try (BrowserSession owner = new BrowserSession(port)) {
      owner
          .open("/login")
          .type("#username", person.username())
          .type("#password", person.password());
      owner.submit(SUBMIT);
      assertThat(owner.path()).isEqualTo("/login/enrol");
      String key = owner.text("#totp-key").replace(" ", "");
      owner.type("#code", SignIn.nextCode(port, person.username(), key));
      owner.submit(SUBMIT);
      assertThat(owner.path()).isEqualTo("/account/sign-in-reset");
      assertThat(owner.text(".govuk-notification-banner")).contains(admin.username());
    }
  }
}
