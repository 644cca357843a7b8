package city.hotline.router.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.util.List;
import java.util.stream.Stream;

/**
 * Accounts and identity provider.
 *
 * @param users        local accounts (system accounts of partner platforms and CTI adapters, say); people sign
 *                     in through the city's OIDC provider when
 *                     {@code spring.security.oauth2.resourceserver.jwt.issuer-uri} is set
 * @param demoAccounts whether the documented demo accounts ({@code demoUsers}) may sign in: true for the
 *                     embedded default, false in production
 * @param demoUsers    the demo accounts, one per role (docs/security.md)
 * @param rolesClaim   the claim of an OIDC access token that lists the roles (AGENT, SUPERVISOR, AUDITOR,
 *                     PARTNER, PARTNER_110, PARTNER_12345)
 */
@ConfigurationProperties("router.security")
public record SecurityProperties(@DefaultValue List<User> users, @DefaultValue("false") boolean demoAccounts,
                                 @DefaultValue List<User> demoUsers, @DefaultValue("roles") String rolesClaim) {

    /** The accounts that may sign in with a password. */
    public List<User> accounts() {
        return demoAccounts ? Stream.concat(users.stream(), demoUsers.stream()).toList() : users;
    }

    /**
     * @param password the password as Spring Security stores it, with its encoding prefix
     *                 ({@code {bcrypt}$2a$...}); {@code {noop}} only for the demo accounts
     * @param roles    roles without the ROLE_ prefix, and PARTNER_110 / PARTNER_12345 for partner accounts
     */
    public record User(String name, String password, List<String> roles) {
    }
}
