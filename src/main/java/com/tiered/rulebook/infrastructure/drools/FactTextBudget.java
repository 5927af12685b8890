package com.tiered.rulebook.infrastructure.drools;

import com.tiered.evaluation.domain.fact.TextTooLong;
import com.tiered.rulebook.infrastructure.drools.sandbox.RuleLanguage;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.event.rule.RuleRuntimeEventListener;

/**
 * A bound on the text a rule can put into a fact. The sandbox bounds what one action builds, but a rule that fires on
 * its own insert could double a text with every firing; each fact a rule inserts or updates is therefore measured,
 * and one past the budget stops the batch (the failure names the rule). Only what the rules do is measured: the
 * listener is added after the district's own facts are in.
 */
final class FactTextBudget implements RuleRuntimeEventListener {
    private static final ClassValue<List<Field>> TEXT_FIELDS = new ClassValue<>() {
        @Override
        protected List<Field> computeValue(Class<?> type) {
            List<Field> fields = new ArrayList<>();
            for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
                for (Field f : c.getDeclaredFields()) {
                    boolean text = f.getType() == String.class || Collection.class.isAssignableFrom(f.getType());
                    if (text && !Modifier.isStatic(f.getModifiers())) {
                        f.setAccessible(true);
                        fields.add(f);
                    }
                }
            }
            return List.copyOf(fields);
        }
    };

    @Override
    public void objectInserted(ObjectInsertedEvent event) {
        measure(event.getObject());
    }

    @Override
    public void objectUpdated(ObjectUpdatedEvent event) {
        measure(event.getObject());
    }

    @Override
    public void objectDeleted(ObjectDeletedEvent event) {
        // nothing grows by being deleted
    }

    private static void measure(Object fact) {
        if (fact == null || !fact.getClass().getPackageName().equals(RuleLanguage.FACT_PACKAGE)) {
            return;
        }
        long chars = 0;
        try {
            for (Field f : TEXT_FIELDS.get(fact.getClass())) {
                Object value = f.get(fact);
                if (value instanceof String s) {
                    chars += s.length();
                } else if (value instanceof Collection<?> items) {
                    for (Object item : items) {
                        chars += item instanceof String s ? s.length() : 0;
                    }
                }
            }
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("The fact model cannot be measured", e);
        }
        if (chars > TextTooLong.MAX_CHARS) {
            throw new TextTooLong("a " + fact.getClass().getSimpleName(), chars);
        }
    }
}
