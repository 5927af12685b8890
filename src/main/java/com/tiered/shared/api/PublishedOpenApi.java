package com.tiered.shared.api;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.servers.Server;

/**
 * The last word on {@code /openapi} (registered as {@code mp.openapi.filter}): what Payara adds to the document
 * that an OpenAPI linter or a client generator cannot take, and the answers every call may give.
 *
 * <ul>
 *   <li>A path template keeps its JAX-RS regex ({@code {path: .+}}); OpenAPI knows only {@code {path}}.
 *   <li>Payara names the machine and each listener ({@code http://host:8080/}); behind a proxy that is not the
 *       address clients use, so the server is the context path alone, relative to where the document was read, and
 *       without the trailing slash (the root stays {@code /}).
 *   <li>Payara adds {@code endpoints}, a property OpenAPI does not have.
 *   <li>401, 403 and 429 come from the sign-in, the role check and the cross-site check in front of every resource.
 * </ul>
 */
public class PublishedOpenApi implements OASFilter {
    /** {@code {name: regex}}, the regex holding at most one level of braces ({@code {id: \d{1,9}}}). */
    private static final Pattern REGEX_TEMPLATE = Pattern.compile("\\{\\s*(\\w+)\\s*:(?:[^{}]|\\{[^{}]*})*}");

    private static final Map<String, String> EVERY_CALL = new TreeMap<>(Map.of(
            "401", "#/components/responses/Unauthorized",
            "403", "#/components/responses/Forbidden",
            "429", "#/components/responses/TooManySignIns"));

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() != null && openAPI.getPaths().getPathItems() != null) {
            Map<String, PathItem> plain = new LinkedHashMap<>();
            openAPI.getPaths().getPathItems().forEach((path, item) -> plain.put(plainTemplate(path), item));
            openAPI.getPaths().setPathItems(plain);
            plain.values().forEach(item -> item.getOperations().values().forEach(PublishedOpenApi::everyCallAnswers));
        }
        if (openAPI.getServers() != null) {
            openAPI.setServers(openAPI.getServers().stream()
                    .map(server -> relative(server.getUrl()))
                    .distinct()
                    .map(url -> (Server) OASFactory.createServer().url(url))
                    .toList());
        }
        dropPayaraEndpoints(openAPI);
    }

    /** {@code /api/rules/draft/files/{path: .+}} → {@code /api/rules/draft/files/{path}}. */
    static String plainTemplate(String path) {
        return REGEX_TEMPLATE.matcher(path).replaceAll("{$1}");
    }

    /** {@code http://host:8080/} → {@code /}; {@code http://host:8080/tiered/} → {@code /tiered}. */
    static String relative(String url) {
        String path = url == null ? "" : URI.create(url).getPath();
        if (path == null || path.isEmpty()) {
            path = "/";
        }
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    private static void everyCallAnswers(Operation operation) {
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        APIResponses responses = operation.getResponses();
        EVERY_CALL.forEach((code, ref) -> {
            if (!responses.hasAPIResponse(code)) {
                responses.addAPIResponse(code, OASFactory.createAPIResponse().ref(ref));
            }
        });
    }

    /**
     * Payara's own model keeps {@code endpoints} outside the MicroProfile interfaces and writes it unless empty; its
     * setter is public, so it is set empty. Should a Payara version drop the property, nothing happens here (and
     * OpenApiIT says whether it is still written).
     */
    private static void dropPayaraEndpoints(OpenAPI openAPI) {
        try {
            openAPI.getClass().getMethod("setEndpoints", Map.class).invoke(openAPI, new TreeMap<>());
        } catch (ReflectiveOperationException | RuntimeException e) {
            // Not Payara's model, or not this version of it: nothing of Payara's to drop.
        }
    }
}
