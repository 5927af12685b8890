package com.tiered.shared.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.SecurityContext;
import java.lang.reflect.Method;
import java.util.Arrays;

/** The roles a resource method names in {@code @RolesAllowed} (its own, else its class's). */
final class RolesNeeded {
    private RolesNeeded() {}

    /** Whether the caller is signed in but holds none of the roles the matched method needs. */
    static boolean lacksAll(ResourceInfo resource, SecurityContext security) {
        Method method = resource.getResourceMethod();
        if (method == null || security == null || security.getUserPrincipal() == null) {
            return false;
        }
        RolesAllowed allowed = method.isAnnotationPresent(RolesAllowed.class)
                ? method.getAnnotation(RolesAllowed.class)
                : resource.getResourceClass().getAnnotation(RolesAllowed.class);
        return allowed != null && Arrays.stream(allowed.value()).noneMatch(security::isUserInRole);
    }
}
