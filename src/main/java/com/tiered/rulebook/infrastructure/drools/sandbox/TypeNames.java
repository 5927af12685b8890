package com.tiered.rulebook.infrastructure.drools.sandbox;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The type names a rule file can use: its allowed imports (a fact class, the fact package, java.time, or one of the
 * allowed value types) and java.lang's value types. A name that is not one of them names nothing.
 */
final class TypeNames {
    private final RuleLanguage language;
    private final Map<String, Class<?>> imported = new HashMap<>();
    private boolean factPackage;
    private boolean javaTime;

    TypeNames(RuleLanguage language) {
        this.language = language;
    }

    /** @return false when the import is not allowed */
    boolean addImport(String target) {
        String name = target.trim();
        if (name.equals(RuleLanguage.FACT_PACKAGE + ".*")) {
            factPackage = true;
            return true;
        }
        if (name.equals("java.time.*")) {
            javaTime = true;
            return true;
        }
        Optional<Class<?>> type = language.allowedType(name);
        type.ifPresent(t -> imported.put(t.getSimpleName(), t));
        return type.isPresent();
    }

    /** The type a name (simple or qualified) stands for in this file. */
    Optional<Class<?>> resolve(String name) {
        if (name.contains(".")) {
            return language.allowedType(name);
        }
        Optional<Class<?>> found = language.primitive(name);
        if (found.isEmpty() && imported.containsKey(name)) {
            found = Optional.of(imported.get(name));
        }
        if (found.isEmpty() && factPackage) {
            found = language.factType(name);
        }
        if (found.isEmpty() && javaTime) {
            found = language.allowedType("java.time." + name);
        }
        return found.isPresent() ? found : language.implicitType(name);
    }
}
