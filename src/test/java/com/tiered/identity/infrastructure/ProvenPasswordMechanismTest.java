package com.tiered.identity.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tiered.identity.application.SignInGuard;
import com.tiered.shared.application.Wiring;
import com.tiered.shared.infrastructure.MemoryDatabases;
import jakarta.enterprise.event.Event;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An API client's next calls after a right password skip the password hash — and nothing else: a password changed
 * meanwhile (a new stored hash), an account closed, or a role withdrawn counts on the very next call.
 */
class ProvenPasswordMechanismTest {
    private final DataSource db = MemoryDatabases.fresh("proven-passwords");
    /** The calls that reached the identity store, which runs the slow hash. */
    private final List<String> fullChecks = new ArrayList<>();
    /** What the mechanism told the container: the caller's groups, or the status it answered. */
    private final List<Object> outcomes = new ArrayList<>();

    private TieredAuthenticationMechanism mechanism;

    @BeforeEach
    void anAdministratorWithPasswordDemo() throws SQLException {
        execute(
                "insert into staff_user (username, display_name, password_hash) values ('casey', 'Casey', 'hash:demo')");
        execute("insert into staff_role (username, role) values ('casey', 'ADMIN')");
        IdentityStoreHandler store = credential -> {
            UsernamePasswordCredential given = (UsernamePasswordCredential) credential;
            fullChecks.add(given.getPasswordAsString());
            String stored = value("select password_hash from staff_user where username = '" + given.getCaller() + "'");
            return ("hash:" + given.getPasswordAsString()).equals(stored)
                    ? new CredentialValidationResult(given.getCaller(), roles(given.getCaller()))
                    : CredentialValidationResult.INVALID_RESULT;
        };
        mechanism = Wiring.inject(
                new TieredAuthenticationMechanism(),
                store,
                Wiring.inject(new SignInGuard(), stub(Event.class, Map.of())),
                new StoredCredentials(db));
    }

    @Test
    void aChangedPasswordAClosedAccountAndAWithdrawnRoleCountAtOnce() throws Exception {
        assertEquals(Set.of("ADMIN"), call("casey", "demo"));
        assertEquals(Set.of("ADMIN"), call("casey", "demo"));
        assertEquals(List.of("demo"), fullChecks, "the second call was let in on the proof, without the hash");

        execute("delete from staff_role where username = 'casey'");
        assertEquals(Set.of(), call("casey", "demo"), "the withdrawn role is gone on the next call");

        execute("update staff_user set password_hash = 'hash:changed' where username = 'casey'");
        assertEquals(AuthenticationStatus.SEND_FAILURE, call("casey", "demo"), "the old password no longer works");
        assertEquals(List.of("demo", "demo"), fullChecks, "it was checked in full against the new hash");
        assertEquals(Set.of(), call("casey", "changed"));

        execute("delete from staff_user where username = 'casey'");
        assertEquals(AuthenticationStatus.SEND_FAILURE, call("casey", "changed"), "a closed account is refused");
    }

    /** One API call with HTTP Basic: the groups the caller was let in with, or the failure answered. */
    private Object call(String user, String password) throws Exception {
        String basic =
                "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        HttpServletRequest request = stub(
                HttpServletRequest.class,
                Map.of(
                        "getHeader",
                        basic,
                        "getRequestURI",
                        "/api/rules",
                        "getContextPath",
                        "",
                        "getRemoteAddr",
                        "10.0.0.1"));
        HttpServletResponse response =
                stub(HttpServletResponse.class, Map.of("getWriter", new PrintWriter(new StringWriter())));
        outcomes.clear();
        HttpMessageContext context = (HttpMessageContext) Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {HttpMessageContext.class}, (p, m, args) -> {
                    switch (m.getName()) {
                        case "getAuthParameters":
                            return new AuthenticationParameters();
                        case "isProtected":
                            return true;
                        case "notifyContainerAboutLogin":
                            outcomes.add(((CredentialValidationResult) args[0]).getCallerGroups());
                            return AuthenticationStatus.SUCCESS;
                        default:
                            return null;
                    }
                });
        AuthenticationStatus status = mechanism.validateRequest(request, response, context);
        return status == AuthenticationStatus.SUCCESS ? outcomes.get(0) : status;
    }

    /** An interface answering the named methods with the given values and every other with nothing. */
    private static <T> T stub(Class<T> type, Map<String, Object> answers) {
        return type.cast(Proxy.newProxyInstance(
                ProvenPasswordMechanismTest.class.getClassLoader(), new Class<?>[] {type}, (p, m, args) -> {
                    if (answers.containsKey(m.getName())) {
                        return answers.get(m.getName());
                    }
                    Class<?> returned = m.getReturnType();
                    if (returned == boolean.class) {
                        return false;
                    }
                    if (returned == int.class || returned == long.class) {
                        return returned == int.class ? (Object) 0 : (Object) 0L;
                    }
                    return returned.isInterface() ? stub(returned, Map.of()) : null;
                }));
    }

    private Set<String> roles(String user) {
        String role = value("select role from staff_role where username = '" + user + "'");
        return role == null ? Set.of() : Set.of(role);
    }

    private String value(String sql) {
        try (Connection c = db.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void execute(String sql) throws SQLException {
        try (Connection c = db.getConnection();
                Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
