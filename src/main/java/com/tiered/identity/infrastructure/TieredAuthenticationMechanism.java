package com.tiered.identity.infrastructure;

import com.tiered.identity.application.SignInGuard;
import com.tiered.identity.domain.SignInThrottle;
import com.tiered.shared.web.SecurityHeaders;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.auth.message.callback.CallerPrincipalCallback;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Base64;
import java.util.Optional;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.UnsupportedCallbackException;

/**
 * The one authentication mechanism of the application (Jakarta Security 3 allows only one), choosing by request:
 *
 * <ul>
 *   <li>{@code /api}, and any request with an {@code Authorization: Basic} header: HTTP Basic only, checked on every
 *       request and remembered nowhere — no session is made, and the page session cookie does not count, so a page in
 *       another site cannot make a signed-in browser call the API. Missing or wrong credentials answer 401 JSON.
 *   <li>the pages: a form login (the sign-in page calls {@code SecurityContext.authenticate} with the credential),
 *       remembered in the session; without it a protected page redirects to the sign-in page.
 * </ul>
 *
 * Every password check goes through the {@link SignInGuard}: while an account or an address is made to wait, the API
 * answers 429 with {@code Retry-After} and the sign-in page says how long, without checking the password at all.
 */
@ApplicationScoped
public class TieredAuthenticationMechanism implements HttpAuthenticationMechanism {
    static final String LOGIN_PAGE = "/login.xhtml";

    @Inject
    private IdentityStoreHandler identityStores;

    @Inject
    private SignInGuard guard;

    @Inject
    private StoredCredentials credentials;

    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context)
            throws AuthenticationException {
        // The sign-in redirect and the 401/429 answers leave from here, before any filter runs: they carry the
        // security headers too.
        SecurityHeaders.apply(request, response);
        Credential credential = context.getAuthParameters().getCredential();
        if (credential instanceof UsernamePasswordCredential form) {
            return formLogin(form, request, context);
        }
        String authorization = request.getHeader("Authorization");
        if (isApi(request) || (authorization != null && authorization.startsWith("Basic "))) {
            return basic(authorization, request, response, context);
        }
        Principal signedIn = request.getUserPrincipal();
        if (signedIn != null) {
            return continueSession(signedIn, context);
        }
        if (!context.isProtected()) {
            return context.doNothing();
        }
        return context.redirect(request.getContextPath() + LOGIN_PAGE);
    }

    private AuthenticationStatus formLogin(
            UsernamePasswordCredential credential, HttpServletRequest request, HttpMessageContext context) {
        CredentialValidationResult result = check(credential, request, "sign-in page");
        if (result == null) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        AuthenticationStatus status = context.notifyContainerAboutLogin(result);
        context.setRegisterSession(result.getCallerPrincipal().getName(), result.getCallerGroups());
        return status;
    }

    private AuthenticationStatus basic(
            String authorization,
            HttpServletRequest request,
            HttpServletResponse response,
            HttpMessageContext context) {
        UsernamePasswordCredential credential = decode(authorization);
        if (credential == null) {
            return context.isProtected()
                    ? answer(response, 401, "Sign in with HTTP Basic: this call needs an authenticated user")
                    : context.doNothing();
        }
        CredentialValidationResult result = check(credential, request, "HTTP Basic");
        if (result != null) {
            return context.notifyContainerAboutLogin(result);
        }
        Object wait = request.getAttribute(SignInGuard.RETRY_AFTER);
        if (wait != null) {
            response.setHeader("Retry-After", wait.toString());
            return answer(
                    response,
                    429,
                    "Too many failed sign-ins for this user or from this address: try again in " + wait + " s");
        }
        return answer(response, 401, "The user name or password is wrong");
    }

    /**
     * Checks the password unless the throttle says to wait; answers the valid result, or null — then, when the
     * caller must wait, the request attribute {@link SignInGuard#RETRY_AFTER} holds the seconds.
     */
    private CredentialValidationResult check(
            UsernamePasswordCredential credential, HttpServletRequest request, String where) {
        String caller = credential.getCaller();
        char[] password = credential.getPassword().getValue();
        Optional<String> provenAgainst = guard.provenAgainst(caller, password);
        if (provenAgainst.isPresent()) {
            Optional<StoredCredentials.Stored> stored = credentials.of(caller);
            if (stored.isPresent() && stored.get().passwordHash().equals(provenAgainst.get())) {
                // Right a moment ago against the hash still stored: the account is still there, the password
                // unchanged; the roles are the ones held now.
                return new CredentialValidationResult(caller, stored.get().roles());
            }
            guard.noLongerProven(caller, password);
        }
        String address = ClientAddress.of(request);
        SignInThrottle.Attempt attempt = guard.attempt(credential.getCaller(), address);
        if (!attempt.permitted()) {
            request.setAttribute(SignInGuard.RETRY_AFTER, attempt.retryAfterSeconds());
            return null;
        }
        CredentialValidationResult result;
        String storedHash;
        try {
            // Read before the check: a password changed in between leaves a hash remembered that is no longer stored.
            storedHash = credentials
                    .of(caller)
                    .map(StoredCredentials.Stored::passwordHash)
                    .orElse(null);
            result = identityStores.validate(credential);
        } catch (RuntimeException e) {
            guard.abandoned(attempt);
            throw e;
        }
        if (result.getStatus() == CredentialValidationResult.Status.VALID) {
            guard.succeeded(attempt, caller, password, storedHash);
            return result;
        }
        guard.failed(attempt, credential.getCaller(), address, where);
        return null;
    }

    /** A page request in a signed-in session: the principal the container remembered for it. */
    private static AuthenticationStatus continueSession(Principal signedIn, HttpMessageContext context)
            throws AuthenticationException {
        try {
            context.getHandler()
                    .handle(new Callback[] {new CallerPrincipalCallback(context.getClientSubject(), signedIn)});
        } catch (IOException | UnsupportedCallbackException e) {
            throw new AuthenticationException(e);
        }
        return AuthenticationStatus.SUCCESS;
    }

    private static AuthenticationStatus answer(HttpServletResponse response, int status, String message) {
        try {
            response.setStatus(status);
            if (status == HttpServletResponse.SC_UNAUTHORIZED) {
                response.setHeader("WWW-Authenticate", "Basic realm=\"Tiered\"");
            }
            response.setContentType("application/json");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write("{\"status\":" + status + ",\"message\":\"" + message + "\"}");
        } catch (IOException e) {
            throw new IllegalStateException("Could not answer " + status, e);
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    private static boolean isApi(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals("/api") || path.startsWith("/api/");
    }

    private static UsernamePasswordCredential decode(String authorization) {
        if (authorization == null || !authorization.startsWith("Basic ")) {
            return null;
        }
        try {
            String pair = new String(
                    Base64.getDecoder().decode(authorization.substring(6).trim()), StandardCharsets.UTF_8);
            int colon = pair.indexOf(':');
            return colon < 0
                    ? null
                    : new UsernamePasswordCredential(pair.substring(0, colon), pair.substring(colon + 1));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
