package org.supplieresg.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The REST API for integrations, under {@code /api}, with HTTP Basic authentication; described at {@code /openapi}. */
@ApplicationPath("api")
@OpenAPIDefinition(
        info = @Info(title = "Supplier ESG and carbon audit API", version = "1",
                description = "Suppliers of the chain. Errors are RFC 9457 Problem Details (application/problem+json).",
                license = @License(name = "Apache-2.0")),
        security = @SecurityRequirement(name = "basic"))
@SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
public class RestApplication extends Application {
}
