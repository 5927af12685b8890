package com.tiered.identity.infrastructure;

import com.tiered.identity.domain.Role;
import com.tiered.shared.infrastructure.DataSourceDeclaration;
import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.identitystore.DatabaseIdentityStoreDefinition;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

/** Staff sign in against the staff tables; passwords are checked as PBKDF2 hashes. */
@DatabaseIdentityStoreDefinition(
        dataSourceLookup = DataSourceDeclaration.JNDI_NAME,
        callerQuery = "select password_hash from staff_user where username = ?",
        groupsQuery = "select role from staff_role where username = ?",
        hashAlgorithm = Pbkdf2PasswordHash.class)
@DeclareRoles({
    Role.SPECIALIST_NAME,
    Role.SPED_COORDINATOR_NAME,
    Role.PRINCIPAL_NAME,
    Role.ADMIN_NAME,
    Role.RULE_AUTHOR_NAME
})
@ApplicationScoped
public class StaffIdentityStore {}
