package com.tiered.evaluation.api;

import com.tiered.evaluation.application.EvaluationService;
import com.tiered.evaluation.application.ResultsExport;
import com.tiered.evaluation.application.RunProgress;
import com.tiered.evaluation.domain.EvaluationRepository;
import com.tiered.evaluation.domain.EvaluationRun;
import com.tiered.identity.domain.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
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
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Evaluations of the district with the live rules, and their results file. */
@Path("evaluations")
@RequestScoped
@Tag(name = "Evaluations", description = "District evaluations with the live rules, and their results")
public class EvaluationResource {
    @Inject
    private EvaluationService evaluations;

    @Inject
    private EvaluationRepository runs;

    @Inject
    private ResultsExport results;

    @Context
    private SecurityContext security;

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.ADMIN_NAME, Role.SPED_COORDINATOR_NAME})
    @Operation(
            operationId = "evaluate",
            summary = "Evaluates every student with the live rules as of a date; with wait=false it answers 202"
                    + " at once, and GET /api/evaluations/{id} shows the progress")
    @APIResponse(
            responseCode = "200",
            description = "The finished run",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "EvaluationRun")))
    @APIResponse(
            responseCode = "202",
            description = "The run, started (wait=false)",
            headers = @Header(name = "Location", description = "evaluations/{id}", schema = @Schema(ref = "Text")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "EvaluationRun")))
    @APIResponse(
            responseCode = "400",
            description = "asOf is missing or not a date",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ApiError")))
    public Response evaluate(
            @Parameter(required = true, description = "YYYY-MM-DD: data dated after it is left out") @QueryParam("asOf")
                    String asOf,
            @Parameter(description = "false: answer 202 at once instead of when the run is done")
                    @QueryParam("wait")
                    @DefaultValue("true")
                    boolean wait) {
        String user = security.getUserPrincipal().getName();
        if (wait) {
            return Response.ok(summary(evaluations.evaluateDistrict(date(asOf), user)))
                    .build();
        }
        long id = evaluations.startDistrict(date(asOf), user);
        return Response.accepted(run(id))
                .location(java.net.URI.create("evaluations/" + id))
                .build();
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.ADMIN_NAME, Role.SPED_COORDINATOR_NAME, Role.PRINCIPAL_NAME, Role.SPECIALIST_NAME})
    @Operation(operationId = "getEvaluation", summary = "The summary of one evaluation run")
    @APIResponse(
            responseCode = "200",
            description = "The run; while it runs, its progress",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "EvaluationRun")))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public JsonObject run(@Parameter(required = true, schema = @Schema(ref = "Id")) @PathParam("id") long id) {
        // Progress first: a run that ends between the two reads is then seen finished, never in between.
        var progress = evaluations.progress(id);
        JsonObject summary = summary(runs.find(id).orElseThrow(() -> new NotFoundException("No evaluation " + id)));
        if (summary.getBoolean("finished") || progress.isEmpty()) {
            return summary;
        }
        RunProgress p = progress.get();
        return Json.createObjectBuilder(summary)
                .add(
                        "progress",
                        Json.createObjectBuilder()
                                .add("evaluated", p.evaluated())
                                .add("of", p.total()))
                .build();
    }

    @GET
    @Path("{id}/results")
    @Produces("text/csv")
    @RolesAllowed({Role.ADMIN_NAME, Role.SPED_COORDINATOR_NAME, Role.PRINCIPAL_NAME, Role.SPECIALIST_NAME})
    @Operation(
            operationId = "evaluationResults",
            summary = "student_sourced_id,domain,tier,flags for every student and reported domain of a run: the"
                    + " district for administrators and coordinators, the students of their schools for principals"
                    + " and specialists; recorded in the access log")
    @APIResponse(
            responseCode = "200",
            description = "One row per student and reported domain; tier empty when null; flags sorted and"
                    + " ;-separated; domain - for the student's own flags",
            content = @Content(mediaType = "text/csv", schema = @Schema(ref = "CsvFile")))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public String results(@Parameter(required = true, schema = @Schema(ref = "Id")) @PathParam("id") long id) {
        return ResultsCsv.of(results.of(id).orElseThrow(() -> new NotFoundException("No evaluation " + id)));
    }

    public static LocalDate date(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("asOf is required, as YYYY-MM-DD");
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("asOf '" + text + "' is not a date (YYYY-MM-DD)");
        }
    }

    public static JsonObject summary(EvaluationRun run) {
        return Json.createObjectBuilder()
                .add("finished", run.finishedAt() != null)
                .add("id", run.id())
                .add("asOf", run.asOf().toString())
                .add("rulesVersion", run.rulesVersion())
                .add("students", run.students())
                .add("flags", run.flags())
                .add("failures", run.failures())
                .add("durationMs", run.durationMs())
                .add("startedBy", run.startedBy())
                .build();
    }
}
