package com.tiered.importing.api;

import com.tiered.identity.domain.Role;
import com.tiered.importing.application.ImportService;
import com.tiered.importing.domain.FileRefused;
import com.tiered.importing.domain.ImportHistory;
import com.tiered.importing.domain.ImportKind;
import com.tiered.importing.domain.ImportOptions;
import com.tiered.importing.domain.ImportReport;
import com.tiered.importing.domain.WithdrawalPlan;
import com.tiered.importing.domain.WithdrawalsUnconfirmed;
import com.tiered.shared.api.ApiErrors;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.io.InputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Imports of district files: one CSV of a kind, or a OneRoster bundle; and the import history. */
@Path("imports")
@RequestScoped
@Tag(name = "Imports", description = "District files in, and the import history")
public class ImportResource {
    /** Json.createObjectBuilder() looks the provider up on the class path at every call; a factory does it once. */
    private static final JsonBuilderFactory JSON = Json.createBuilderFactory(java.util.Map.of());

    @Inject
    private ImportService imports;

    @Inject
    private ImportHistory history;

    @Context
    private SecurityContext security;

    @POST
    @Path("{kind}")
    @Consumes({"text/csv", "text/plain", "application/zip", "application/octet-stream", "*/*"})
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.ADMIN_NAME, Role.SPED_COORDINATOR_NAME})
    @Operation(
            operationId = "importFile",
            summary = "Imports one file (students, screening, progress, goals, special-education, referrals)"
                    + " or a OneRoster zip (oneroster); answers the import report; 413 past an import limit (the"
                    + " upload, a zip entry, a CSV field or record), with a message naming it")
    @APIResponse(
            responseCode = "200",
            description = "The import report: every rejected row with its line, column and reason",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ImportReport")))
    @APIResponse(
            responseCode = "400",
            description = "The whole file was refused (empty, not a CSV, a required column missing, not a OneRoster"
                    + " zip); nothing was stored",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ApiError")))
    @APIResponse(
            responseCode = "404",
            description = "Not a kind of file Tiered imports",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ApiError")))
    @APIResponse(responseCode = "413", ref = "TooLarge")
    public Response importFile(
            @Parameter(
                            required = true,
                            description = "students, screening, progress, goals, special-education, referrals or"
                                    + " oneroster")
                    @PathParam("kind")
                    String kind,
            @Parameter(description = "The file's name, kept in the import history") @HeaderParam("X-File-Name")
                    String fileName,
            @Parameter(hidden = true) @HeaderParam("Content-Length") String length,
            @QueryParam("confirmWithdrawals")
                    @Parameter(
                            description = "oneroster: lets a bulk users.csv withdraw more than a fifth of a school's"
                                    + " active students (without it such a bundle is refused with 409)")
                    boolean confirmWithdrawals,
            @Parameter(
                            description = "The mapping profile a vendor's CSV is read through (its newest version);"
                                    + " without it, a profile whose header is exactly the file's is used, if any")
                    @QueryParam("profile")
                    String profile,
            @RequestBody(
                            required = true,
                            description = "The file as it is: CSV text in UTF-8, or for oneroster the zip's bytes"
                                    + " (application/zip)",
                            content = @Content(mediaType = "text/csv", schema = @Schema(ref = "Text")))
                    InputStream body) {
        ImportKind importKind;
        try {
            importKind = ImportKind.ofUrlName(kind);
        } catch (ImportKind.UnknownKind e) {
            return ApiErrors.response(404, e.getMessage());
        }
        if (length != null && length.trim().matches("[0-9]{1,18}")) {
            imports.checkLength(Long.parseLong(length.trim()));
        }
        try {
            ImportReport report = imports.importFile(
                    importKind,
                    body,
                    fileName,
                    security.getUserPrincipal().getName(),
                    new ImportOptions(confirmWithdrawals, profile));
            return Response.ok(json(report)).build();
        } catch (WithdrawalsUnconfirmed e) {
            return unconfirmed(e);
        } catch (FileRefused e) {
            return ApiErrors.response(400, e.getMessage());
        }
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.ADMIN_NAME, Role.SPED_COORDINATOR_NAME})
    @Operation(
            operationId = "listImports",
            summary = "The latest imports: who, when, which file, and what they counted")
    @APIResponse(
            responseCode = "200",
            description = "The latest 100 imports, newest first",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ImportHistory")))
    public JsonObject list() {
        JsonArrayBuilder entries = Json.createArrayBuilder();
        for (ImportHistory.Entry e : history.recent(100)) {
            JsonObjectBuilder entry = Json.createObjectBuilder()
                    .add("id", e.id())
                    .add("kind", e.kind())
                    .add("fileName", e.fileName())
                    .add("importedBy", e.importedBy())
                    .add("startedAt", e.startedAt().toString())
                    .add("rowsRead", e.rowsRead())
                    .add("rowsImported", e.rowsImported())
                    .add("rowsUnchanged", e.rowsUnchanged())
                    .add("rowsRejected", e.rowsRejected());
            // Left out for imports recorded before Tiered kept them: unknown, not zero.
            if (e.studentsWithdrawn() != null) {
                entry.add("studentsWithdrawn", e.studentsWithdrawn());
            }
            if (e.studentsReactivated() != null) {
                entry.add("studentsReactivated", e.studentsReactivated());
            }
            entries.add(entry);
        }
        return Json.createObjectBuilder().add("imports", entries).build();
    }

    @GET
    @Path("{id}/errors")
    @Produces("text/csv")
    @RolesAllowed({Role.ADMIN_NAME, Role.SPED_COORDINATOR_NAME})
    @Operation(
            operationId = "importErrors",
            summary = "The error report of one import as CSV: line,column,kind,message")
    @APIResponse(
            responseCode = "200",
            description = "line,column,kind,message; a text cell a spreadsheet would run as a formula starts with '",
            content = @Content(mediaType = "text/csv", schema = @Schema(ref = "CsvFile")))
    @APIResponse(
            responseCode = "404",
            description = "No import with this id (or the id is not a number)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ApiError")))
    public String errors(
            @Parameter(
                            required = true,
                            description = "The import's id, from GET /api/imports",
                            schema = @Schema(ref = "Id"))
                    @PathParam("id")
                    long id) {
        return history.errorsCsv(id).orElseThrow(() -> new NotFoundException("No import " + id));
    }

    /** 409: the same bundle goes through with confirmWithdrawals=true; the schools say what it would do. */
    private static Response unconfirmed(WithdrawalsUnconfirmed e) {
        JsonArrayBuilder schools = Json.createArrayBuilder();
        for (WithdrawalPlan.School s : e.schools()) {
            schools.add(Json.createObjectBuilder()
                    .add("sourcedId", s.school())
                    .add("name", s.name())
                    .add("activeStudents", s.activeStudents())
                    .add("leftOut", s.leftOut().size()));
        }
        return Response.status(409)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(Json.createObjectBuilder()
                        .add("status", 409)
                        .add("message", e.getMessage())
                        .add("schools", schools)
                        .build()
                        .toString())
                .build();
    }

    static JsonObject json(ImportReport report) {
        JsonArrayBuilder warnings = JSON.createArrayBuilder();
        report.warnings()
                .forEach(w -> warnings.add(
                        JSON.createObjectBuilder().add("line", w.line()).add("message", w.message())));
        JsonArrayBuilder errors = JSON.createArrayBuilder();
        report.errors().stream()
                .sorted(java.util.Comparator.comparingLong(ImportReport.RowError::line))
                .forEach(e -> errors.add(JSON.createObjectBuilder()
                        .add("line", e.line())
                        .add("column", e.column())
                        .add("message", e.message())));
        JsonObjectBuilder json = JSON.createObjectBuilder();
        if (report.mappedBy() != null) {
            json.add(
                    "profile",
                    JSON.createObjectBuilder()
                            .add("name", report.mappedBy().profile())
                            .add("version", report.mappedBy().version()));
        }
        json.add("kind", report.kind())
                .add("rowsRead", report.rowsRead())
                .add("rowsImported", report.rowsImported())
                .add("rowsUnchanged", report.rowsUnchanged())
                .add("rowsRejected", report.rowsRejected())
                .add("studentsWithdrawn", report.studentsWithdrawn())
                .add("studentsReactivated", report.studentsReactivated())
                .add("warnings", warnings)
                .add("errors", errors);
        report.reevaluation()
                .ifPresent(run -> json.add(
                        "evaluation",
                        JSON.createObjectBuilder()
                                .add("id", run.runId())
                                .add("students", run.students())
                                .add("inBackground", run.inBackground())));
        report.oneRoster().ifPresent(bundle -> {
            JsonObjectBuilder files = JSON.createObjectBuilder();
            bundle.files().forEach(files::add);
            json.add(
                    "oneRoster",
                    JSON.createObjectBuilder()
                            .add("version", bundle.version())
                            .add("manifest", bundle.manifest())
                            .add("files", files));
        });
        return json.build();
    }
}
