package com.tiered.rulebook.api;

import com.tiered.evaluation.api.EvaluationResource;
import com.tiered.evaluation.application.EvaluationService;
import com.tiered.evaluation.domain.RuleMessage;
import com.tiered.evaluation.domain.RuleSetRejected;
import com.tiered.identity.domain.Role;
import com.tiered.rulebook.application.LiveRules;
import com.tiered.rulebook.application.RuleAuthoring;
import com.tiered.rulebook.application.RuleSetArchive;
import com.tiered.rulebook.application.RuleSetService;
import com.tiered.rulebook.domain.RuleFile;
import com.tiered.rulebook.domain.RuleSet;
import com.tiered.rulebook.domain.RuleSetVersion;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Rule-set versions: list them; an administrator uploads a zip of rule files (it goes live only if it compiles, is
 * safe and passes its scenarios; a comment is required, it is in the access log, and a district evaluation then runs
 * with it) or makes any version live again the same way; a rule author rolls back with a comment.
 */
@Path("rules")
@RequestScoped
@Tag(name = "Rule sets", description = "The versions of the rules and which one is live")
public class RuleSetResource {
    @Inject
    private RuleSetService ruleSets;

    @Inject
    private EvaluationService evaluations;

    @Inject
    private RuleAuthoring authoring;

    @Context
    private SecurityContext security;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.ADMIN_NAME, Role.SPED_COORDINATOR_NAME, Role.PRINCIPAL_NAME, Role.SPECIALIST_NAME})
    @Operation(operationId = "listRuleSets", summary = "Every version of the rule set; the live one has active=true")
    @APIResponse(
            responseCode = "200",
            description = "Every version, and which one serves decisions",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "RuleSetVersions")))
    public JsonObject versions() {
        JsonArrayBuilder list = Json.createArrayBuilder();
        ruleSets.versions().forEach(v -> list.add(json(v)));
        LiveRules.Live live = ruleSets.live();
        JsonObjectBuilder result = Json.createObjectBuilder()
                .add("versions", list)
                .add("live", live.version().id());
        if (live.notice() != null) {
            result.add("notice", live.notice());
        }
        return result.build();
    }

    @GET
    @Path("{id}/files")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.ADMIN_NAME, Role.SPED_COORDINATOR_NAME, Role.PRINCIPAL_NAME, Role.SPECIALIST_NAME})
    @Operation(operationId = "ruleSetFiles", summary = "The files of one version")
    @APIResponse(
            responseCode = "200",
            description = "Each file with its path and content",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "RuleSetFiles")))
    @APIResponse(
            responseCode = "400",
            description = "There is no rule-set version with this id",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ApiError")))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public JsonObject files(@Parameter(required = true, schema = @Schema(ref = "Id")) @PathParam("id") long id) {
        JsonArrayBuilder files = Json.createArrayBuilder();
        for (RuleFile f : ruleSets.files(id).files()) {
            files.add(Json.createObjectBuilder().add("path", f.path()).add("content", f.content()));
        }
        return Json.createObjectBuilder().add("id", id).add("files", files).build();
    }

    @POST
    @Consumes({"application/zip", "application/octet-stream"})
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(
            operationId = "uploadRuleSet",
            summary = "Uploads a zip of rule files as a new version (comment required); it goes live only when valid")
    @APIResponse(
            responseCode = "201",
            description = "The new version is live; the district was evaluated with it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "LiveVersion")))
    @APIResponse(responseCode = "400", ref = "RuleSetRefused")
    @APIResponse(responseCode = "413", ref = "TooLarge")
    public Response publish(
            @Parameter(required = true, description = "What changed and why, at most 1,000 characters")
                    @QueryParam("comment")
                    String comment,
            @RequestBody(
                            required = true,
                            description = "name.drl and name.drl.csv at the top, scenarios/name.csv; at most 200"
                                    + " entries, 1 MiB a file unzipped and 10 MiB in all",
                            content = @Content(mediaType = "application/zip", schema = @Schema(ref = "ZipFile")))
                    InputStream zip) {
        RuleSet ruleSet;
        try {
            RuleSetService.requireComment(
                    comment, "A new rule-set version needs a comment saying what changed and why (?comment=)");
            ruleSet = RuleSetArchive.read(zip);
        } catch (IllegalArgumentException refused) {
            dropTheRest(zip, RuleSetArchive.MAX_TOTAL_BYTES);
            throw refused;
        }
        try {
            RuleSetVersion version = authoring.upload(ruleSet, comment);
            return Response.status(201).entity(liveWithEvaluation(version)).build();
        } catch (RuleSetRejected e) {
            return refused(e);
        }
    }

    @POST
    @Path("{id}/activate")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(
            operationId = "activateRuleSet",
            summary = "Makes a version live again (comment required), then evaluates the district with it")
    @APIResponse(
            responseCode = "200",
            description = "The version is live; the district was evaluated with it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "LiveVersion")))
    @APIResponse(responseCode = "400", ref = "RuleSetRefused")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response activate(
            @Parameter(required = true, schema = @Schema(ref = "Id")) @PathParam("id") long id,
            @Parameter(required = true, description = "Why, at most 1,000 characters") @QueryParam("comment")
                    String comment) {
        try {
            RuleSetVersion version = authoring.activate(id, comment);
            return Response.ok(liveWithEvaluation(version)).build();
        } catch (RuleSetRejected e) {
            return refused(e);
        }
    }

    @POST
    @Path("{id}/rollback")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.ADMIN_NAME, Role.RULE_AUTHOR_NAME})
    @Operation(
            operationId = "rollBackRuleSet",
            summary = "Makes an earlier version live again with a comment saying why; the district is evaluated")
    @APIResponse(
            responseCode = "200",
            description = "The version now live; a district evaluation runs in the background",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "RuleSetVersion")))
    @APIResponse(responseCode = "400", ref = "RuleSetRefused")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response rollBack(
            @Parameter(required = true, schema = @Schema(ref = "Id")) @PathParam("id") long id,
            @Parameter(required = true, description = "Why, at most 1,000 characters") @QueryParam("comment")
                    String comment) {
        try {
            return Response.ok(json(authoring.rollBack(id, comment))).build();
        } catch (RuleSetRejected e) {
            return refused(e);
        }
    }

    private JsonObject liveWithEvaluation(RuleSetVersion version) {
        var run = evaluations.evaluateDistrict(
                LocalDate.now(), security.getUserPrincipal().getName());
        return Json.createObjectBuilder()
                .add("version", json(version))
                .add("evaluation", EvaluationResource.summary(run))
                .build();
    }

    static Response refused(RuleSetRejected e) {
        return Response.status(400)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(Json.createObjectBuilder()
                        .add("status", 400)
                        .add("message", "The rule set was refused; the live rules are unchanged")
                        .add("messages", messages(e.messages()))
                        .build())
                .build();
    }

    /** Each message with its file, line, column, cell (for a table) and text. */
    static JsonArrayBuilder messages(List<RuleMessage> messages) {
        JsonArrayBuilder list = Json.createArrayBuilder();
        for (RuleMessage m : messages) {
            JsonObjectBuilder message = Json.createObjectBuilder()
                    .add("file", m.file())
                    .add("line", m.line())
                    .add("column", m.column())
                    .add("text", m.text());
            if (m.cell() != null) {
                message.add("cell", m.cell());
            }
            list.add(message);
        }
        return list;
    }

    /**
     * Reads and drops what is left of a refused upload, up to {@code most} bytes, so that the client, still sending,
     * hears the answer; past that the connection is left to close.
     */
    static void dropTheRest(InputStream upload, long most) {
        byte[] buffer = new byte[8192];
        long left = most;
        try {
            int n;
            while (left > 0 && (n = upload.read(buffer, 0, (int) Math.min(buffer.length, left))) > 0) {
                left -= n;
            }
        } catch (IOException e) {
            // The client gave up sending: nothing to drop.
        }
    }

    static JsonObject json(RuleSetVersion v) {
        return Json.createObjectBuilder()
                .add("id", v.id())
                .add("version", v.version())
                .add("author", v.author())
                .add("createdAt", v.createdAt().toString())
                .add("comment", v.comment())
                .add("active", v.active())
                .build();
    }
}
