package com.tiered.operations.api;

import com.tiered.identity.domain.Role;
import com.tiered.operations.application.ServiceState;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** What {@code /health} does not tell everyone: the database engine and version and the live rules, for ADMIN. */
@Path("health")
@RequestScoped
@Tag(name = "Health", description = "What /health does not tell everyone")
public class HealthResource {
    @Inject
    private ServiceState state;

    @GET
    @Path("details")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(
            operationId = "healthDetails",
            summary = "UP or DOWN with the database (engine and version) and the live rules version")
    @APIResponse(
            responseCode = "200",
            description = "The state of the service",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "HealthDetails")))
    public JsonObject details() {
        ServiceState.State now = state.read();
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("status", now.up() ? "UP" : "DOWN")
                .add("database", now.database());
        if (now.rulesVersion() != null) {
            json.add("rulesVersion", now.rulesVersion());
        }
        return json.build();
    }
}
