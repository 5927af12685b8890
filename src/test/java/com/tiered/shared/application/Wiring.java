package com.tiered.shared.application;

import jakarta.inject.Inject;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;

/**
 * What the container does for a unit test: each collaborator goes into the one {@code @Inject} field of the target
 * that can hold it. Matching by type, not by field name, keeps the tests from breaking when a field is renamed.
 */
public final class Wiring {
    private Wiring() {}

    /** The target, with the collaborators in its injected fields; a collaborator that fits no field, or two, fails. */
    public static <T> T inject(T target, Object... collaborators) {
        for (Object collaborator : collaborators) {
            List<Field> fits = new ArrayList<>();
            for (Class<?> c = target.getClass(); c != Object.class; c = c.getSuperclass()) {
                for (Field f : c.getDeclaredFields()) {
                    if (f.isAnnotationPresent(Inject.class) && f.getType().isInstance(collaborator)) {
                        fits.add(f);
                    }
                }
            }
            if (fits.size() != 1) {
                throw new IllegalArgumentException(collaborator.getClass().getName() + " fits " + fits.size()
                        + " injected field(s) of " + target.getClass().getName() + ": " + fits);
            }
            set(target, fits.get(0), collaborator);
        }
        return target;
    }

    /** An entity as if it had been stored: its generated {@code id} set. */
    public static <T> T withId(T entity, long id) {
        for (Class<?> c = entity.getClass(); c != Object.class; c = c.getSuperclass()) {
            try {
                set(entity, c.getDeclaredField("id"), id);
                return entity;
            } catch (NoSuchFieldException e) {
                // the id is declared higher up
            }
        }
        throw new IllegalArgumentException(entity.getClass().getName() + " has no id field");
    }

    private static void set(Object target, Field field, Object value) {
        try {
            field.setAccessible(true);
            field.set(target, value);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
