package uk.harbour.accesscontrol.signin;

import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderNotFoundException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.savedrequest.NullRequestCache;

/**
 * The one security filter chain: deny by default, sign-in pages and public reporting open,
 * administration and audit pages by role. Security headers are written by the web module.
 */
@ConditionalOnWebApplication
@Configuration(proxyBeanMethods = false)
class SecurityConfig {

  @Bean
  SecurityFilterChain harbourSecurity(
      HttpSecurity http,
      SignedInStateRepository states,
      SignInSession signInSession,
      Authenticator authenticator,
      SessionSettings settings,
      Clock clock,
      LogoutAudit logoutAudit,
      DeniedRequestAudit deniedRequestAudit,
      @Value("${server.servlet.session.cookie.name:HARBOUR_SESSION}") String cookieName)
      throws Exception {
    SignInEntryPoint entryPoint = new SignInEntryPoint(deniedRequestAudit);
    http.authorizeHttpRequests(
            requests ->
                requests
                    .requestMatchers(
                        "/login",
                        "/login/**",
                        "/report/**",
                        "/assets/**",
                        "/webjars/**",
                        "/css/**",
                        "/js/**",
                        "/images/**",
                        "/govuk-frontend/**",
                        "/favicon.ico",
                        "/error")
                    .permitAll()
                    .requestMatchers("/admin/**")
                    .hasRole("SYSTEM_ADMINISTRATOR")
                    .requestMatchers("/audit/**", "/break-glass/reviews/**", "/sign-in-resets/**")
                    .hasRole("DATA_PROTECTION_OFFICER")
                    .requestMatchers("/screening/**", "/duplicates/**", "/merges/**")
                    .hasRole("SCREENING_OFFICER")
                    // The language guide's learning view: managers and data protection officers.
                    .requestMatchers("/language/learning")
                    .hasAnyRole("TEAM_MANAGER", "DATA_PROTECTION_OFFICER")
                    // Children's records, concerns and cases are never for administrators (who
                    // manage accounts only).
                    .requestMatchers("/children/**", "/concerns/**", "/cases/**")
                    .hasAnyRole(
                        "PRACTITIONER",
                        "KEY_WORKER",
                        "TEAM_MANAGER",
                        "SCREENING_OFFICER",
                        "INTELLIGENCE_ANALYST",
                        "INTELLIGENCE_OFFICER",
                        "RETURN_INTERVIEW_COORDINATOR",
                        "CONTEXTUAL_SAFEGUARDING_LEAD",
                        "DATA_PROTECTION_OFFICER")
                    // Partner intelligence: practitioners submit it; the intelligence unit and
                    // analysts work it (the module decides what each sees). Never administrators.
                    .requestMatchers("/intelligence/**", "/intelligence")
                    .hasAnyRole(
                        "PRACTITIONER",
                        "KEY_WORKER",
                        "TEAM_MANAGER",
                        "SCREENING_OFFICER",
                        "INTELLIGENCE_ANALYST",
                        "INTELLIGENCE_OFFICER")
                    // Disruption activities name children: never for administrators, who keep
                    // the tactic catalogue under /admin.
                    .requestMatchers("/disruption", "/disruption/**")
                    .hasAnyRole(
                        "PRACTITIONER",
                        "KEY_WORKER",
                        "TEAM_MANAGER",
                        "INTELLIGENCE_ANALYST",
                        "INTELLIGENCE_OFFICER")
                    // The SSDA903 export of missing episodes is the local authority's statutory
                    // return: team managers and data protection officers run it (docs/adr/024).
                    .requestMatchers("/missing/ssda903", "/missing/ssda903/**")
                    .hasAnyRole("TEAM_MANAGER", "DATA_PROTECTION_OFFICER")
                    // Missing episodes and return interviews name children: the need-to-know
                    // rule decides which; never administrators.
                    .requestMatchers("/missing", "/missing/**")
                    .hasAnyRole(
                        "PRACTITIONER",
                        "KEY_WORKER",
                        "TEAM_MANAGER",
                        "SCREENING_OFFICER",
                        "RETURN_INTERVIEW_COORDINATOR",
                        "CONTEXTUAL_SAFEGUARDING_LEAD")
                    // The register of contexts (places, peer groups, schools, online spaces) is
                    // for the partnership's practitioners; which children are linked is shown only
                    // to those who may see them. Never administrators.
                    .requestMatchers("/contexts", "/contexts/**")
                    .hasAnyRole(
                        "PRACTITIONER",
                        "KEY_WORKER",
                        "TEAM_MANAGER",
                        "SCREENING_OFFICER",
                        "INTELLIGENCE_ANALYST",
                        "INTELLIGENCE_OFFICER",
                        "RETURN_INTERVIEW_COORDINATOR",
                        "CONTEXTUAL_SAFEGUARDING_LEAD")
                    .anyRequest()
                    .authenticated())
        .headers(headers -> headers.disable())
        .securityContext(
            context ->
                context.securityContextRepository(new HttpSessionSecurityContextRepository()))
        .requestCache(cache -> cache.requestCache(new NullRequestCache()))
        .exceptionHandling(
            exceptions ->
                exceptions.authenticationEntryPoint(entryPoint).accessDeniedHandler(entryPoint))
        .logout(
            logout ->
                logout
                    .logoutUrl("/logout")
                    .addLogoutHandler(logoutAudit)
                    .invalidateHttpSession(true)
                    .clearAuthentication(true)
                    .deleteCookies(cookieName)
                    .logoutSuccessUrl("/login?signedOut"))
        .addFilterAfter(
            new SessionRulesFilter(states, signInSession, authenticator, settings, clock),
            SecurityContextHolderFilter.class);
    return http.build();
  }

  /**
   * Sign-in goes through {@link SignInController} only. This bean also stops Spring Boot from
   * creating its default in-memory user with a generated password.
   */
  @Bean
  AuthenticationManager noOtherAuthentication() {
    return authentication -> {
      throw new ProviderNotFoundException("Harbour signs users in at /login only");
    };
  }
}
