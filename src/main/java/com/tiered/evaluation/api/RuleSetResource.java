package com.tiered.evaluation.api;

import com.tiered.evaluation.application.EvaluationService;
import com.tiered.evaluation.application.RuleAuthoring;
import com.tiered.evaluation.application.RuleSetService;
import com.tiered.evaluation.domain.RuleFile;
import com.tiered.evaluation.domain.RuleMessage;
import com.tiered.evaluation.domain.RuleSet;
import com.tiered.evaluation.domain.RuleSetRejected;
import com.tiered.evaluation.domain.RuleSetVersion;
import com.tiered.identity.domain.Role;
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
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Rule-set versions: upload a zip of rule files (it goes live only if it compiles, is safe and passes its
 * scenarios, and a district evaluation then runs with it), list the versions, and make any version live again.
 */
@Path("rules")
@RequestScoped
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
    @Operation(summary = "Every version of the rule set; the live one has active=true")
    public JsonObject versions() {
        JsonArrayBuilder list = Json.createArrayBuilder();
        ruleSets.versions().forEach(v -> list.add(json(v)));
        return Json.createObjectBuilder().add("versions", list).build();
    }

    @GET
    @Path("{id}/files")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.ADMIN_NAME, Role.SPED_COORDINATOR_NAME, Role.PRINCIPAL_NAME, Role.SPECIALIST_NAME})
    @Operation(summary = "The files of one version")
    public JsonObject files(@PathParam("id") long id) {
        JsonArrayBuilder files = Json.createArrayBuilder();
        for (RuleFile f : ruleSets.files(id).files()) {
            files.add(Json.createObjectBuilder().add("path", f.path()).add("content", f.content()));
        }
        return Json.createObjectBuilder().add("id", id).add("files", files).build();
    }

    @POST
    @Consumes({"application/zip", "application/octet-stream"})
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.ADMIN_NAME, Role.RULE_AUTHOR_NAME})
    @Operation(summary = "Uploads a zip of rule files as a new version; it goes live only when valid")
    public Response publish(@QueryParam("comment") String comment, InputStream zip) {
        RuleSet ruleSet = unzip(zip);
        try {
            RuleSetVersion version =
                    ruleSets.publish(ruleSet, security.getUserPrincipal().getName(), comment);
            return Response.status(201).entity(liveWithEvaluation(version)).build();
        } catch (RuleSetRejected e) {
            return refused(e);
        }
    }

    @POST
    @Path("{id}/activate")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.ADMIN_NAME, Role.RULE_AUTHOR_NAME})
    @Operation(summary = "Makes an earlier version live again (rollback), then evaluates the district with it")
    public Response activate(@PathParam("id") long id) {
        try {
            RuleSetVersion version =
                    ruleSets.activate(id, security.getUserPrincipal().getName());
            return Response.ok(liveWithEvaluation(version)).build();
        } catch (RuleSetRejected e) {
            return refused(e);
        }
    }

    @POST
    @Path("{id}/rollback")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.ADMIN_NAME, Role.RULE_AUTHOR_NAME})
    @Operation(summary = "Makes an earlier version live again with a comment saying why; the district is evaluated")
    public Response rollBack(@PathParam("id") long id, @QueryParam("comment") String comment) {
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

    private static RuleSet unzip(InputStream in) {
        List<RuleFile> files = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(in)) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (!entry.isDirectory() && !entry.getName().endsWith("README.md")) {
                    files.add(new RuleFile(entry.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8)));
                }
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("The rule set must be a zip of rule files: " + e.getMessage());
        }
        if (files.isEmpty()) {
            throw new IllegalArgumentException("The rule set must be a zip of rule files (.drl, .drl.csv, scenarios/)");
        }
        return new RuleSet(files);
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
