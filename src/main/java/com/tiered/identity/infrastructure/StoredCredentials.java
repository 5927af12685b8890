package com.tiered.identity.infrastructure;

import com.tiered.shared.infrastructure.DataSourceDeclaration;
import com.tiered.shared.infrastructure.Jdbc;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;

/**
 * A staff member's stored password hash and roles, read from the tables {@link StaffIdentityStore} checks against,
 * in one query: what a request with a recently proven password needs to be let in without hashing it again.
 */
@ApplicationScoped
class StoredCredentials {
    /** The stored hash (to see that the password was not changed since it was proven) and the roles held now. */
    record Stored(String passwordHash, Set<String> roles) {}

    @Resource(lookup = DataSourceDeclaration.JNDI_NAME)
    private DataSource dataSource;

    StoredCredentials() {}

    StoredCredentials(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    Optional<Stored> of(String username) {
        return Jdbc.read(dataSource, c -> {
            try (PreparedStatement ps = c.prepareStatement("select u.password_hash, r.role from staff_user u"
                    + " left join staff_role r on r.username = u.username where u.username = ?")) {
                ps.setString(1, username);
                try (ResultSet rs = ps.executeQuery()) {
                    String hash = null;
                    Set<String> roles = new LinkedHashSet<>();
                    while (rs.next()) {
                        hash = rs.getString(1);
                        String role = rs.getString(2);
                        if (role != null) {
                            roles.add(role);
                        }
                    }
                    return Optional.ofNullable(hash).map(h -> new Stored(h, Set.copyOf(roles)));
                }
            }
        });
    }
}
