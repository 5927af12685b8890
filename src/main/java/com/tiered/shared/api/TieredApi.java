package com.tiered.shared.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The HTTP API for other systems, under /api (see docs/api.md). */
@ApplicationPath("api")
@OpenAPIDefinition(
        info =
                @Info(
                        title = "Tiered API",
                        version = "1",
                        description = "Imports of district files, evaluations and decisions of the MTSS rules"),
        security = @SecurityRequirement(name = "basic"))
@SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
public class TieredApi extends Application {

    @Override
    public Map<String, Object> getProperties() {
        // @RolesAllowed on resources is enforced by Jersey's own filter.
        return Map.of(
                "jersey.config.server.provider.classnames",
                "org.glassfish.jersey.server.filter.RolesAllowedDynamicFeature");
    }
}
