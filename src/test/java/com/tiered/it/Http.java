package com.tiered.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A small HTTP client for the API, as another system (or curl) would call it. */
final class Http {
    private static final Pattern NONCE = Pattern.compile("nonce=\"([^\"]+)\"");
    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

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

    /** Any call, with the headers a browser or a program would add (Origin, Cookie, …); {@code user} may be null. */
    HttpResponse<String> send(String method, String path, String user, Map<String, String> headers, byte[] body) {
        HttpRequest.Builder builder = request(path, user)
                .method(
                        method,
                        body == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(builder::header);
        return send(builder.build());
    }

    /** What the sign-in page answered to a browser's form post, and the session cookie it holds from then on. */
    record FormSignIn(HttpResponse<String> response, String cookie) {}

    /** Signs in through the sign-in page as a browser does: open the page, then post the form with its cookie. */
    FormSignIn signInWithForm(String user, String password) {
        HttpResponse<String> page = get("/login.xhtml", null);
        String cookie = sessionCookie(page);
        Matcher state = VIEW_STATE.matcher(page.body());
        if (!state.find()) {
            throw new IllegalStateException("No view state on the sign-in page: " + page.body());
        }
        // PrimeFaces' CSP mode takes a post only with its page's nonce, which a browser's script sends with it.
        Matcher nonce = NONCE.matcher(page.body());
        if (!nonce.find()) {
            throw new IllegalStateException("No nonce on the sign-in page: " + page.body());
        }
        String form = Map.of(
                        "login",
                        "login",
                        "login:username",
                        user,
                        "login:password",
                        password,
                        "login:sign-in",
                        "",
                        "jakarta.faces.ViewState",
                        state.group(1),
                        "primefaces.nonce",
                        nonce.group(1))
                .entrySet()
                .stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpResponse<String> posted = send(
                "POST",
                "/login.xhtml",
                null,
                Map.of("Content-Type", "application/x-www-form-urlencoded", "Cookie", cookie),
                form.getBytes(StandardCharsets.UTF_8));
        String renewed = sessionCookie(posted);
        return new FormSignIn(posted, renewed == null ? cookie : renewed);
    }

    /** {@code JSESSIONID=…} of the response's Set-Cookie, or null. */
    static String sessionCookie(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.substring(0, c.contains(";") ? c.indexOf(';') : c.length()))
                .findFirst()
                .orElse(null);
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
