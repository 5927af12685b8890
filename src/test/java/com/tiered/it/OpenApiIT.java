package com.tiered.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The OpenAPI document at /openapi as an OpenAPI linter (Redocly's recommended rules, docs/api.md) and a client
 * generator read it: plain path templates, one operationId per operation, the error answers of each operation, a
 * server without a trailing slash, nothing OpenAPI does not define. It is also the checked-in copy the test client is
 * generated from (src/test/resources/openapi/tiered.yaml), so that copy cannot drift from what the server says.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OpenApiIT {
    private static final Set<String> OPENAPI_TOP_LEVEL =
            Set.of("openapi", "info", "servers", "paths", "components", "security", "tags", "externalDocs");
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch");
    private static final Pattern TEMPLATE = Pattern.compile("\\{([^}]*)}");

    @ArquillianResource
    private URL deployed;

    private Http http;

    private JsonObject document;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.builtWar();
    }

    @BeforeEach
    void client() {
        http = new Http(deployed);
    }

    @Test
    void theCheckedInCopyTheTestClientIsGeneratedFromIsTheDocumentTheServerServes() throws IOException {
        HttpResponse<String> live = http.get("/openapi", null);
        assertEquals(200, live.statusCode());
        // Compared as data: Payara writes the same document with its keys in another order from one start to the next.
        YAMLMapper yaml = new YAMLMapper();
        if (!yaml.readTree(checkedInCopy()).equals(yaml.readTree(live.body()))) {
            Path served = Path.of(System.getProperty("tiered.war", "target/tiered.war"))
                    .resolveSibling("openapi-served.yaml");
            Files.writeString(served, live.body(), StandardCharsets.UTF_8);
            fail("The API's document changed: lint it (docs/api.md), then copy " + served
                    + " to src/test/resources/openapi/tiered.yaml");
        }
    }

    @Test
    void pathTemplatesArePlainAndEachNamesAPathParameter() {
        List<String> problems = new ArrayList<>();
        forEachOperation((path, method, operation) -> {
            Set<String> inPath = new TreeSet<>();
            Matcher template = TEMPLATE.matcher(path);
            while (template.find()) {
                inPath.add(template.group(1));
            }
            Set<String> declared = new TreeSet<>();
            for (JsonValue p : operation.getJsonArray("parameters") == null
                    ? List.<JsonValue>of()
                    : operation.getJsonArray("parameters")) {
                JsonObject parameter = p.asJsonObject();
                if (parameter.getString("in").equals("path")) {
                    declared.add(parameter.getString("name"));
                    if (!parameter.getBoolean("required", false)) {
                        problems.add(method + " " + path + ": path parameter " + parameter.getString("name")
                                + " is not required");
                    }
                }
            }
            if (!inPath.equals(declared)) {
                problems.add(method + " " + path + ": the path names " + inPath + ", the parameters " + declared);
            }
        });
        assertEquals(List.of(), problems);
        assertTrue(
                paths().containsKey("/api/imports/{id}/errors"),
                paths().keySet().toString());
        assertTrue(
                paths().containsKey("/api/rules/draft/files/{path}"),
                paths().keySet().toString());
    }

    @Test
    void everyOperationHasItsOwnOperationId() {
        Set<String> seen = new HashSet<>();
        List<String> twice = new ArrayList<>();
        forEachOperation((path, method, operation) -> {
            String id = operation.getString("operationId", "");
            if (id.isEmpty() || !seen.add(id)) {
                twice.add(method + " " + path + ": '" + id + "'");
            }
        });
        assertEquals(List.of(), twice, "missing or used twice");
        assertTrue(seen.containsAll(Set.of("importFile", "studentStatus", "publishDraft", "uploadRuleSet")), "" + seen);
    }

    @Test
    void everyOperationDocumentsItsErrorAnswersAsJson() {
        JsonObject components = document().getJsonObject("components");
        List<String> problems = new ArrayList<>();
        forEachOperation((path, method, operation) -> {
            JsonObject responses = operation.getJsonObject("responses");
            if (responses.keySet().stream().noneMatch(code -> code.startsWith("4"))) {
                problems.add(method + " " + path + ": no 4xx answer");
            }
            for (String everyCall : List.of("401", "403", "429")) {
                if (!responses.containsKey(everyCall)) {
                    problems.add(method + " " + path + ": no " + everyCall);
                }
            }
            responses.forEach((code, value) -> {
                JsonObject response = value.asJsonObject();
                if (response.containsKey("$ref")) {
                    String name = response.getString("$ref").replace("#/components/responses/", "");
                    response = components.getJsonObject("responses").getJsonObject(name);
                }
                if (code.startsWith("4") && !isError(response)) {
                    problems.add(method + " " + path + ": " + code + " is not answered as {status, message}");
                }
            });
        });
        assertEquals(List.of(), problems);
    }

    @Test
    void theServerHasNoTrailingSlashAndTheDocumentHoldsOnlyWhatOpenApiDefines() {
        JsonObject document = document();
        Set<String> extra = new TreeSet<>(document.keySet());
        extra.removeAll(OPENAPI_TOP_LEVEL);
        extra.removeIf(key -> key.startsWith("x-"));
        assertEquals(Set.of(), extra, "not OpenAPI (Payara's 'endpoints' was one)");
        List<String> servers = document.getJsonArray("servers").getValuesAs(JsonObject.class).stream()
                .map(server -> server.getString("url"))
                .toList();
        assertFalse(servers.isEmpty());
        for (String url : servers) {
            assertTrue(url.equals("/") || !url.endsWith("/"), url);
        }
    }

    @Test
    void anImportIdThatIsNotANumberIsStillNotFound() {
        for (String id : new String[] {"abc", "1x", "99999999999999999999"}) {
            HttpResponse<String> response = http.get("/api/imports/" + id + "/errors", "admin");
            assertEquals(404, response.statusCode(), id + ": " + response.body());
            assertEquals(404, Http.json(response).getInt("status"));
        }
    }

    private boolean isError(JsonObject response) {
        JsonObject content = response.getJsonObject("content");
        if (content == null || !content.containsKey("application/json")) {
            return false;
        }
        String ref = content.getJsonObject("application/json")
                .getJsonObject("schema")
                .getString("$ref", "");
        JsonObject schema = document()
                .getJsonObject("components")
                .getJsonObject("schemas")
                .getJsonObject(ref.replace("#/components/schemas/", ""));
        return schema != null
                && schema.getJsonArray("required").getValuesAs(JsonString.class).stream()
                        .map(JsonString::getString)
                        .toList()
                        .containsAll(List.of("status", "message"));
    }

    private interface OperationVisitor {
        void visit(String path, String method, JsonObject operation);
    }

    private void forEachOperation(OperationVisitor visitor) {
        for (Map.Entry<String, JsonValue> path : paths().entrySet()) {
            for (Map.Entry<String, JsonValue> item :
                    path.getValue().asJsonObject().entrySet()) {
                if (METHODS.contains(item.getKey())) {
                    visitor.visit(path.getKey(), item.getKey(), item.getValue().asJsonObject());
                }
            }
        }
    }

    private JsonObject paths() {
        return document().getJsonObject("paths");
    }

    private JsonObject document() {
        if (document == null) {
            HttpResponse<String> json = http.send("GET", "/openapi", null, Map.of("Accept", "application/json"), null);
            assertEquals(200, json.statusCode());
            document = Http.json(json);
        }
        return document;
    }

    private static String checkedInCopy() {
        try (InputStream in = OpenApiIT.class.getResourceAsStream("/openapi/tiered.yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
