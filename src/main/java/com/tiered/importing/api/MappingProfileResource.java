package com.tiered.importing.api;

import com.tiered.identity.domain.Role;
import com.tiered.importing.application.MappingProfileService;
import com.tiered.importing.application.ProfileFile;
import com.tiered.importing.domain.MappingProfile;
import com.tiered.importing.domain.ProfileRefused;
import com.tiered.shared.api.ApiErrors;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.net.URI;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * Mapping profiles for vendors' files (docs/api.md): listed, exported as a file, and saved from such a file — a save
 * under an existing name is the next version. Imports name one with {@code ?profile=}.
 */
@Path("imports/profiles")
@RequestScoped
public class MappingProfileResource {
    @Inject
    private MappingProfileService profiles;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.ADMIN_NAME, Role.SPED_COORDINATOR_NAME})
    @Operation(
            operationId = "listImportProfiles",
            summary = "The mapping profiles for vendors' files, each in its newest version")
    @APIResponse(responseCode = "200", description = "{profiles: [profile file …]}")
    @APIResponse(
            responseCode = "401",
            description = "Not signed in",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ApiError")))
    @APIResponse(
            responseCode = "403",
            description = "Only coordinators and administrators read profiles",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ApiError")))
    public JsonObject list() {
        JsonArrayBuilder list = Json.createArrayBuilder();
        profiles.newest().forEach(p -> list.add(ProfileFile.json(p)));
        return Json.createObjectBuilder().add("profiles", list).build();
    }

    @GET
    @Path("{name}")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.ADMIN_NAME, Role.SPED_COORDINATOR_NAME})
    @Operation(
            operationId = "exportImportProfile",
            summary = "One mapping profile as a file (its newest version, or ?version=N), to save elsewhere with"
                    + " POST /api/imports/profiles")
    @APIResponse(
            responseCode = "200",
            description = "The profile file: {name, kind, dateFormat, columns, values,"
                    + " header, version, savedBy, savedAt}")
    @APIResponse(
            responseCode = "401",
            description = "Not signed in",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ApiError")))
    @APIResponse(
            responseCode = "403",
            description = "Only coordinators and administrators read profiles",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ApiError")))
    @APIResponse(
            responseCode = "404",
            description = "No profile (or no such version) has the name",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ApiError")))
    public Response export(
            @PathParam("name") String name,
            @Parameter(description = "An earlier version; the newest without it") @QueryParam("version")
                    Integer version) {
        Optional<MappingProfile> profile = version == null ? profiles.newest(name) : profiles.version(name, version);
        if (profile.isEmpty()) {
            return ApiErrors.response(
                    404, "There is no mapping profile '" + name + "'" + (version == null ? "" : " version " + version));
        }
        return Response.ok(ProfileFile.text(profile.get()), MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .header(
                        "Content-Disposition",
                        "attachment; filename=\"" + profile.get().name() + ".json\"")
                .build();
    }

    @POST
    @Consumes({MediaType.APPLICATION_JSON, MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM, "*/*"})
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.ADMIN_NAME, Role.SPED_COORDINATOR_NAME})
    @Operation(
            operationId = "saveImportProfile",
            summary = "Saves a profile file (as the export writes it) as the next version of its name; the first"
                    + " version when the name is new")
    @APIResponse(responseCode = "201", description = "The saved profile, with its version")
    @APIResponse(
            responseCode = "400",
            description = "Not a profile file, or a profile that cannot be saved; the message names every problem",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ApiError")))
    @APIResponse(
            responseCode = "401",
            description = "Not signed in",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ApiError")))
    @APIResponse(
            responseCode = "403",
            description = "Only coordinators and administrators save profiles",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ApiError")))
    @APIResponse(
            responseCode = "413",
            description = "A profile file larger than 64 KiB",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ApiError")))
    public Response save(InputStream body) {
        try {
            MappingProfile saved = profiles.save(ProfileFile.read(body));
            return Response.created(URI.create("imports/profiles/" + saved.name()))
                    .entity(ProfileFile.json(saved))
                    .type(MediaType.APPLICATION_JSON_TYPE)
                    .build();
        } catch (ProfileRefused e) {
            return ApiErrors.response(400, e.getMessage());
        }
    }
}
