package com.tiered.rulebook.infrastructure.drools.sandbox;

import java.util.HashMap;
import java.util.Map;

/** The variables visible to a piece of rule code with their types: bindings, parameters and locals. */
final class Scope {
    private final Scope outer;
    private final Map<String, Class<?>> variables = new HashMap<>();
    private final Map<String, Boolean> assignable = new HashMap<>();
    private final Map<String, Integer> copies = new HashMap<>();

    Scope() {
        this(null);
    }

    private Scope(Scope outer) {
        this.outer = outer;
    }

    Scope inner() {
        return new Scope(this);
    }

    /** A binding of the conditions or a parameter: readable, never assigned. */
    void bind(String name, Class<?> type) {
        variables.put(name, type);
        assignable.put(name, false);
    }

    /** A local variable of a consequence or function. */
    void local(String name, Class<?> type) {
        variables.put(name, type);
        assignable.put(name, true);
    }

    Class<?> type(String name) {
        Class<?> here = variables.get(name);
        return here != null || outer == null ? here : outer.type(name);
    }

    /** How many copies of its inputs a text variable holds at most (1 for a binding or a parameter). */
    int copies(String name) {
        if (copies.containsKey(name)) {
            return copies.get(name);
        }
        if (variables.containsKey(name) || outer == null) {
            return 1;
        }
        return outer.copies(name);
    }

    /** Records the copies of the variable where it is declared. */
    void copies(String name, int count) {
        if (variables.containsKey(name) || outer == null || !outer.has(name)) {
            copies.put(name, count);
        } else {
            outer.copies(name, count);
        }
    }

    boolean has(String name) {
        return variables.containsKey(name) || (outer != null && outer.has(name));
    }

    boolean isLocal(String name) {
        if (variables.containsKey(name)) {
            return assignable.get(name);
        }
        return outer != null && outer.isLocal(name);
    }
}
