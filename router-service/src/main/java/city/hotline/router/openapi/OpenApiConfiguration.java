package city.hotline.router.openapi;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description springdoc serves at {@code /v3/api-docs} (and {@code /swagger-ui.html}): every API
 * takes HTTP Basic, or an OIDC bearer token where an issuer is configured.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI hotlineApi() {
        return new OpenAPI()
                .info(new Info().title("110 / 12345 / 114 ticket router")
                        .description("Intake, ticket view, the partner platforms' exchange, and the supervisors' audit, "
                                + "statistics and rule what-if. Roles: AGENT, SUPERVISOR, AUDITOR, PARTNER (docs/security.md).")
                        .version("v1"))
                .components(new Components()
                        .addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic"))
                        .addSecuritySchemes("oidc", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                                .bearerFormat("JWT")))
                .addSecurityItem(new SecurityRequirement().addList("basic"))
                .addSecurityItem(new SecurityRequirement().addList("oidc"));
    }
}
