package city.hotline.router.security;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.DispatcherType;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.RequestMatcher;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;
import java.util.Collection;
import java.util.List;

import static org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.pathPattern;

/**
 * Every API needs an account (401 without one) with the right role (403 otherwise). APIs take HTTP Basic (and
 * OIDC bearer tokens when an issuer is configured); the supervisors' page signs in with a form. The rules are
 * listed here, path by path, so the role matrix can be read in one place (docs/security.md).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    private static final String[] READERS = {Roles.SUPERVISOR, Roles.AUDITOR};

    @Bean
    SecurityFilterChain api(HttpSecurity http, ObjectProvider<JwtDecoder> oidc, SecurityProperties properties,
                            SignInAttempts signInAttempts, JsonMapper json, MeterRegistry meters) throws Exception {
        RequestMatcher apis = pathPattern("/api/**");
        BasicAuthenticationEntryPoint basic = new BasicAuthenticationEntryPoint();
        basic.setRealmName("hotline");
        http.authorizeHttpRequests(requests -> requests
                        // Boot's error page renders the error of a request already let through; asked for
                        // directly, /error has no error to render and answered 500.
                        .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                        .requestMatchers("/actuator/health/**", "/actuator/info", "/login", "/login.html",
                                "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html").permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/v1/tickets", "/api/v1/tickets/*/moved")
                        .hasAnyRole(Roles.AGENT, Roles.SUPERVISOR)
                        .requestMatchers(HttpMethod.GET, "/api/v1/tickets/**").hasAnyRole(Roles.AGENT, Roles.SUPERVISOR, Roles.AUDITOR)
                        .requestMatchers("/api/v1/exchange/110/**").hasAuthority(Roles.partnerOf("110"))
                        .requestMatchers("/api/v1/exchange/12345/**").hasAuthority(Roles.partnerOf("12345"))
                        .requestMatchers("/api/v1/exchange/**").hasRole(Roles.PARTNER)
                        .requestMatchers(HttpMethod.GET, "/api/v1/admin/**", "/api/v1/supervision/**").hasAnyRole(READERS)
                        .requestMatchers("/api/v1/admin/**", "/api/v1/supervision/**").hasRole(Roles.SUPERVISOR)
                        .requestMatchers("/actuator/**").hasRole(Roles.SUPERVISOR)
                        .requestMatchers("/supervisor/**").hasAnyRole(READERS)
                        .anyRequest().authenticated())
                .httpBasic(basicAuth -> basicAuth.authenticationEntryPoint(basic))
                .formLogin(form -> form.loginPage("/login.html").loginProcessingUrl("/login").defaultSuccessUrl("/supervisor/", false).permitAll())
                .exceptionHandling(errors -> errors.defaultAuthenticationEntryPointFor(basic, apis)
                        .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login.html"),
                                pathPattern("/supervisor/**")))
                // Only a call riding on a session cookie can be forged by another site: the page's calls send the
                // XSRF-TOKEN cookie back as X-XSRF-TOKEN. Calls with their own credentials (Basic, Bearer) or with
                // none (answered 401) are not checked.
                .csrf(csrf -> csrf.spa().ignoringRequestMatchers(
                        request -> request.getHeader("Authorization") != null || request.getRequestedSessionId() == null))
                // Before the form and Basic filters, which check the password.
                .addFilterBefore(new SignInThrottleFilter(signInAttempts, json, meters), UsernamePasswordAuthenticationFilter.class);
        if (oidc.getIfAvailable() != null) {
            http.oauth2ResourceServer(resource -> resource.jwt(jwt -> jwt.jwtAuthenticationConverter(rolesFrom(properties.rolesClaim()))));
        }
        return http.build();
    }

    @Bean
    SignInAttempts signInAttempts(SignInThrottleProperties limits, Clock clock) {
        return new SignInAttempts(limits, clock);
    }

    @Bean
    SignInAudit signInAudit(SignInAttempts attempts, MeterRegistry meters) {
        return new SignInAudit(attempts, meters);
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    UserDetailsService accounts(SecurityProperties properties) {
        return new InMemoryUserDetailsManager(properties.accounts().stream()
                .map(user -> User.withUsername(user.name()).password(user.password()).authorities(authorities(user.roles())).build())
                .toList());
    }

    /** An OIDC token's roles claim: AGENT → ROLE_AGENT; PARTNER_110 stays as it is (a line, not a role). */
    private static JwtAuthenticationConverter rolesFrom(String claim) {
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(jwt -> {
            List<String> roles = jwt.getClaimAsStringList(claim);
            return roles == null ? List.of() : authorities(roles);
        });
        return converter;
    }

    static Collection<GrantedAuthority> authorities(List<String> roles) {
        return roles.stream().<GrantedAuthority>map(role -> new SimpleGrantedAuthority(
                role.startsWith("PARTNER_") ? role : "ROLE_" + role)).toList();
    }
}
