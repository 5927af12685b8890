package com.tiered.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** A small HTTP client for the API, as another system (or curl) would call it. */
final class Http {
    private final String base;
    private final HttpClient client =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    /** Arquillian names the machine's outward address; the tests talk to localhost on the same port. */
    Http(URL deployed) {
        String path = deployed.getPath().endsWith("/") ? deployed.getPath() : deployed.getPath() + "/";
        this.base = "http://localhost:" + deployed.getPort() + path;
    }

    String url(String path) {
        return base + (path.startsWith("/") ? path.substring(1) : path);
    }

    HttpResponse<String> get(String path, String user) {
        return send(request(path, user).GET().build());
    }

    HttpResponse<String> post(String path, String user, String contentType, byte[] body) {
        return send(request(path, user)
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build());
    }

    HttpResponse<String> put(String path, String user, String ifMatch, String text) {
        return send(request(path, user)
                .header("Content-Type", "text/plain; charset=UTF-8")
                .header("If-Match", ifMatch)
                .PUT(HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8))
                .build());
    }

    HttpResponse<String> delete(String path, String user) {
        return send(request(path, user).DELETE().build());
    }

    HttpResponse<String> post(String path, String user) {
        return send(
                request(path, user).POST(HttpRequest.BodyPublishers.noBody()).build());
    }

    static JsonObject json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    private HttpRequest.Builder request(String path, String user) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url(path)));
        if (user != null) {
            String pair = user.contains(":") ? user : user + ":demo";
            builder.header(
                    "Authorization",
                    "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)));
        }
        return builder;
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
