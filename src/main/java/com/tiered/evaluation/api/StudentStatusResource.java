package com.tiered.evaluation.api;

import com.tiered.audit.application.AccessRecorder;
import com.tiered.audit.domain.AccessAction;
import com.tiered.evaluation.domain.DomainDecision;
import com.tiered.evaluation.domain.EvaluationRepository;
import com.tiered.evaluation.domain.EvaluationRepository.StudentEvaluation;
import com.tiered.evaluation.domain.FlagDecision;
import com.tiered.evaluation.domain.PlanRecommendation;
import com.tiered.identity.domain.Role;
import com.tiered.student.application.NotInScope;
import com.tiered.student.application.StudentDirectory;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The latest decisions about one student, with the rule and the evidence behind each. */
@Path("students")
@RequestScoped
@Tag(name = "Students", description = "The decisions about one student")
public class StudentStatusResource {
    @Inject
    private EvaluationRepository runs;

    @Inject
    private StudentDirectory directory;

    @Inject
    private AccessRecorder access;

    @GET
    @Path("{sourcedId}/status")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.ADMIN_NAME, Role.SPED_COORDINATOR_NAME, Role.PRINCIPAL_NAME, Role.SPECIALIST_NAME})
    @Operation(
            operationId = "studentStatus",
            summary = "The latest evaluation of one student: tiers, flags and plans with their rules")
    @APIResponse(
            responseCode = "200",
            description = "The decisions of the newest run that evaluated the student; recorded in the access log",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "StudentStatus")))
    @APIResponse(
            responseCode = "404",
            description = "No evaluation of this student yet",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ApiError")))
    public JsonObject status(
            @Parameter(required = true, description = "The student's id in the district's files (sourced_id)")
                    @PathParam("sourcedId")
                    String sourcedId) {
        try {
            directory.requireInScope(sourcedId);
        } catch (NotInScope e) {
            throw new ForbiddenException(e.getMessage());
        }
        access.record(AccessAction.VIEWED_STUDENT, sourcedId, "Status through the API");
        StudentEvaluation latest = runs.latestFor(sourcedId)
                .orElseThrow(() -> new NotFoundException("No evaluation of student " + sourcedId));
        JsonArrayBuilder domains = Json.createArrayBuilder();
        for (DomainDecision d : latest.decisions().domains()) {
            JsonObjectBuilder domain = Json.createObjectBuilder().add("domain", d.domain());
            if (d.tier() == null) {
                domain.addNull("tier");
            } else {
                domain.add("tier", d.tier()).add("tierRule", d.tierRule()).add("tierExplanation", d.tierExplanation());
            }
            domains.add(domain.add("flags", flags(d.flags())));
        }
        JsonArrayBuilder plans = Json.createArrayBuilder();
        for (PlanRecommendation p : latest.decisions().plans()) {
            plans.add(plan(p));
        }
        return Json.createObjectBuilder()
                .add("sourcedId", sourcedId)
                .add("evaluationId", latest.run().id())
                .add("asOf", latest.run().asOf().toString())
                .add("rulesVersion", latest.run().rulesVersion())
                .add("domains", domains)
                .add("flags", flags(latest.decisions().flags()))
                .add("plans", plans)
                .build();
    }

    private static JsonArrayBuilder flags(List<FlagDecision> flags) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (FlagDecision f : flags) {
            array.add(Json.createObjectBuilder()
                    .add("code", f.code())
                    .add("rule", f.rule())
                    .add("explanation", f.explanation()));
        }
        return array;
    }

    private static JsonObjectBuilder plan(PlanRecommendation p) {
        JsonObjectBuilder plan =
                Json.createObjectBuilder().add("domain", p.domain()).add("tier", p.tier());
        nullable(plan, "intervention", p.intervention());
        nullable(plan, "interventionDescription", p.interventionDescription());
        plan.add("sessionsPerWeek", p.sessionsPerWeek()).add("minutesPerSession", p.minutesPerSession());
        nullable(plan, "progressMeasure", p.progressMeasure());
        JsonArrayBuilder accommodations = Json.createArrayBuilder();
        p.accommodations().forEach(accommodations::add);
        return plan.add("monitoringIntervalDays", p.monitoringIntervalDays())
                .add("reviewOn", p.reviewOn().toString())
                .add("accommodations", accommodations)
                .add("iepCoordinated", p.iepCoordinated())
                .add("rule", p.rule())
                .add("explanation", p.explanation());
    }

    private static void nullable(JsonObjectBuilder o, String name, String value) {
        if (value == null) {
            o.addNull(name);
        } else {
            o.add(name, value);
        }
    }
}
