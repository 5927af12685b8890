package com.tiered.rulebook.infrastructure.drools.sandbox;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The DRL functions of a rule set, with their signatures, and which function calls which: a function may not call
 * itself, directly or through others, since a rule's work must end.
 */
final class DrlFunctions {
    record Signature(String name, List<Class<?>> parameters, Class<?> returns, Where where) {}

    private final Map<String, Signature> byName = new HashMap<>();
    private final Map<String, Set<String>> calls = new HashMap<>();

    void add(Signature signature) {
        byName.put(signature.name(), signature);
    }

    Optional<Signature> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    void calls(String caller, String callee) {
        calls.computeIfAbsent(caller, c -> new HashSet<>()).add(callee);
    }

    /** The functions that reach themselves through their calls. */
    Set<String> recursive() {
        Set<String> found = new HashSet<>();
        for (String start : byName.keySet()) {
            if (reaches(start, start, new HashSet<>())) {
                found.add(start);
            }
        }
        return found;
    }

    private boolean reaches(String from, String target, Set<String> seen) {
        for (String next : calls.getOrDefault(from, Set.of())) {
            if (next.equals(target) || (seen.add(next) && reaches(next, target, seen))) {
                return true;
            }
        }
        return false;
    }
}
