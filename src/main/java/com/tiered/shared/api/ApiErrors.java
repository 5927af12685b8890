package com.tiered.shared.api;

import jakarta.json.Json;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The one shape of every API error: {status, message}. */
public final class ApiErrors {
    private ApiErrors() {}

    public static Response response(int status, String message) {
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(Json.createObjectBuilder()
                        .add("status", status)
                        .add("message", message == null ? messageFor(status) : message)
                        .build()
                        .toString())
                .build();
    }

    static String messageFor(int status) {
        return switch (status) {
            case 400 -> "The request is not valid";
            case 401 -> "Sign in with HTTP Basic: this call needs an authenticated user";
            case 403 -> "Your role may not do this";
            case 404 -> "There is nothing at this address";
            case 405 -> "This address does not take that method";
            case 413 -> "The request is larger than this call takes";
            case 415 -> "This call does not take that content type";
            case 429 -> "Too many failed sign-ins: wait and try again";
            default -> "The server failed; the error is logged";
        };
    }
}
