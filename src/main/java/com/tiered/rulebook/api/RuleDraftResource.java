package com.tiered.rulebook.api;

import com.tiered.evaluation.api.EvaluationResource;
import com.tiered.evaluation.domain.RuleSetRejected;
import com.tiered.identity.domain.Role;
import com.tiered.rulebook.application.PreviewReading;
import com.tiered.rulebook.application.RuleAuthoring;
import com.tiered.rulebook.application.WhatIfPreview;
import com.tiered.rulebook.domain.DecisionChange;
import com.tiered.rulebook.domain.DraftFileChanged;
import com.tiered.rulebook.domain.RuleDraft;
import com.tiered.rulebook.domain.RuleFile;
import com.tiered.rulebook.domain.RuleFilePath;
import com.tiered.rulebook.domain.RuleSetVersion;
import com.tiered.shared.domain.TooLarge;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The rule authors' draft over HTTP: read it, save a file (If-Match: the revision you read; 409 when another author
 * saved it since; 400 for a name a rule set cannot hold, 413 past the size limit), check it, preview its effect
 * against the data as of a date (today by default), make it live or discard it.
 */
@Path("rules/draft")
@RequestScoped
@Tag(name = "Rule draft", description = "The rule authors' shared draft: edit, check, preview, publish")
@RolesAllowed({Role.ADMIN_NAME, Role.RULE_AUTHOR_NAME})
public class RuleDraftResource {
    @Inject
    private RuleAuthoring authoring;

    @Inject
    private WhatIfPreview previews;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "getDraft",
            summary = "The open draft (opened from the live version if there is none), its files and revisions")
    @APIResponse(
            responseCode = "200",
            description = "The draft",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "RuleDraft")))
    public JsonObject draft() {
        RuleDraft draft = authoring.openDraft();
        JsonArrayBuilder files = Json.createArrayBuilder();
        for (RuleDraft.DraftFile f : draft.files()) {
            files.add(Json.createObjectBuilder()
                    .add("path", f.path())
                    .add("revision", f.revision())
                    .add("changedBy", f.changedBy())
                    .add("changedAt", f.changedAt().toString())
                    .add("content", f.content()));
        }
        return Json.createObjectBuilder()
                .add("id", draft.id())
                .add("basedOn", draft.basedOn())
                .add("createdBy", draft.createdBy())
                .add("files", files)
                .build();
    }

    @PUT
    @Path("files/{path: .+}")
    @Consumes(MediaType.TEXT_PLAIN)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "saveDraftFile",
            summary = "Saves one file of the draft; If-Match carries the revision read (0 for a new file)")
    @APIResponse(
            responseCode = "200",
            description = "Saved, with the file's new revision",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "SavedDraftFile")))
    @APIResponse(
            responseCode = "400",
            description = "Not a name a rule set holds, or If-Match is missing",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ApiError")))
    @APIResponse(
            responseCode = "409",
            description = "Another author saved the file after you read it; nothing was overwritten",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ApiError")))
    @APIResponse(responseCode = "413", ref = "TooLarge")
    public Response save(
            @Parameter(
                            required = true,
                            description = "name.drl, name.drl.csv or scenarios/name.csv (its slash may be sent as"
                                    + " it is or as %2F)")
                    @PathParam("path")
                    String path,
            @Parameter(required = true, description = "The revision you read; 0 for a new file")
                    @HeaderParam("If-Match")
                    String revision,
            @RequestBody(
                            required = true,
                            description = "The file's content in UTF-8, at most 256 KiB",
                            content = @Content(mediaType = MediaType.TEXT_PLAIN, schema = @Schema(ref = "Text")))
                    InputStream body)
            throws IOException {
        String problem = RuleFilePath.problem(path);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        if (revision == null || !revision.replace("\"", "").matches("\\d{1,9}")) {
            throw new IllegalArgumentException("Send If-Match with the revision of the file you edited");
        }
        // Read no more than a rule file may hold: a larger body is refused without being read whole.
        byte[] bytes = body.readNBytes(RuleFile.MAX_BYTES + 1);
        if (bytes.length > RuleFile.MAX_BYTES) {
            RuleSetResource.dropTheRest(body, 4L * RuleFile.MAX_BYTES);
            throw new TooLarge(path + " is larger than " + RuleFile.MAX_BYTES / 1024 + " KiB; a rule file may hold"
                    + " at most that. Split it into files by concern.");
        }
        String content = new String(bytes, StandardCharsets.UTF_8);
        try {
            RuleDraft.DraftFile saved = authoring.save(path, content, Integer.parseInt(revision.replace("\"", "")));
            return Response.ok(Json.createObjectBuilder()
                            .add("path", saved.path())
                            .add("revision", saved.revision())
                            .build())
                    .build();
        } catch (DraftFileChanged e) {
            return Response.status(409)
                    .type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(Json.createObjectBuilder()
                            .add("status", 409)
                            .add("message", e.getMessage())
                            .build())
                    .build();
        }
    }

    @POST
    @Path("check")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "checkDraft",
            summary = "Compiles the draft and runs every scenario; lists each error with its file and line")
    @APIResponse(
            responseCode = "200",
            description = "Whether the draft passed, and every problem",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "DraftCheck")))
    public JsonObject check() {
        RuleAuthoring.Check check = authoring.check();
        return Json.createObjectBuilder()
                .add("passed", check.passed())
                .add("messages", RuleSetResource.messages(check.messages()))
                .build();
    }

    @POST
    @Path("preview")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "startPreview",
            summary = "Starts a what-if preview of the draft against the data as of a date, today by default (202;"
                    + " nothing is stored)")
    @APIResponse(
            responseCode = "202",
            description = "Started; read it with GET /api/rules/draft/preview/{id}",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "PreviewStarted")))
    @APIResponse(responseCode = "400", ref = "RuleSetRefused")
    public Response preview(@Parameter(description = "YYYY-MM-DD, today when absent") @QueryParam("asOf") String asOf) {
        LocalDate date = asOf == null || asOf.isBlank() ? LocalDate.now() : EvaluationResource.date(asOf);
        try {
            WhatIfPreview.Job job = authoring.preview(date);
            return Response.accepted(Json.createObjectBuilder()
                            .add("id", job.id())
                            .add("asOf", job.asOf().toString())
                            .add("total", job.total())
                            .build())
                    .build();
        } catch (RuleSetRejected e) {
            return RuleSetResource.refused(e);
        }
    }

    @GET
    @Path("preview/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "getPreview",
            summary = "A preview's progress and, when finished, every student whose decisions would change")
    @APIResponse(
            responseCode = "200",
            description = "The preview",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Preview")))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public JsonObject previewResult(
            @Parameter(required = true, schema = @Schema(ref = "Id")) @PathParam("id") long id) {
        PreviewReading preview;
        try {
            preview = authoring.previewReading(id);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("No preview " + id);
        }
        JsonObjectBuilder result = Json.createObjectBuilder()
                .add("id", id)
                .add("asOf", preview.asOf().toString())
                .add("done", preview.done())
                .add("total", preview.total())
                .add("finished", preview.finished())
                .add("cancelled", preview.cancelled());
        if (preview.failure() != null) {
            result.add("failure", preview.failure());
        }
        if (preview.finished()) {
            JsonArrayBuilder changes = Json.createArrayBuilder();
            for (DecisionChange c : preview.changes()) {
                JsonObjectBuilder change = Json.createObjectBuilder()
                        .add("studentSourcedId", c.studentId())
                        .add("name", preview.name(c.studentId()))
                        .add("school", preview.school(c.studentId()))
                        .add("domain", c.domain())
                        .add("direction", c.direction())
                        .add("flagsGained", Json.createArrayBuilder(c.flagsGained()))
                        .add("flagsLost", Json.createArrayBuilder(c.flagsLost()))
                        .add("planChanged", c.planChanged());
                if (c.tierBefore() != null) {
                    change.add("tierBefore", c.tierBefore());
                }
                if (c.tierAfter() != null) {
                    change.add("tierAfter", c.tierAfter());
                }
                if (c.whyBefore() != null) {
                    change.add("whyBefore", c.whyBefore());
                }
                if (c.whyAfter() != null) {
                    change.add("whyAfter", c.whyAfter());
                }
                changes.add(change);
            }
            result.add("changes", changes);
            result.add(
                    "elsewhere",
                    Json.createObjectBuilder()
                            .add("changes", preview.changesElsewhere())
                            .add("students", preview.studentsElsewhere()));
        }
        return result.build();
    }

    @DELETE
    @Path("preview/{id}")
    @Operation(operationId = "cancelPreview", summary = "Cancels a preview under way")
    @APIResponse(responseCode = "204", description = "Cancelled (or already over, or unknown)")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response cancel(@Parameter(required = true, schema = @Schema(ref = "Id")) @PathParam("id") long id) {
        previews.cancel(id);
        return Response.noContent().build();
    }

    @POST
    @Path("publish")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "publishDraft",
            summary = "Makes the draft the live version (comment required); a district evaluation follows")
    @APIResponse(
            responseCode = "200",
            description = "The new live version; a district evaluation runs in the background",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "RuleSetVersion")))
    @APIResponse(responseCode = "400", ref = "RuleSetRefused")
    public Response publish(
            @Parameter(required = true, description = "What changed and why, at most 1,000 characters")
                    @QueryParam("comment")
                    String comment) {
        try {
            RuleSetVersion version = authoring.publish(comment);
            return Response.ok(RuleSetResource.json(version)).build();
        } catch (RuleSetRejected e) {
            return RuleSetResource.refused(e);
        }
    }

    @DELETE
    @Operation(operationId = "discardDraft", summary = "Discards the open draft")
    @APIResponse(responseCode = "204", description = "Discarded")
    public Response discard() {
        authoring.discard();
        return Response.noContent().build();
    }
}
