package uk.harbour.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static uk.harbour.web.WebTestSecurity.signedInAs;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** "Stay signed in" from the session timeout warning. */
@WebSliceTest(controllers = SessionController.class)
class SessionControllerTests {

  @Autowired MockMvc mvc;

  @Test
  void extendingASignedInSessionAnswersNoContent() throws Exception {
    var response =
        mvc.perform(
                post("/session/extend")
                    .session(new MockHttpSession())
                    .with(signedInAs())
                    .with(csrf().asHeader()))
            .andReturn()
            .getResponse();
    assertThat(response.getStatus()).isEqualTo(204);
    assertThat(response.getContentLength()).isZero();
    assertThat(response.getHeader("Cache-Control")).isEqualTo("no-store");
  }

  @Test
  void withoutASessionThereIsNothingToExtend() {
    var request = new MockHttpServletRequest("POST", "/session/extend");
    assertThat(new SessionController().extend(request).getStatusCode().value()).isEqualTo(401);
    assertThat(request.getSession(false)).isNull();
  }

  @Test
  void needsTheCsrfToken() throws Exception {
    var response =
        mvc.perform(post("/session/extend").session(new MockHttpSession()).with(signedInAs()))
            .andReturn()
            .getResponse();
    assertThat(response.getStatus()).isEqualTo(403);
  }

  @Test
  void needsASignedInUser() throws Exception {
    var response =
        mvc.perform(post("/session/extend").with(csrf().asHeader())).andReturn().getResponse();
    assertThat(response.getStatus()).isEqualTo(302);
  }
}
