package uk.harbour.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterAutoConfiguration;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import uk.harbour.accesscontrol.CurrentUser;
import uk.harbour.accesscontrol.HarbourUser;
import uk.harbour.accesscontrol.Role;
import uk.harbour.shared.AgencyId;
import uk.harbour.shared.UserId;

/**
 * Security for web slice tests, standing in for the sign-in module's: static files, /login and
 * /public/** are open, everything else needs a signed-in user, and Spring Security writes no
 * headers of its own (the web module's filter does). Spring Security's filter is registered as in
 * the application (order -100), so filter order in MockMvc matches the real server.
 */
@TestConfiguration
@EnableWebSecurity
@ImportAutoConfiguration(SecurityFilterAutoConfiguration.class)
@Import(CurrentUser.class)
class WebTestSecurity {

  @Bean
  SecurityFilterChain testSecurity(HttpSecurity http) throws Exception {
    return rules(http, "/public/**");
  }

  /**
   * Static files, /error, /login and the given paths open; everything else needs a signed-in user;
   * no Spring Security headers; sign in at /login.
   */
  static SecurityFilterChain rules(HttpSecurity http, String... alsoOpen) throws Exception {
    List<String> open =
        new ArrayList<>(
            List.of(
                "/assets/**",
                "/css/**",
                "/js/**",
                "/images/**",
                "/govuk-frontend/**",
                "/webjars/**",
                "/error",
                "/login"));
    open.addAll(List.of(alsoOpen));
    http.authorizeHttpRequests(
            a ->
                a.requestMatchers(open.toArray(String[]::new))
                    .permitAll()
                    .anyRequest()
                    .authenticated())
        .headers(h -> h.disable())
        .formLogin(f -> f.loginPage("/login"));
    return http.build();
  }

  static HarbourUser user(String name, String agency, Role... roles) {
    return new HarbourUser(
        new UserId(UUID.randomUUID()),
        "user-" + UUID.randomUUID(),
        name,
        new AgencyId(UUID.randomUUID()),
        agency,
        Set.of(roles));
  }

  static RequestPostProcessor signedInAs(HarbourUser user) {
    var authorities =
        user.roles().stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList();
    return SecurityMockMvcRequestPostProcessors.authentication(
        UsernamePasswordAuthenticationToken.authenticated(user, null, authorities));
  }

  static RequestPostProcessor signedInAs(Role... roles) {
    return signedInAs(
        user(
            "Sam Tester",
            "Northtown Council",
            roles.length == 0
                ? new Role[] {Role.PRACTITIONER}
                : Arrays.copyOf(roles, roles.length)));
  }
}
